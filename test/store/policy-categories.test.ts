/** A policy listing an ICD-10-CM category applies to the codes under it (store/policy-links.ts). */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { code, policy, policyCode, release, type SourceRecord, tempDir, writeDatabase } from '../support/records.js';

const cm = (key: string, display: string, parent: string | null, order: number, kind: 'header' | 'code' = 'code') =>
  code('icd10cm', '2026', key, { code: key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key, kind, display, parent, order });

const RECORDS: SourceRecord[] = [
  release('icd10cm', '2026', { label: 'FY2026' }),
  cm('E11', 'Type 2 diabetes mellitus', null, 0, 'header'),
  cm('E116', 'Type 2 diabetes mellitus with other specified complications', 'E11', 1, 'header'),
  cm('E1165', 'Type 2 diabetes mellitus with hyperglycemia', 'E116', 2),
  cm('E119', 'Type 2 diabetes mellitus without complications', 'E11', 3),
  cm('E13', 'Other specified diabetes mellitus', null, 4, 'header'),
  cm('E139', 'Other specified diabetes mellitus without complications', 'E13', 5),
  policy('A1', 'Invented'),
  policyCode('A1', 'icd10cm', 'E11', 'covered', { group: 'icd10-covered group 1' }),
  policyCode('A1', 'icd10cm', 'E119', 'covered', { group: 'icd10-covered group 1' }),
  policyCode('A1', 'icd10cm', 'E139', 'not-covered', { group: 'icd10-noncovered group 1' }),
];

async function db(): Promise<Database.Database> {
  return new Database(await writeDatabase(RECORDS, join(tempDir(), 'medcodes.db')), { readonly: true });
}

describe('category links', () => {
  it('links the codes under a listed category, marked "category E11"; codes listed themselves keep their own row', async () => {
    const d = await db();
    const stats = JSON.parse((d.prepare("SELECT value FROM meta WHERE key = 'policy_links'").get() as { value: string }).value);
    const rows = d.prepare('SELECT key, relation, via_range FROM policy_codes ORDER BY key, relation').all();
    assert.deepEqual(rows, [
      { key: 'E11', relation: 'covered', via_range: null },
      { key: 'E116', relation: 'covered', via_range: 'category E11' },
      { key: 'E1165', relation: 'covered', via_range: 'category E11' },
      { key: 'E119', relation: 'covered', via_range: null },
      { key: 'E139', relation: 'not-covered', via_range: null },
    ]);
    assert.equal(stats.categoryLinks, 2);
    d.close();
  });
});
