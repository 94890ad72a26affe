/**
 * The record builders of test/support/records.ts make records the real build accepts: one of each
 * type, written through writeDatabase, passes the integrity checks and lands in its table.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import * as r from '../support/records.js';

const RECORDS: r.SourceRecord[] = [
  r.release('icd10cm', '2026'),
  r.code('icd10cm', '2026', 'CH9', { kind: 'chapter', display: 'Invented chapter', order: 1 }),
  r.code('icd10cm', '2026', 'Q909', { code: 'Q90.9', display: 'Invented wobble', parent: 'CH9', order: 2 }),
  r.note('icd10cm', 'Q909', 'inclusionTerm', 'invented inclusion'),
  r.sevenChar('icd10cm', 'Q909', 'A', 'first visit'),
  r.term('Q909', 'Wobble, invented'),
  r.fact('icd10cm', 'Q909', 'invented-facts', '2026', { weight: 1 }),
  r.crosswalk('Q909', '7580'),
  r.hccMapping('Q909', 'CMS-HCC V28', '38'),
  r.release('icd10cm', '2027', { complete: false, label: 'FY2027 changes' }),
  r.change('icd10cm', '2027', 'Q909', 'deleted', { code: 'Q90.9', displayBefore: 'Invented wobble', billableBefore: true }),
  r.replacement('Q909', 'Q90'),
  r.file('icd10cm', '2026', { counts: { code: 2 } }),
  r.release('icd10pcs', '2026'),
  r.code('icd10pcs', '2026', '0SRC0JZ', { display: 'Replacement of invented knee, open', order: 1 }),
  r.axis('0SR', 4, 'Body Part', 'C', 'Knee Joint, Right'),
  r.definition({
    section: '0',
    position: 3,
    axisName: 'Operation',
    term: 'Replacement',
    definition: 'An invented definition',
    explanation: null,
    includes: [],
  }),
  r.lexicon('mesh', 'D000001', 'Invented Wobble', { terms: ['Knee wobble'] }),
  r.passage('https://medlineplus.gov/invented.html', 'Invented Wobble', 'An invented passage.'),
  r.policy('A1', 'Invented policy'),
  r.policyCode('A1', 'icd10cm', 'Q909', 'covered', { group: 'icd10-covered group 1' }),
  r.policyGroup('A1', 'icd10-covered group 1', 'icd10-covered', 'Group 1: invented.'),
];

describe('record builders', () => {
  it('build a database through the real writer with one record of every type in its table', async () => {
    const path = await r.writeDatabase(RECORDS, join(r.tempDir(), 'medcodes.db'));
    const db = new Database(path, { readonly: true });
    const count = (sql: string) => (db.prepare(`SELECT count(*) AS n FROM ${sql}`).get() as { n: number }).n;
    assert.deepEqual(
      {
        releases: count('releases'),
        codes: count('codes'),
        notes: count("notes WHERE key = 'Q909'"),
        sevenChars: count("seven_chars WHERE key = 'Q909'"),
        terms: count("terms WHERE key = 'Q909' AND kind = 'index'"),
        axes: count("pcs_axes WHERE prefix = '0SR'"),
        definitions: count('pcs_definitions'),
        facts: count("facts WHERE source = 'invented-facts'"),
        crosswalks: count("crosswalks WHERE from_key = 'Q909'"),
        hcc: count("hcc_mappings WHERE key = 'Q909'"),
        deleted: count("code_history WHERE key = 'Q909' AND change = 'deleted' AND release = '2027'"),
        replacements: count("replacements WHERE new_key = 'Q909'"),
        lexicon: count("lexicon WHERE concept = 'D000001'") > 0,
        passages: count('article_passages'),
        policies: count('policies'),
        policyCodes: count("policy_codes WHERE policy_id = 'A1' AND key = 'Q909'"),
        policyGroups: count('policy_groups'),
        // One made-up file for each source without a file record (icd10pcs, policies), plus the one given.
        files: count('source_files'),
      },
      {
        releases: 3,
        codes: 3,
        notes: 1,
        sevenChars: 1,
        terms: 1,
        axes: 1,
        definitions: 1,
        facts: 1,
        crosswalks: 1,
        hcc: 1,
        deleted: 1,
        replacements: 1,
        lexicon: true,
        passages: 1,
        policies: 1,
        policyCodes: 1,
        policyGroups: 1,
        files: 3,
      },
    );
    db.close();
  });
});
