/** Inserts of the policy records (tables of the policies migration). */
import type Database from 'better-sqlite3';
import type { PolicyCodeRecord, PolicyGroupRecord, PolicyRecord } from '../../core/records.js';

interface PolicyInserts {
  policy(r: PolicyRecord): void;
  policyCode(r: PolicyCodeRecord): void;
  policyGroup(r: PolicyGroupRecord): void;
}

/** The record's fields in column order; each column is the field's snake_case name (effectiveFrom → effective_from). */
const POLICY_FIELDS = [
  'id',
  'kind',
  'payer',
  'contractor',
  'jurisdiction',
  'states',
  'title',
  'status',
  'version',
  'effectiveFrom',
  'effectiveTo',
  'updatedOn',
  'url',
  'html',
  'text',
  'source',
  'sourceRelease',
  'sourcePath',
  'rank',
  'attributes',
] as const satisfies ReadonlyArray<keyof PolicyRecord>;
// Every field of the record but its tag is stored: a field added to PolicyRecord fails here until it has a column.
const everyFieldStored: Exclude<keyof PolicyRecord, 'type' | (typeof POLICY_FIELDS)[number]> extends never ? true : never = true;
void everyFieldStored;

const POLICY_COLUMNS = POLICY_FIELDS.map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

function policyValue(r: PolicyRecord, field: (typeof POLICY_FIELDS)[number]): unknown {
  if (field === 'states') return JSON.stringify(r.states);
  if (field === 'attributes') return r.attributes && Object.keys(r.attributes).length > 0 ? JSON.stringify(r.attributes) : null;
  return r[field];
}

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
    policy: (r) => policy.run(...POLICY_FIELDS.map((f) => policyValue(r, f))),
    policyCode: (r) => mention.run(r.policyId, r.system, r.key, r.keyTo, r.relation, r.group ?? '', r.snippet, r.extracted ? 1 : 0),
    policyGroup: (r) => group.run(r.policyId, r.table, r.group, r.text),
  };
}
