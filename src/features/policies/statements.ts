/** Inserts of the policy records (tables of the policies migration). */
import type Database from 'better-sqlite3';
import type { PolicyCodeRecord, PolicyGroupRecord, PolicyRecord } from '../../core/records.js';

export interface PolicyInserts {
  policy(r: PolicyRecord): void;
  policyCode(r: PolicyCodeRecord): void;
  policyGroup(r: PolicyGroupRecord): void;
}

const POLICY_COLUMNS = [
  'id',
  'kind',
  'payer',
  'contractor',
  'jurisdiction',
  'states',
  'title',
  'status',
  'version',
  'effective_from',
  'effective_to',
  'updated_on',
  'url',
  'html',
  'text',
  'source',
  'source_release',
  'source_path',
  'rank',
  'attributes',
];

export function preparePolicyInserts(db: Database.Database): PolicyInserts {
  // Several sources may describe one policy: the one with the higher rank wins (ties: the first).
  const updates = POLICY_COLUMNS.filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const policy = db.prepare(
    `INSERT INTO policies (${POLICY_COLUMNS.join(', ')}) VALUES (${POLICY_COLUMNS.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updates} WHERE excluded.rank > policies.rank`,
  );
  const mention = db.prepare(
    'INSERT INTO policy_mentions (policy_id, system, key, key_to, relation, grp, snippet, extracted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const group = db.prepare('INSERT OR REPLACE INTO policy_groups (policy_id, tbl, grp, text) VALUES (?, ?, ?, ?)');
  return {
    policy: (r) =>
      policy.run(
        r.id,
        r.kind,
        r.payer,
        r.contractor,
        r.jurisdiction,
        JSON.stringify(r.states),
        r.title,
        r.status,
        r.version,
        r.effectiveFrom,
        r.effectiveTo,
        r.updatedOn,
        r.url,
        r.html,
        r.text,
        r.source,
        r.sourceRelease,
        r.sourcePath,
        r.rank,
        r.attributes && Object.keys(r.attributes).length > 0 ? JSON.stringify(r.attributes) : null,
      ),
    policyCode: (r) => mention.run(r.policyId, r.system, r.key, r.keyTo, r.relation, r.group ?? '', r.snippet, r.extracted ? 1 : 0),
    policyGroup: (r) => group.run(r.policyId, r.table, r.group, r.text),
  };
}
