/**
 * Articles composed from the real database: CMS facts of CPT 63295 (the add-on code of the page the
 * product started from), ICD-10-PCS definitions of 0SRC0JZ, and MedlinePlus/MeSH/MedQuAD passages
 * linked to ICD-10-CM categories. A database built before passages existed fails these tests (real-db.ts names the
 * missing tables) rather than skipping them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { type RealDb, realDatabase } from '../support/real-db.js';

describe('plain-language articles (real data)', async () => {
  let real: RealDb;
  before(async () => {
    real = await realDatabase(['facts', 'pcs_definitions', 'article_passages', 'article_links']);
  });
  after(() => real?.medcodes?.close());
  const m = () => real.medcodes as Medcodes;
  const texts = (system: string, code: string, section: string) =>
    m()
      .article(system, code)
      .sections.find((s) => s.id === section)
      ?.statements.map((s) => s.text);

  it('states what CMS states about CPT 63295, cited to the file and release', (t) => {
    if (!real.medcodes) return t.skip(real.skipReason);
    assert.deepEqual(texts('cpt', '63295', 'duration'), [
      "CMS's median intra-service physician time is 45 minutes.",
      "CMS's total physician time for this code, including work before and after, is 55 minutes.",
    ]);
    assert.match(texts('cpt', '63295', 'setting')?.join(' ') ?? '', /status indicator C: it is on the inpatient-only list/);
    const summary = texts('cpt', '63295', 'summary')?.join(' ') ?? '';
    // The primaries are listed once, under Coding edits; the global period is a payment fact (Summary, not Recovery).
    assert.match(
      summary,
      /add-on code: it is reported only together with a primary procedure; CMS lists \d+ primary codes for it \(see Coding edits\)/,
    );
    assert.match(summary, /global period ZZZ, an add-on service/);
    assert.deepEqual(texts('cpt', '63295', 'recovery') ?? [], []);
    const a = m().article('cpt', '63295');
    assert.deepEqual(a.sections.find((s) => s.id === 'name')?.statements, [], 'no CPT descriptor without a licence');
    assert.ok(a.sources.some((s) => s.title.includes('RVU25D.pdf')));
  });

  it('composes ICD-10-PCS 0SRC0JZ from the PCS definitions', (t) => {
    if (!real.medcodes) return t.skip(real.skipReason);
    assert.match(
      texts('icd10pcs', '0SRC0JZ', 'summary')?.[0] ?? '',
      /^ICD-10-PCS defines the operation "Replacement" as: Putting in or on/,
    );
    assert.match(texts('icd10pcs', '0SRC0JZ', 'description')?.join(' ') ?? '', /the approach "Open" as: Cutting through the skin/);
  });

  it('links MedlinePlus and MedQuAD passages to asthma', (t) => {
    if (!real.medcodes) return t.skip(real.skipReason);
    const a = m().article('icd10cm', 'J45.909');
    assert.match(a.sections.find((s) => s.id === 'what')?.statements[0]?.text ?? '', /Asthma is a chronic \(long-term\) lung disease/);
    assert.equal(a.sources[0]?.url, 'https://medlineplus.gov/asthma.html');
    assert.ok((a.sections.find((s) => s.id === 'symptoms')?.statements.length ?? 0) > 0);
  });
});
