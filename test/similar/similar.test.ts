import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { rankCandidates, similarityWords } from '../../src/features/similar/index.js';
import { buildRelationsDb } from '../history/relations-db.js';

let medcodes: Medcodes;
before(async () => {
  medcodes = await buildRelationsDb();
});
after(() => medcodes.close());

describe('similar codes', () => {
  it('ranks by summed reasons, billable first for a billable code, never the code itself, no duplicates', () => {
    const billable = new Map([
      ['A', true],
      ['B', false],
      ['C', true],
    ]);
    const ranked = rankCandidates(
      'SELF',
      [
        { key: 'B', reason: 'text', strength: 0.9, detail: '' },
        { key: 'SELF', reason: 'sibling', strength: 1, detail: '' },
        { key: 'A', reason: 'cousin', strength: 1, detail: '' },
        { key: 'C', reason: 'text', strength: 0.3, detail: '' },
        { key: 'C', reason: 'sibling', strength: 1, detail: '' },
        { key: 'C', reason: 'sibling', strength: 1, detail: 'again' },
        { key: 'GONE', reason: 'text', strength: 1, detail: '' },
      ],
      (k) => billable.get(k) ?? null,
      true,
    );
    assert.deepEqual(
      ranked.map((r) => [r.key, Math.round(r.score * 100) / 100, r.reasons.map((x) => x.kind)]),
      [
        ['C', 0.9, ['text', 'sibling']],
        ['A', 0.25, ['cousin']],
        ['B', 0.9, ['text']],
      ],
    );
  });

  it('splits words for the text measure with the stemmer of search (core/text.ts): stop words out, digits kept', () => {
    // Crude stems, but the same for every code and the same as search's.
    assert.deepEqual(similarityWords('Type 2 diabetes mellitus with Kidney Complications'), [
      'type',
      '2',
      'diabet',
      'mellit',
      'kidn',
      'compl',
    ]);
  });

  it('gives siblings, text and crosswalk neighbours of a code with their reasons', () => {
    const s = medcodes.similar('icd10cm', 'Q91.1A');
    const codes = s.items.map((i) => i.code);
    assert.ok(!codes.includes('Q91.1A'));
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(s.items.length <= 12);
    const q919 = s.items.find((i) => i.code === 'Q91.9');
    assert.ok(q919, 'Q91.9, a sibling of the parent Q91.1, is nearby in the hierarchy');
  });
});
