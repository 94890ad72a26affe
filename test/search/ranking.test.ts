/**
 * Each rule of docs/search-ranking.md, pinned by a query, its winner and why (synthetic data from
 * fixture.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import type { SearchResult } from '../../src/app/views.js';
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

  it('R4 exact index term: "zorp fever" → Q93 (index "Fever, zorp") before Q91.0 whose title merely contains the words', () => {
    const r = search('zorp fever');
    assert.equal(r.hits[0]?.code, 'Q93');
    assert.deepEqual(r.hits[0]?.matched[0], { field: 'index', text: 'Fever, zorp' });
  });

  it('R5 exact synonym: "heart wobble" → Q91.9 (MedlinePlus "Heart Wobble" via MeSH) ranks with the exact synonyms, before title-word matches', () => {
    const r = search('heart wobble');
    assert.equal(r.hits[0]?.code, 'Q91.9');
    assert.deepEqual(r.hits[0]?.matched[0], { field: 'synonym', text: 'Heart Wobble' });
  });

  it('R6 all words in the title: "fever rash" → Q91.x, billable codes before their header Q91', () => {
    assert.deepEqual(codes(search('fever rash')), ['Q91.0', 'Q91.1', 'Q91']);
  });

  it('R7 all words in one index term: "shiver tremble" → Q91.9 by its index term, with stemming ("shivering")', () => {
    const r = search('shivering tremble');
    assert.equal(r.hits[0]?.code, 'Q91.9');
    assert.equal(r.hits[0]?.matched[0]?.field, 'index');
  });

  it('R8 all words in one synonym: "glorp tremor" → Q91.9 by its MeSH entry term', () => {
    const r = search('glorp tremor');
    assert.equal(r.hits[0]?.code, 'Q91.9');
    assert.equal(r.hits[0]?.matched[0]?.field, 'synonym');
  });

  it('R9 words spread over the title and the terms: "gleep knee" → Q93 (title "Gleep disease", inclusion "Gleep of the knee")', () => {
    const r = search('gleep knee');
    assert.equal(r.hits[0]?.code, 'Q93');
  });

  it('R10 corrected: "wobbel" finds nothing as typed, is corrected to "wobble" and says so', () => {
    const r = search('wobbel');
    assert.deepEqual(r.corrected, [{ from: 'wobbel', to: 'wobble' }]);
    assert.equal(r.hits[0]?.code, 'Q90.9');
    assert.deepEqual(r.hits[0]?.matched[0], { field: 'correction', text: 'wobbel→wobble' });
  });

  it('R10 no correction when the words as typed find enough: "wobble" is not corrected', () => {
    assert.equal(search('wobble').corrected, undefined);
  });

  it('R11 within a tier, billable before header: "wobble knee" → Q90.9 (billable) before Q90 (header), both exact titles', () => {
    const c = codes(search('wobble knee'));
    assert.ok(c.indexOf('Q90.9') < c.indexOf('Q90'));
  });

  it('R12 within a tier, fewer title words first, then system order: "wobble knee brace" has one title hit; "wobble" lists Q90.9 before Q90.0', () => {
    const c = codes(search('wobble'));
    assert.ok(c.indexOf('Q90.9') < c.indexOf('Q90.0'));
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
