/** /policy/{id}: a policy's metadata, link, sanitised text and its codes grouped. */
import { raw } from 'hono/html';
import type { PolicyCodeGroupView, PolicyView } from '../../features/policies/index.js';
import { Layout } from './layout.js';
import { codeHref } from './paths.js';

function Meta({ p }: { p: PolicyView }) {
  const rows: Array<[string, string | null]> = [
    ['Kind', p.kindLabel],
    ['Payer', p.payer],
    ['Contractor', p.contractor],
    ['Jurisdiction', p.jurisdiction],
    ['States', p.states.length > 0 ? p.states.join(', ') : null],
    ['Status', p.status],
    ['Version', p.version],
    ['Effective', p.effectiveFrom],
    ['Ended', p.effectiveTo],
    ['Updated', p.updatedOn],
    ['Source', `${p.source} ${p.sourceRelease}`],
  ];
  return (
    <dl class="facts">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      {p.url ? (
        <>
          <dt>Link</dt>
          <dd>
            <a href={p.url} rel="nofollow noopener noreferrer">
              {p.url}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function CodeGroup({ g }: { g: PolicyCodeGroupView }) {
  const heading =
    g.relation === 'topic'
      ? 'Topic matches (not listed by the policy)'
      : `${g.relationLabel}${g.group ? ` — ${g.group}` : g.relation === 'listed' ? ' — found in the text' : ''}`;
  return (
    <section class="policy-codes">
      <h3>{heading}</h3>
      {g.paragraph ? <p>{g.paragraph}</p> : null}
      <ul>
        {g.codes.map((c) => (
          <li>
            <a href={codeHref(c.system, c.code, c.display)}>
              <span class="code">{c.code}</span>
            </a>{' '}
            {c.display} <span class="muted">{c.system}</span>
            {c.link.viaRange ? <span class="muted"> (in range {c.link.viaRange})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PolicyPage({ policy }: { policy: PolicyView }) {
  return (
    <Layout
      title={policy.title}
      description={`${policy.kindLabel} ${policy.payer}: ${policy.title}`}
      canonical={`/policy/${encodeURIComponent(policy.id)}`}
    >
      <h1>{policy.title}</h1>
      <Meta p={policy} />
      <h2>Codes</h2>
      {policy.codeGroups.length === 0 ? (
        <p class="empty">No code of the database is linked to this policy.</p>
      ) : (
        policy.codeGroups.map((g) => <CodeGroup g={g} />)
      )}
      {policy.html ? (
        <section class="policy-text">
          <h2>Text of the policy</h2>
          {/* Raw HTML, named and reviewed: sanitised with sanitize-html at build and again when read (app/policies.ts). */}
          {raw(policy.html)}
        </section>
      ) : null}
    </Layout>
  );
}
