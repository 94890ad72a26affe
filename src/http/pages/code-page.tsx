import type { CodePageExtras } from '../../app/code-page.js';
import type { CodeRef, CodeView } from '../../app/views.js';
import { CodeFacts } from './code-facts.js';
import { ArticleSection, PoliciesSection, SimilarSection } from './code-later.js';
import { CodeNotes, PcsAxes, SevenCharacters } from './code-notes.js';
import { CodeArticleSection } from './code-sections/article.js';
import { CodingEditsSection } from './code-sections/coding-edits.js';
import { CrosswalksSection } from './code-sections/crosswalks.js';
import { HistorySection } from './code-sections/history.js';
import { CodePoliciesSection } from './code-sections/policies.js';
import { SimilarCodesSection } from './code-sections/similar.js';
import { formatCount } from './format.js';
import { Layout } from './layout.js';
import { browseHref, nodeHref } from './paths.js';
import { titleOf } from './search-page.js';

function RefLink({ item }: { item: CodeRef }) {
  return (
    <a href={nodeHref(item)}>
      <span class="code">{item.code}</span> {titleOf(item)}
    </a>
  );
}

function Breadcrumb({ view }: { view: CodeView }) {
  return (
    <nav aria-label="Breadcrumb" class="breadcrumb">
      <ol>
        <li>
          <a href={browseHref(view.system)}>{view.systemLabel}</a>
        </li>
        {view.ancestors.map((a) => (
          <li>
            <a href={nodeHref(a)} title={a.display}>
              {a.code}
            </a>
          </li>
        ))}
        <li aria-current="page">{view.code}</li>
      </ol>
    </nav>
  );
}

function statusText(view: CodeView): string {
  if (view.billable) return 'Billable';
  if (view.kind === 'header') return 'Header, not billable: use a more specific code';
  if (view.kind === 'modifier') return 'Modifier';
  if (view.system === 'hcpcs' && view.attributes.terminationDate) return 'Terminated, not billable';
  return 'Not billable';
}

function Badges({ view }: { view: CodeView }) {
  const history = view.releases.length > 1 ? `In ${view.releases.length} releases since ${view.releases[0]}` : null;
  return (
    <ul class="badges" aria-label="About this code">
      <li class="badge sys">{view.system === 'cpt' ? 'CPT® code' : `${view.systemLabel} code`}</li>
      <li class={view.billable ? 'badge ok' : 'badge'}>{statusText(view)}</li>
      <li class="badge">
        {view.release.label}
        {view.current ? '' : ' (not the current release)'}
      </li>
      {history ? <li class="badge">{history}</li> : null}
    </ul>
  );
}

function Descriptors({ view }: { view: CodeView }) {
  return (
    <>
      {view.descriptorNotice ? <p class="notice">{view.descriptorNotice}</p> : null}
      {view.shortDisplay && view.shortDisplay !== view.display ? (
        <p>
          <span class="muted">Short descriptor:</span> {view.shortDisplay}
        </p>
      ) : null}
      {typeof view.attributes.description === 'string' && view.attributes.description !== view.display ? (
        <p>{view.attributes.description}</p>
      ) : null}
    </>
  );
}

function Children({ view }: { view: CodeView }) {
  if (view.children.length === 0) return null;
  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">Codes under {view.code}</h2>
      {view.childCount > view.children.length ? (
        <p class="muted">
          Showing {view.children.length} of {formatCount(view.childCount)}.
        </p>
      ) : null}
      <ul class="list">
        {view.children.map((c) => (
          <li>
            <RefLink item={c} /> {c.billable ? <span class="badge ok">Billable</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The page of one code: the page the product started from, with hierarchy, notes and CMS facts. */
export function CodePage({ view, canonical, extras }: { view: CodeView; canonical: string; extras?: CodePageExtras }) {
  const title = titleOf(view);
  const subject = view.display || `${view.systemLabel} code ${view.code}`;
  const description = view.display
    ? `${view.systemLabel} code ${view.code}: ${view.display}. ${view.billable ? 'Billable' : 'Not billable'}, ${view.release.label}.`
    : `${view.systemLabel} code ${view.code}: public CMS facts about this code, ${view.release.label}.`;
  return (
    <Layout title={view.display ? `${view.code} — ${title}` : title} canonical={canonical} description={description}>
      <Breadcrumb view={view} />
      <h1>
        <span class="code">{view.code}</span> {title}
      </h1>
      <Badges view={view} />
      <Descriptors view={view} />
      <CodeNotes view={view} />
      <SevenCharacters view={view} />
      <PcsAxes view={view} />
      <Children view={view} />
      <CodeFacts view={view} />
      {extras?.crosswalks ? <CodingEditsSection crosswalks={extras.crosswalks} /> : null}
      {extras?.crosswalks ? <CrosswalksSection crosswalks={extras.crosswalks} /> : null}
      {extras?.history ? <HistorySection history={extras.history} /> : null}
      {extras?.article ? <CodeArticleSection article={extras.article} subject={subject} /> : <ArticleSection subject={subject} />}
      {extras?.policies ? <CodePoliciesSection subject={subject} policies={extras.policies} /> : <PoliciesSection subject={subject} />}
      {extras?.similar ? <SimilarCodesSection similar={extras.similar} /> : <SimilarSection view={view} />}
    </Layout>
  );
}
