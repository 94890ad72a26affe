/**
 * "Is this procedure covered for this diagnosis?" from the code tables of the policies (never from
 * topic matches, never from codes merely mentioned in a text): a policy that lists the procedure
 * and lists the diagnosis as covered says covered; one that lists it as not covered, or that has a
 * list of covered diagnoses without it, says not covered. Covered wins when policies disagree
 * (different contractors), and every policy is returned with the groups that say so.
 */
import { AppError } from '../../core/errors.js';
import type { ReadStore } from '../codes/index.js';
import { policyQueries, policySummary, resolveCode } from './policies.js';
import type { PolicyLinkRow } from './queries.js';
import type { CoveragePolicyView, CoverageView } from './views.js';

/** "cpt:29880" → system and code. */
function parseSystemCode(value: string, field: string): { system: string; code: string } {
  const m = /^\s*([a-z0-9]+)\s*:\s*(\S.*?)\s*$/i.exec(value);
  if (!m) throw new AppError('invalid', `${field} must look like SYSTEM:CODE (e.g. cpt:29880, icd10cm:M23.2), got "${value}"`, field);
  return { system: m[1] as string, code: m[2] as string };
}

function matchesContractor(contractor: string | null, states: string[], wanted: string | null): boolean {
  if (!wanted) return true;
  const w = wanted.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(w)) return states.map((s) => s.toLowerCase()).includes(w);
  return (contractor ?? '').toLowerCase().includes(w);
}

function judge(diagLinks: PolicyLinkRow[], hasCoveredList: boolean): CoveragePolicyView['says'] | null {
  if (diagLinks.some((l) => l.relation === 'covered')) return 'covered';
  if (diagLinks.some((l) => l.relation === 'not-covered')) return 'not-covered';
  return hasCoveredList ? 'not-listed' : null;
}

export function coverage(store: ReadStore, procedureInput: string, diagnosisInput: string, contractor: string | null): CoverageView {
  const p = parseSystemCode(procedureInput, 'procedure');
  const d = parseSystemCode(diagnosisInput, 'diagnosis');
  const procedure = resolveCode(store, p.system, p.code, 'procedure');
  const diagnosis = resolveCode(store, d.system, d.code, 'diagnosis');
  const q = policyQueries(store);
  const proc = q.linksOfCode(procedure.system, procedure.key);
  const diag = q.linksOfCode(diagnosis.system, diagnosis.key);
  const results: CoveragePolicyView[] = [];
  for (const [id, policy] of proc.policies) {
    if (!matchesContractor(policy.contractor, policy.states, contractor)) continue;
    const procLinks = proc.links.filter((l) => l.policyId === id && (l.relation === 'listed' || l.relation === 'covered') && !l.extracted);
    if (procLinks.length === 0) continue;
    const diagLinks = diag.links.filter((l) => l.policyId === id && (l.relation === 'covered' || l.relation === 'not-covered'));
    const hasCoveredList = q.codesOf(id).some((l) => l.relation === 'covered');
    const says = judge(diagLinks, hasCoveredList);
    if (!says) continue;
    const paragraphs = new Map(q.groupsOf(id).map((g) => [g.group, g.text]));
    results.push({
      policy: policySummary(policy),
      says,
      procedureGroups: [...new Set(procLinks.map((l) => l.group).filter(Boolean))],
      diagnosisGroups: diagLinks.map((l) => ({ group: l.group, relation: l.relation, paragraph: paragraphs.get(l.group) ?? null })),
    });
  }
  const order = { covered: 0, 'not-covered': 1, 'not-listed': 2 };
  results.sort((a, b) => order[a.says] - order[b.says] || (b.policy.effectiveFrom ?? '').localeCompare(a.policy.effectiveFrom ?? ''));
  const answer = results.length === 0 ? 'no-policy-found' : results.some((r) => r.says === 'covered') ? 'covered' : 'not-covered';
  const explanation =
    answer === 'covered'
      ? `${results.filter((r) => r.says === 'covered').length} policy(ies) list ${procedure.code} and list ${diagnosis.code} among the covered diagnoses.`
      : answer === 'not-covered'
        ? `The policies that list ${procedure.code} list ${diagnosis.code} as not covered, or do not list it among the covered diagnoses.`
        : `No policy in the database lists ${procedure.code} together with a list of diagnoses. Topic matches are not used for this answer.`;
  return {
    procedure: { system: procedure.system, code: procedure.code, display: procedure.display },
    diagnosis: { system: diagnosis.system, code: diagnosis.code, display: diagnosis.display },
    contractor: contractor ?? null,
    answer,
    explanation,
    policies: results,
  };
}
