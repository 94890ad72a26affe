/**
 * Each rule of docs/search-ranking.md, pinned by a query, its winner and why (synthetic data from
 * fixture.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import type { SearchResult } from '../../src/features/codes/index.js';
import { buildSearchFixture } from './fixture.js';

let medcodes: Medcodes;
before(async () => {
  medcodes = await buildSearchFixture();
});
after(() => medcodes.close());

const search = (q: string, extra: Partial<Parameters<Medcodes['search']>[0]> = {}): SearchResult =>
  medcodes.search({ q, limit: 20, offset: 0, ...extra });
const codes = (r: SearchResult) => r.hits.map((h) => h.code);

describe('ranking rules (docs/search-ranking.md)', () => {
  it('R1 exact code: "q91.9" → Q91.9 first, because the input is that code in any case and with or without the dot', () => {
    for (const q of ['q91.9', 'Q919', ' Q91.9 ']) {
      const r = search(q);
      assert.equal(r.hits[0]?.code, 'Q91.9', q);
      assert.deepEqual(r.exact, { system: 'icd10cm', code: 'Q91.9' });
      assert.deepEqual(r.hits[0]?.matched, [{ field: 'code', text: 'Q91.9' }]);
    }
  });

  it('R2 code prefix: "Q91" → Q91, then what lies under it in code order', () => {
    assert.deepEqual(codes(search('Q91')), ['Q91', 'Q91.0', 'Q91.1', 'Q91.9']);
    assert.deepEqual(codes(search('Q91.*')), ['Q91', 'Q91.0', 'Q91.1', 'Q91.9']);
  });

  it('R2 code range: "Q91-Q92" → the codes from Q91 to Q92 in order, in the system the shape names (not HCPCS Q9091)', () => {
    const r = search('Q91-Q92');
    assert.deepEqual(codes(r), ['Q91', 'Q91.0', 'Q91.1', 'Q91.9', 'Q92']);
    assert.equal(r.hits[0]?.matched[0]?.field, 'code-range');
  });

  it('R3 exact title: "knee wobble" → Q90.9 "Wobble knee" before Q90.0 "Wobble knee of the left side…", because its title has exactly the query words', () => {
    const r = search('knee wobble');
    assert.equal(r.hits[0]?.code, 'Q90.9');
    assert.ok(codes(r).indexOf('Q90.0') > 0);
  });

  it('R3 exact index term: "zorp fever" → Q93 (index "Fever, zorp") before Q91.0 whose title merely contains the words', () => {
    const r = search('zorp fever');
    assert.equal(r.hits[0]?.code, 'Q93');
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'index' && m.text === 'Fever, zorp'));
    assert.ok(codes(r).indexOf('Q91.0') > 0);
  });

  it('R3 exact synonym: "heart wobble" finds Q91.9 by the MedlinePlus name "Heart Wobble" (linked via MeSH), with Q92 whose title holds both words', () => {
    const r = search('heart wobble');
    assert.deepEqual(codes(r).slice(0, 2).sort(), ['Q91.9', 'Q92']);
    const q919 = r.hits.find((h) => h.code === 'Q91.9');
    assert.ok(q919?.matched.some((m) => m.field === 'synonym' && m.text === 'Heart Wobble'));
  });

  it('R4 field weight: "fever rash" → Q91.0 and Q91.1 (both words in their own titles) before the header Q91 and before Q93 (one word, in an index term)', () => {
    const c = codes(search('fever rash'));
    assert.deepEqual(c.slice(0, 2), ['Q91.0', 'Q91.1']);
    assert.ok(c.indexOf('Q91') > 1);
    assert.ok(c.indexOf('Q93') > c.indexOf('Q91.1'));
  });

  it('R4 index terms and stemming: "shivering tremble" → Q91.9 by its index term "Shiver, …, tremble" ("shivering" = "shiver")', () => {
    const r = search('shivering tremble');
    assert.equal(r.hits[0]?.code, 'Q91.9');
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'index' && m.text.startsWith('Shiver')));
  });

  it('R4 synonyms: "glorp tremor" → Q91.9 by its MeSH entry term "Glorp Tremor"', () => {
    const r = search('glorp tremor');
    assert.equal(r.hits[0]?.code, 'Q91.9');
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'synonym' && m.text === 'Glorp Tremor'));
  });

  it('R5 words spread over the title and the terms: "gleep knee" → Q93 (title "Gleep disease", inclusion "Gleep of the knee")', () => {
    const r = search('gleep knee');
    assert.equal(r.hits[0]?.code, 'Q93');
  });

  it('R6 no dead ends: "gleep zzzqx" → Q93 for the word it covers, saying once which word no code holds', () => {
    const r = search('gleep zzzqx');
    assert.equal(r.hits[0]?.code, 'Q93');
    assert.deepEqual(r.unmatched, ['zzzqx']);
    assert.equal(r.hits[0]?.missing, undefined);
  });

  it('R6 each hit names the known words it misses: "gleep wobble" → Q93 misses "wobble"', () => {
    const hit = search('gleep wobble').hits.find((h) => h.code === 'Q93');
    assert.deepEqual(hit?.missing, ['wobble']);
  });

  it('R6 coverage first: "wobble knee brace" → Q9091 (all three words) before Q90.9 (two of them)', () => {
    const c = codes(search('wobble knee brace'));
    assert.ok(c.indexOf('Q9091') < c.indexOf('Q90.9'));
  });

  it('R7 inherited words: a category\'s title reaches the codes under it — "zorp rash" finds Q91.9 "Tremble syndrome" under Q91 "Zorp fever with rash"', () => {
    const r = search('zorp rash');
    const hit = r.hits.find((h) => h.code === 'Q91.9');
    assert.ok(hit);
    assert.ok(hit.matched.some((m) => m.field === 'category' && m.text === 'Zorp fever with rash'));
    assert.ok(codes(r).indexOf('Q91.0') < codes(r).indexOf('Q91.9'), 'own title words weigh more than inherited ones');
  });

  it('R8 correction per word: "wobbel" is unknown, corrected to "wobble", and the hits say so', () => {
    const r = search('wobbel');
    assert.deepEqual(r.corrected, [{ from: 'wobbel', to: 'wobble' }]);
    assert.ok(codes(r).includes('Q90.9'));
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'correction' && m.text === 'wobbel→wobble'));
  });

  it('R8 correction beside right words: "gleep knea" corrects only "knea"', () => {
    const r = search('gleep knea');
    assert.deepEqual(r.corrected, [{ from: 'knea', to: 'knee' }]);
    assert.equal(r.hits[0]?.code, 'Q93');
  });

  it('R8 no correction of known words: "wobble" is not corrected', () => {
    assert.equal(search('wobble').corrected, undefined);
  });

  it('R9 kind of question: "knee replacement" asks for a procedure, so the PCS replacements outrank the diagnosis and HCPCS hits', () => {
    const r = search('knee replacement');
    assert.deepEqual(codes(r).slice(0, 2), ['0SRC0JZ', '0SRD0JZ']);
  });

  it('R10 billable before header: "wobble knee" → Q90.9 (billable) before Q90 (header), both exact titles', () => {
    const c = codes(search('wobble knee'));
    assert.ok(c.indexOf('Q90.9') < c.indexOf('Q90'));
  });

  it('R11 shorter titles say more: "wobble" lists Q90.9 "Wobble knee" before Q90.0 "Wobble knee of the left side with stiffness"', () => {
    const c = codes(search('wobble'));
    assert.ok(c.indexOf('Q90.9') < c.indexOf('Q90.0'));
  });

  it('R12 procedure words: "kneeplasty" is read by its word parts (knee + -plasty = repair/replacement) and finds the knee replacements', () => {
    const r = search('kneeplasty');
    assert.equal(r.hits[0]?.code.startsWith('0SR'), true);
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'vocabulary' && m.text.startsWith('kneeplasty =')));
  });

  it('R13 peri + body part: "perijoint replacement" → the knee joint replacements, because "peri" + a body part is coded to the body part named (PCS guideline B4.1c)', () => {
    const r = search('perijoint replacement', { systems: ['icd10pcs'] });
    assert.equal(r.hits[0]?.code.startsWith('0SR'), true);
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'vocabulary' && m.text.startsWith('perijoint → joint')));
  });

  it('abbreviations: "chf" → Q94 "Congestive heart failure…", and the hit says which expansion matched', () => {
    const r = search('chf');
    assert.equal(r.hits[0]?.code, 'Q94');
    assert.ok(r.hits[0]?.matched.some((m) => m.field === 'abbreviation' && m.text.startsWith('chf →')));
  });

  it('lay terms: "knee replacement" → the PCS knee joint replacements (MedQuAD focus linked through the PCS index)', () => {
    assert.deepEqual(codes(search('knee replacement')).slice(0, 2), ['0SRC0JZ', '0SRD0JZ']);
  });

  it('filters: system, billable and within', () => {
    assert.deepEqual(codes(search('wobble', { systems: ['hcpcs'] })), ['Q9091']);
    assert.ok(search('wobble', { billable: true }).hits.every((h) => h.billable));
    assert.ok(codes(search('wobble', { within: 'Q90' })).every((c) => c.startsWith('Q90')));
  });

  it('facets count every system and the total follows the system filter', () => {
    const r = search('wobble', { systems: ['hcpcs'] });
    assert.equal(r.total, 1);
    assert.ok((r.facets.system.icd10cm ?? 0) > 0);
  });

  it('paging: offset skips hits in rank order', () => {
    const all = codes(search('Q90-Q94', { limit: 20 }));
    assert.deepEqual(codes(search('Q90-Q94', { limit: 3, offset: 2 })), all.slice(2, 5));
  });
});
