/**
 * The code page's "Medical Policies and Guidelines for <descriptor>" section: policies that list the
 * code, then — apart and labelled — policies whose topic matches it; each grouped as Medicare
 * national, local by contractor, and other payers, newest first, with status and dates.
 */
import type { CodePoliciesView, CodePolicyEntry, CodePolicyGroup } from '../../../app/policy-views.js';

export function policyHref(id: string): string {
  return `/policy/${encodeURIComponent(id)}`;
}

function dates(e: CodePolicyEntry): string {
  const p = e.policy;
  const from = p.effectiveFrom ? `effective ${p.effectiveFrom}` : '';
  const to = p.effectiveTo ? `, ended ${p.effectiveTo}` : '';
  return `${from}${to}`;
}

function Entry({ entry, topic }: { entry: CodePolicyEntry; topic: boolean }) {
  const p = entry.policy;
  const relations = [...new Set(entry.links.map((l) => l.relationLabel))].join(', ');
  const snippet = entry.links.find((l) => l.snippet && !topic)?.snippet;
  return (
    <li>
      <a href={policyHref(p.id)}>{p.title}</a>{' '}
      <span class="muted">
        ({p.kindLabel}
        {p.kind === 'payer' ? '' : ` ${p.id}`})
      </span>
      <br />
      <span class={`status status-${p.status ?? 'unknown'}`}>{p.status ?? 'status not stated'}</span>{' '}
      <span class="muted">{dates(entry)}</span> <span class="relation">{topic ? 'topic match — not listed by the policy' : relations}</span>
      {snippet ? <blockquote class="snippet">{snippet}</blockquote> : null}
    </li>
  );
}

function Groups({ groups, topic }: { groups: CodePolicyGroup[]; topic: boolean }) {
  return (
    <>
      {groups.map((g) => (
        <div class="policy-group">
          <h5>{g.label}</h5>
          <ul>
            {g.policies.map((e) => (
              <Entry entry={e} topic={topic} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function CodePoliciesSection({ subject, policies }: { subject: string; policies: CodePoliciesView | null }) {
  const empty = !policies || policies.counts.listed + policies.counts.topicMatches === 0;
  return (
    <section aria-labelledby="policies-title" class={empty ? 'empty-section' : 'policies'}>
      <h2 id="policies-title">Medical Policies and Guidelines for {subject}</h2>
      <h3>Related policies from health plans</h3>
      {empty ? (
        <p class="empty">No Medicare coverage determinations, billing articles or health-plan policies are linked to this code.</p>
      ) : (
        <>
          {policies.counts.listed > 0 ? (
            <>
              <h4>Policies that list this code</h4>
              <Groups groups={policies.listed} topic={false} />
            </>
          ) : null}
          {policies.counts.topicMatches > 0 ? (
            <>
              <h4>Topic matches</h4>
              <p class="muted">
                These policies do not list this code: their title matches its descriptor (topic match). Read the policy before relying on
                it.
              </p>
              <Groups groups={policies.topicMatches} topic={true} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
