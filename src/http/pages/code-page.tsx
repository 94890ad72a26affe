import type { CodePageExtras } from '../../app/code-page.js';
import type { CodeRef, CodeView } from '../../features/codes/index.js';
import { Breadcrumb } from './breadcrumb.js';
import { CodeFacts } from './code-facts.js';
import { CodeLede } from './code-lede.js';
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

function CodeBreadcrumb({ view }: { view: CodeView }) {
  const lead = (
    <li>
      <a href={browseHref(view.system)}>{view.systemLabel}</a>
    </li>
  );
  return <Breadcrumb lead={lead} ancestors={view.ancestors} current={view.code} />;
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
      {/* A HCPCS short descriptor is stated in the article's Summary; shown once. */}
      {view.shortDisplay && view.shortDisplay !== view.display && view.system !== 'hcpcs' ? (
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

/** The title line: the descriptor, or for CPT without a licence the public category label, marked as one. */
function Title({ view }: { view: CodeView }) {
  if (!view.display && view.publicLabel) {
    return (
      <h1>
        <span class="code">{view.code}</span> <span class="category-label">{view.publicLabel.text}</span>
      </h1>
    );
  }
  return (
    <h1>
      <span class="code">{view.code}</span> {titleOf(view)}
    </h1>
  );
}

function LabelSources({ view }: { view: CodeView }) {
  if (view.display || !view.publicLabel) return null;
  return <p class="from">Not the CPT descriptor: a category label built from public data ({view.publicLabel.sources.join('; ')}).</p>;
}

/** One collapsible part of the coder's reference, with an anchor; nothing when the part is empty. */
function Ref({ id, title, body }: { id: string; title: string; body: unknown }) {
  if (!body) return null;
  return (
    <details class="ref" id={id}>
      <summary>
        <span class="ref-title">{title}</span>
      </summary>
      <div class="ref-body">{body as never}</div>
    </details>
  );
}

/** CMS facts already shown elsewhere (the add-on primaries are listed once, under Coding edits). */
function factsView(view: CodeView, extras?: CodePageExtras): CodeView {
  if (!extras?.crosswalks || extras.crosswalks.primaryCodes.length === 0) return view;
  return { ...view, facts: view.facts.filter((f) => f.source !== 'ncci-aoc') };
}

/**
 * The page of one code, leading with meaning: title and a plain line, status and what's covered,
 * the article with its contents, related policies and similar codes, then the coder's reference
 * (hierarchy, notes, 7th characters, PCS axes, coding edits, CMS facts, crosswalks, history) in
 * collapsible sections with anchors.
 */
export function CodePage({ view, canonical, extras }: { view: CodeView; canonical: string; extras?: CodePageExtras }) {
  const title = view.display || view.publicLabel?.text || titleOf(view);
  const subject = view.display || `${view.systemLabel} code ${view.code}`;
  const description = view.display
    ? `${view.systemLabel} code ${view.code}: ${view.display}. ${view.billable ? 'Billable' : 'Not billable'}, ${view.release.label}.`
    : `${view.systemLabel} code ${view.code}: public CMS facts about this code, ${view.release.label}.`;
  const reference = [
    { id: 'ref-hierarchy', title: `Codes under ${view.code}`, body: Children({ view }) },
    { id: 'ref-notes', title: 'Notes', body: CodeNotes({ view }) },
    { id: 'ref-seventh', title: '7th characters', body: SevenCharacters({ view }) },
    { id: 'ref-axes', title: `The seven characters of ${view.code}`, body: PcsAxes({ view }) },
    { id: 'ref-edits', title: 'Coding edits', body: extras?.crosswalks ? CodingEditsSection({ crosswalks: extras.crosswalks }) : null },
    { id: 'ref-facts', title: 'CMS facts', body: CodeFacts({ view: factsView(view, extras) }) },
    { id: 'ref-crosswalks', title: 'Crosswalks', body: extras?.crosswalks ? CrosswalksSection({ crosswalks: extras.crosswalks }) : null },
    { id: 'ref-history', title: 'History', body: extras?.history ? HistorySection({ history: extras.history }) : null },
  ].filter((r) => r.body);
  return (
    <Layout
      title={view.display ? `${view.code} — ${title}` : `${view.systemLabel} ${view.code} — ${title}`}
      canonical={canonical}
      description={description}
    >
      <CodeBreadcrumb view={view} />
      <Title view={view} />
      <LabelSources view={view} />
      <CodeLede view={view} extras={extras} />
      <Badges view={view} />
      <Descriptors view={view} />
      {extras?.article ? <CodeArticleSection article={extras.article} subject={subject} /> : null}
      {extras?.policies ? <CodePoliciesSection subject={subject} policies={extras.policies} /> : null}
      {extras?.similar ? <SimilarCodesSection similar={extras.similar} /> : null}
      {reference.length > 0 ? (
        <section aria-labelledby="reference-title" class="reference">
          <h2 id="reference-title">Coder’s reference</h2>
          <nav class="toc" aria-label="Coder’s reference">
            <ol>
              {reference.map((r) => (
                <li>
                  <a href={`#${r.id}`}>{r.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          {reference.map((r) => (
            <Ref id={r.id} title={r.title} body={r.body} />
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
