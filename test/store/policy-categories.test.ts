/** A policy listing an ICD-10-CM category applies to the codes under it (store/policy-links.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { linkPolicyMentions } from '../../src/store/policy-links.js';
import { MIGRATIONS } from '../../src/store/schema.js';

function db(): Database.Database {
  const d = new Database(':memory:');
  for (const m of MIGRATIONS) d.exec(m);
  d.prepare(
    `INSERT INTO releases (system, release, label, effective_from, complete, is_default) VALUES ('icd10cm', '2026', 'FY2026', '2025-10-01', 1, 1)`,
  ).run();
  const code = d.prepare(
    `INSERT INTO codes (system, release, key, code, kind, display, billable, parent, depth, path, ord) VALUES ('icd10cm', '2026', ?, ?, ?, ?, ?, NULL, 0, '', ?)`,
  );
  const rows: Array<[string, string, string, string, number]> = [
    ['E11', 'E11', 'header', 'Type 2 diabetes mellitus', 0],
    ['E116', 'E11.6', 'header', 'Type 2 diabetes mellitus with other specified complications', 0],
    ['E1165', 'E11.65', 'code', 'Type 2 diabetes mellitus with hyperglycemia', 1],
    ['E119', 'E11.9', 'code', 'Type 2 diabetes mellitus without complications', 1],
    ['E13', 'E13', 'header', 'Other specified diabetes mellitus', 0],
    ['E139', 'E13.9', 'code', 'Other specified diabetes mellitus without complications', 1],
  ];
  rows.forEach(([key, c, kind, display, billable], i) => {
    code.run(key, c, kind, display, billable, i);
  });
  d.prepare(
    `INSERT INTO policies (id, kind, payer, states, title, source, source_release, source_path, rank) VALUES ('A1', 'article', 'Medicare', '[]', 'Invented', 'mcd-tables', '2026-06', 'x', 2)`,
  ).run();
  const mention = d.prepare(
    `INSERT INTO policy_mentions (policy_id, system, key, key_to, relation, grp, snippet, extracted) VALUES ('A1', 'icd10cm', ?, NULL, ?, ?, NULL, 0)`,
  );
  mention.run('E11', 'covered', 'icd10-covered group 1');
  mention.run('E119', 'covered', 'icd10-covered group 1');
  mention.run('E139', 'not-covered', 'icd10-noncovered group 1');
  return d;
}

describe('category links', () => {
  it('links the codes under a listed category, marked "category E11"; codes listed themselves keep their own row', () => {
    const d = db();
    const stats = linkPolicyMentions(d);
    const rows = d.prepare('SELECT key, relation, via_range FROM policy_codes ORDER BY key, relation').all();
    assert.deepEqual(rows, [
      { key: 'E11', relation: 'covered', via_range: null },
      { key: 'E116', relation: 'covered', via_range: 'category E11' },
      { key: 'E1165', relation: 'covered', via_range: 'category E11' },
      { key: 'E119', relation: 'covered', via_range: null },
      { key: 'E139', relation: 'not-covered', via_range: null },
    ]);
    assert.equal(stats.categoryLinks, 2);
  });
});
