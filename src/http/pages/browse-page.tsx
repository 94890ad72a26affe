import type { BrowseNode, BrowseView, SystemView } from '../../features/codes/index.js';
import { Breadcrumb } from './breadcrumb.js';
import { formatCount } from './format.js';
import { Layout } from './layout.js';
import { browseHref, codeHref, isGrouping, nodeHref } from './paths.js';
import { titleOf } from './search-page.js';

/** What the children of a node are called, for the heading of the list. */
function childNoun(view: BrowseView): string {
  const kind = view.children[0]?.kind;
  if (kind === 'chapter') return 'Chapters';
  if (kind === 'section' || kind === 'range') return 'Sections';
  if (kind === 'header') return view.system === 'icd10pcs' ? 'Tables' : 'Categories';
  return 'Codes';
}

function ChildItem({ child }: { child: BrowseNode }) {
  return (
    <li>
      <a href={nodeHref(child)}>
        <span class="code">{child.code}</span> {titleOf(child)}
      </a>{' '}
      {child.billable ? <span class="badge ok">Billable</span> : null}
      {child.childCount > 0 && isGrouping(child.kind) ? (
        <span class="muted">
          {' '}
          · {formatCount(child.childCount)} {child.kind === 'chapter' ? 'sections' : 'entries'}
        </span>
      ) : null}
    </li>
  );
}

function Pager({ view }: { view: BrowseView }) {
  if (view.total <= view.children.length && view.offset === 0) return null;
  const key = view.node?.key;
  const size = 500;
  return (
    <nav class="pager" aria-label="Pages">
      {view.offset > 0 ? <a href={browseHref(view.system, key, Math.max(0, view.offset - size))}>← Previous</a> : null}
      <span>
        {view.offset + 1}–{view.offset + view.children.length} of {formatCount(view.total)}
      </span>
      {view.offset + view.children.length < view.total ? <a href={browseHref(view.system, key, view.offset + size)}>Next →</a> : null}
    </nav>
  );
}

export function BrowsePage({ view }: { view: BrowseView }) {
  const node = view.node;
  const heading = node ? `${node.code} ${titleOf(node)}` : `Browse ${view.systemLabel}`;
  const canonical = browseHref(view.system, node?.key, view.offset);
  return (
    <Layout
      title={node ? `${heading} – ${view.systemLabel}` : heading}
      canonical={canonical}
      description={`${heading}: the ${view.systemLabel} ${view.release.label} hierarchy, ${formatCount(view.total)} entries.`}
    >
      <Breadcrumb
        lead={
          <>
            <li>
              <a href="/browse">Browse</a>
            </li>
            <li>{node ? <a href={browseHref(view.system)}>{view.systemLabel}</a> : <span aria-current="page">{view.systemLabel}</span>}</li>
          </>
        }
        ancestors={view.ancestors}
        current={node?.code}
      />
      <h1>
        {node ? (
          <>
            <span class="code">{node.code}</span> {titleOf(node)}
          </>
        ) : (
          heading
        )}
      </h1>
      <p class="muted">
        {view.systemLabel} {view.release.label}
        {node && !isGrouping(node.kind) ? (
          <>
            {' · '}
            <a href={codeHref(node.system, node.code, node.display)}>Code page of {node.code}</a>
          </>
        ) : null}
      </p>
      <section aria-labelledby="children-title">
        <h2 id="children-title">{childNoun(view)}</h2>
        {view.children.length === 0 ? <p class="empty">Nothing below this entry.</p> : null}
        <ul class="list">
          {view.children.map((c) => (
            <ChildItem child={c} />
          ))}
        </ul>
        <Pager view={view} />
      </section>
    </Layout>
  );
}

export function BrowseIndexPage({ systems }: { systems: SystemView[] }) {
  return (
    <Layout title="Browse code systems" canonical="/browse" description="Browse every code system by its official hierarchy.">
      <h1>Browse code systems</h1>
      <ul class="systems">
        {systems.map((s) => (
          <li>
            <h2 class="h3">{s.release ? <a href={browseHref(s.system)}>{s.label}</a> : s.label}</h2>
            <p class="muted">{s.description}</p>
            <p>{s.release ? `${s.release.label} · ${formatCount(s.codes)} codes` : 'Not in this database.'}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
