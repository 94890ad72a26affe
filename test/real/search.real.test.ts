/**
 * Search on the database built from the official files: the everyday and procedure queries that
 * the covering ranking, the vocabulary and the word parts exist for (docs/search-ranking.md). Each
 * names the query, what must come back and why. (The relevance figures on queries written outside
 * the project are measured by `npm run bench:relevance`, never asserted here.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import type { CodeSystemId } from '../../src/core/systems.js';
import { realDatabase } from '../support/real-db.js';

const real = await realDatabase(['search_docs', 'search_postings', 'lexicon']);
const skip = real.skipReason;
let medcodes: Medcodes;
before(() => {
  if (real.medcodes) medcodes = real.medcodes;
});
after(() => real.medcodes?.close());

const top = (q: string, n = 10, system?: CodeSystemId) =>
  medcodes.search({ q, limit: n, offset: 0, systems: system ? [system] : undefined }).hits.map((h) => h.code);

describe('search on the official files', { skip }, () => {
  it('laparoscopic cholecystectomy → 0FT44ZZ first: laparoscopic = percutaneous endoscopic, cholecystectomy = resection of gallbladder', () => {
    const r = medcodes.search({ q: 'laparoscopic cholecystectomy', limit: 5, offset: 0 });
    assert.equal(r.hits[0]?.code, '0FT44ZZ');
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'vocabulary' && m.text.startsWith('laparoscopic →')));
  });

  it('no dead ends for everyday words: each finds its condition in the first 10', () => {
    const cases: Array<[string, string, string]> = [
      ['water on the knee', 'M25.46', 'effusion of knee (vocabulary phrase)'],
      ['slipped disc', 'M51.2', 'intervertebral disc displacement (MedlinePlus "Slipped disk")'],
      ['heart attack', 'I21', 'acute myocardial infarction'],
      ['broken arm', 'S42', 'fracture (MedlinePlus "Broken bones") of the upper arm'],
      ['flu', 'J11', 'influenza'],
      ['tummy ache', 'R10', 'abdominal pain (MedQuAD "Bellyache")'],
    ];
    for (const [q, expected, why] of cases) {
      const found = top(q, 10, 'icd10cm');
      assert.ok(
        found.some((c) => c.replace('.', '').startsWith(expected.replace('.', ''))),
        `${q} → ${expected} (${why}); got ${found.join(', ')}`,
      );
    }
  });

  it('procedure words reach ICD-10-PCS: tonsillectomy, gallbladder removal, hip replacement', () => {
    assert.ok(
      top('tonsillectomy', 10, 'icd10pcs').some((c) => c.startsWith('0CTP')),
      'resection of tonsils',
    );
    assert.ok(
      top('gallbladder removal', 5, 'icd10pcs').some((c) => c.startsWith('0FT4')),
      'resection of gallbladder',
    );
    const hip = top('hip replacement', 5, 'icd10pcs');
    assert.ok(
      hip.every((c) => c.startsWith('0SR')),
      `hip joint replacements, not hip muscle: ${hip.join(', ')}`,
    );
  });

  it('one box: a diagnosis question ranks ICD-10-CM first, a procedure question PCS first', () => {
    assert.match(top('heart attack', 1)[0] ?? '', /^I2[12]/);
    assert.match(top('knee replacement', 1)[0] ?? '', /^0SR[CD]/);
  });

  it('common billable codes first when the words tie: "diabetes type 2" → E11.9 before E13.9', () => {
    const found = top('diabetes type 2', 20, 'icd10cm');
    assert.ok(found.includes('E11.9'));
    assert.ok(!found.includes('E13.9') || found.indexOf('E11.9') < found.indexOf('E13.9'));
  });

  it('a misspelled word is corrected while the others stay: "laparoscopic cholecystecomy"', () => {
    const r = medcodes.search({ q: 'laparoscopic cholecystecomy', limit: 5, offset: 0 });
    assert.deepEqual(r.corrected, [{ from: 'cholecystecomy', to: 'cholecystectomy' }]);
    assert.equal(r.hits[0]?.code, '0FT44ZZ');
  });

  it('autocomplete: "diab" shows type 2 diabetes first', () => {
    assert.equal(medcodes.autocomplete('diab').hits[0]?.code, 'E11.9');
  });

  it('within a large node is a bounded filter: "title zqx" within section 0 answers with PCS codes only', () => {
    const r = medcodes.search({ q: 'diabetes', within: 'E08-E13', limit: 10, offset: 0 });
    assert.ok(r.hits.length > 0 && r.hits.every((h) => /^E(0[89]|1[0-3])/.test(h.code)));
    const pcs = medcodes.search({ q: 'title zqx', within: '0', limit: 5, offset: 0 });
    assert.ok(pcs.hits.every((h) => h.system === 'icd10pcs'));
  });
});
