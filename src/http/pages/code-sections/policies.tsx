/**
 * The code page's "Medical Policies and Guidelines for <descriptor>" section: policies that list the
 * code, then — apart and labelled — policies whose topic matches it; each grouped as Medicare
 * national, local by contractor, and other payers, newest first, with status and dates.
 */
import type { CodePoliciesView, CodePolicyEntry, CodePolicyGroup } from '../../../features/policies/index.js';

function policyHref(id: string): string {
  return `/policy/${encodeURIComponent(id)}`;
}

function dates(e: CodePolicyEntry): string {
  const p = e.policy;
  const from = p.effectiveFrom ? `effective ${p.effectiveFrom}` : '';
  const to = p.effectiveTo ? `, ended ${p.effectiveTo}` : '';
  return `${from}${to}`;
}

/** What kind of document, in a biller's words. */
const KIND_WORDS: Record<string, string> = {
  lcd: 'Medicare LCD',
  article: 'Medicare billing article',
  ncd: 'Medicare NCD',
  payer: 'payer document',
};

/** How the policy names the code: "listed as covered", "listed as not covered (applies to category E11)", "only matched by topic". */
function relationWords(entry: CodePolicyEntry, topic: boolean): string {
  if (topic) return 'only matched by topic — the policy does not list this code';
  const words = entry.links.map((l) => {
    const base = l.relation === 'covered' ? 'listed as covered' : l.relation === 'not-covered' ? 'listed as not covered' : 'listed';
    const applies = /\((applies to [^)]+)\)$/.exec(l.relationLabel)?.[1];
    const text = l.fromText ? 'named in its text' : base;
    return applies ? `${text} (${applies})` : text;
  });
  return [...new Set(words)].join('; ');
}

/** Contractor and states ("Noridian Healthcare Solutions, LLC — AK, AZ …"), national, or the payer. */
function whoWhere(entry: CodePolicyEntry): string {
  const p = entry.policy;
  if (p.kind === 'ncd') return 'national (all states)';
  if (p.kind === 'payer') return p.payer;
  const who = (p.contractor ?? 'contractor not stated').replace(/\s*\n+\s*/g, '; ');
  return p.states.length > 0 ? `${who} — ${p.states.join(', ')}` : who;
}

function Entry({ entry, topic }: { entry: CodePolicyEntry; topic: boolean }) {
  const p = entry.policy;
  const snippet = entry.links.find((l) => l.snippet && !topic)?.snippet;
  return (
    <li>
      <a href={policyHref(p.id)}>{p.title}</a>{' '}
      <span class="muted">
        ({KIND_WORDS[p.kind] ?? p.kindLabel}
        {p.kind === 'payer' ? '' : ` ${p.id}`})
      </span>
      <br />
      <span class="muted">{whoWhere(entry)}</span>
      <br />
      <span class={`status status-${p.status ?? 'unknown'}`}>{p.status ?? 'status not stated'}</span>{' '}
      <span class="muted">{dates(entry)}</span> <span class="relation">{relationWords(entry, topic)}</span>
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
