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
      /^ICD-10-PCS builds 0SRC0JZ from its characters: .*root operation "Replacement", body part "Knee Joint, Right", approach "Open", device "Synthetic Substitute"\.$/,
    );
    assert.match(
      texts('icd10pcs', '0SRC0JZ', 'purpose')?.[0] ?? '',
      /^ICD-10-PCS defines the root operation "Replacement", which names the objective of the procedure, as: Putting in or on/,
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

  it('names a CPT code without a licensed descriptor by its category label in autocomplete and search too', (t) => {
    if (!real.medcodes) return t.skip(real.skipReason);
    const suggested = m()
      .autocomplete('99213', ['cpt'], 5)
      .hits.find((h) => h.code === '99213');
    assert.match(suggested?.display ?? 'missing', /^Category label: /);
    const hit = m()
      .search({ q: '99213', systems: ['cpt'], limit: 5, offset: 0 })
      .hits.find((h) => h.code === '99213');
    assert.equal(hit?.display, suggested?.display);
  });

  it('answers Symptoms or Treatment for fractures from the MedlinePlus summary, labelled as the topic in general', (t) => {
    if (!real.medcodes) return t.skip(real.skipReason);
    const a = m().article('icd10cm', 'S52.501A');
    const symptoms = a.sections.find((s) => s.id === 'symptoms')?.statements ?? [];
    assert.match(symptoms[0]?.text ?? '', /^Symptoms of a fracture are: intense pain;/);
    assert.equal(symptoms[0]?.about, 'Fractures in general');
    // The chapter title names "poisoning"; a burn is not one.
    const burn = JSON.stringify(m().article('icd10cm', 'T23.011A'));
    assert.ok(!burn.includes('MedlinePlus: Poisoning'), 'no poisoning passage on a burn');
  });

  it('links a topic found in a title (rule topic-in-title) only when its words stand together there', (t) => {
    if (!real.medcodes) return t.skip(real.skipReason);
    // H35.72- "Serous detachment of retinal pigment epithelium" is a detachment of the epithelium under
    // the retina, not "Retinal Detachment"; H33.0- "Retinal detachment with retinal break" is one.
    const rpe = JSON.stringify(m().article('icd10cm', 'H35.729'));
    assert.ok(!rpe.includes('MedlinePlus: Retinal Detachment'), 'no retinal detachment passage on an RPE detachment');
    const rd = JSON.stringify(m().article('icd10cm', 'H33.001'));
    assert.ok(rd.includes('MedlinePlus: Retinal Detachment'), 'the retinal detachment passage on H33.001');
  });
});
