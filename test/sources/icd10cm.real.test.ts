/**
 * The ICD-10-CM plug-in on the official files (../shared/data or MEDCODES_SOURCES). One full read
 * (all 13 order files, both tabular XMLs, every index) is shared by the assertions; only the few
 * records they look at are kept, so memory stays small.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CodeRecord, NoteRecord, SevenCharRecord, SourceFileRecord, TermRecord } from '../../src/core/records.js';
import { icd10cmPlugin } from '../../src/sources/icd10cm/index.js';
import { realSources } from '../support/sources.js';

const { dir, skipReason } = realSources();

const KEPT_CODES = new Set(['S52501A', 'S52501', 'S5250', 'S525', 'S52', 'S50-S59', 'CH19', 'E119', 'E11', 'E08-E13', 'CH4', 'QA0', 'Z3A']);

interface Seen {
  releases: string[];
  entries: Map<string, { all: number; billable: number }>;
  codes: Map<string, CodeRecord>;
  notes: NoteRecord[];
  sevenChars: SevenCharRecord[];
  infarctTerms: TermRecord[];
  termCounts: Map<string, number>;
  noteCount: number;
  files: SourceFileRecord[];
}

async function readAll(sourcesDir: string): Promise<Seen> {
  const seen: Seen = {
    releases: [],
    entries: new Map(),
    codes: new Map(),
    notes: [],
    sevenChars: [],
    infarctTerms: [],
    termCounts: new Map(),
    noteCount: 0,
    files: [],
  };
  const detection = await icd10cmPlugin.detect(sourcesDir);
  for await (const r of icd10cmPlugin.read(detection, { cptDescriptorsFromCmsFiles: false, newestOnly: false })) {
    if (r.type === 'release') seen.releases.push(r.release);
    else if (r.type === 'code') {
      if (r.kind === 'code' || r.kind === 'header') {
        const e = seen.entries.get(r.release) ?? { all: 0, billable: 0 };
        e.all += 1;
        if (r.billable) e.billable += 1;
        seen.entries.set(r.release, e);
      }
      if (r.release === '2026' && KEPT_CODES.has(r.key)) seen.codes.set(r.key, r);
    } else if (r.type === 'note') {
      seen.noteCount += 1;
      if (r.key === 'E119' || r.key === 'E11') seen.notes.push(r);
    } else if (r.type === 'sevenChar') {
      if (r.key === 'S52') seen.sevenChars.push(r);
    } else if (r.type === 'term') {
      seen.termCounts.set(r.kind, (seen.termCounts.get(r.kind) ?? 0) + 1);
      if (r.key.startsWith('I21') && /^Infarct/i.test(r.text) && /myocard/i.test(r.text)) seen.infarctTerms.push(r);
    } else if (r.type === 'file') seen.files.push(r);
  }
  return seen;
}

describe('icd10cm on the official files', { skip: skipReason }, () => {
  let seen: Seen;
  before(async () => {
    seen = await readAll(dir as string);
  });

  it('has every release FY2014–FY2026', () => {
    assert.deepEqual(seen.releases, [
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('has 98,186 FY2026 entries, 74,719 billable', () => {
    assert.deepEqual(seen.entries.get('2026'), { all: 98186, billable: 74719 });
  });

  it('links S52501A up to its chapter', () => {
    const chain: string[] = [];
    let key: string | null = 'S52501A';
    while (key) {
      const node = seen.codes.get(key);
      assert.ok(node, `${key} missing`);
      chain.push(key);
      key = node.parent;
    }
    assert.deepEqual(chain, ['S52501A', 'S52501', 'S5250', 'S525', 'S52', 'S50-S59', 'CH19']);
    assert.equal(seen.codes.get('S52501A')?.billable, true);
    assert.equal(seen.codes.get('S52501A')?.code, 'S52.501A');
  });

  it('puts E11.9 under E11, E11 under E08-E13, E08-E13 under chapter 4', () => {
    assert.equal(seen.codes.get('E119')?.billable, true);
    assert.equal(seen.codes.get('E119')?.parent, 'E11');
    assert.equal(seen.codes.get('E11')?.parent, 'E08-E13');
    assert.equal(seen.codes.get('E08-E13')?.parent, 'CH4');
    assert.equal(seen.codes.get('CH4')?.display, 'Endocrine, nutritional and metabolic diseases');
  });

  it('places Z3A in Z30-Z39 as the tabular list does, and QA0 (FY2026, in no section) in chapter 17', () => {
    assert.equal(seen.codes.get('Z3A')?.parent, 'Z30-Z39');
    assert.equal(seen.codes.get('QA0')?.parent, 'CH17');
    const order2026 = seen.files.find((f) => f.role === 'order' && f.release === '2026');
    assert.deepEqual(order2026?.problems, [
      'category QA0 (FY2026) is in no section of icd10cm/2025/derived/ICD10CM_2025_sections.csv; attached to chapter 17 (Q00-Q99)',
    ]);
  });

  it('has FY2021 notes of E11, which E11.9 (no notes of its own in the XML) inherits', () => {
    assert.ok(seen.notes.some((n) => n.key === 'E11' && n.kind === 'includes' && n.sourceRelease === '2021'));
    assert.ok(seen.notes.some((n) => n.key === 'E11' && n.kind === 'useAdditionalCode'));
    assert.deepEqual(
      seen.notes.filter((n) => n.key === 'E119'),
      [],
    );
    assert.ok(seen.notes.every((n) => n.sourceRelease === '2021'));
    assert.ok(seen.noteCount > 23000, `${seen.noteCount} notes`);
  });

  it('has the S52 7th character A', () => {
    assert.deepEqual(
      seen.sevenChars.find((s) => s.character === 'A'),
      {
        type: 'sevenChar',
        system: 'icd10cm',
        sourceRelease: '2021',
        key: 'S52',
        character: 'A',
        label: 'initial encounter for closed fracture',
      },
    );
  });

  it('has index terms leading to I21 (myocardial infarction) and terms of every kind', () => {
    assert.ok(seen.infarctTerms.some((t) => t.kind === 'index' && t.key === 'I219'));
    for (const kind of ['index', 'eindex', 'drug', 'neoplasm']) assert.ok((seen.termCounts.get(kind) ?? 0) > 1000, `${kind} terms`);
  });
});
