/**
 * A tiny in-memory plug-in for testing the store, the use-cases and the adapters without any
 * file format. Its codes are invented, in ICD-10-CM and ICD-10-PCS shapes (records.ts builders).
 */
import {
  axis,
  code,
  definition,
  file,
  note,
  recordsPlugin,
  release,
  type SourcePlugin,
  type SourceRecord,
  sevenChar,
  term,
} from './records.js';

export interface FakeOptions {
  /** Yield a code whose parent does not exist (the integrity check must reject the build). */
  orphan?: boolean;
  /** Throw in the middle of reading, after some codes were written. */
  failAfter?: number;
  /** Wait this long between records (to be killed mid-build). */
  delayMs?: number;
}

function cmRecords(): SourceRecord[] {
  const cm = (rel: string, key: string, fields: Parameters<typeof code>[3]) => code('icd10cm', rel, key, fields);
  return [
    release('icd10cm', '2025', { label: 'FY2025', effectiveFrom: '2024-10-01', effectiveTo: '2025-09-30' }),
    cm('2025', 'CH9', { code: 'Chapter 9', kind: 'chapter', display: 'Invented chapter', order: 1 }),
    cm('2025', 'Q90', { display: 'Invented retired code', parent: 'CH9', order: 2 }),
    release('icd10cm', '2026', { label: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' }),
    cm('2026', 'CH9', { code: 'Chapter 9', kind: 'chapter', display: 'Invented chapter', order: 1, attributes: { range: 'Q90-Q99' } }),
    cm('2026', 'Q90-Q92', { kind: 'section', display: 'Invented section', parent: 'CH9', order: 2 }),
    cm('2026', 'Q91', { kind: 'header', display: 'Invented category', shortDisplay: 'Invented cat', parent: 'Q90-Q92', order: 3 }),
    cm('2026', 'Q911', {
      code: 'Q91.1',
      kind: 'header',
      display: 'Invented subcategory of the left side',
      shortDisplay: 'Invented subcat l side',
      parent: 'Q91',
      order: 4,
    }),
    cm('2026', 'Q911A', {
      code: 'Q91.1A',
      display: 'Invented subcategory of the left side, first visit',
      shortDisplay: 'Invented subcat l side, first',
      parent: 'Q911',
      order: 5,
    }),
    cm('2026', 'Q919', {
      code: 'Q91.9',
      display: 'Invented category, unspecified',
      shortDisplay: 'Invented cat, unsp',
      parent: 'Q91',
      order: 6,
    }),
    note('icd10cm', 'Q91', 'excludes1', 'invented exclusion (Q92.-)', { order: 1 }),
    note('icd10cm', 'Q911', 'inclusionTerm', 'invented inclusion term', { order: 2 }),
    note('icd10cm', 'CH9', 'notes', 'invented chapter note', { order: 0 }),
    note('icd10cm', 'Z99999', 'notes', 'note of a code no release has', { sourceRelease: '2017', order: 9 }),
    sevenChar('icd10cm', 'Q91', 'A', 'first visit'),
    term('Q919', 'Wobble, invented'),
    file('icd10cm', '2026', {
      path: 'icd10cm/2026/fake.zip!/order.txt',
      size: 123,
      sha256: 'a'.repeat(64),
      role: 'order',
      counts: { code: 6 },
    }),
  ];
}

function pcsRecords(): SourceRecord[] {
  const pcs = (key: string, fields: Parameters<typeof code>[3]) => code('icd10pcs', '2026', key, fields);
  return [
    release('icd10pcs', '2026', { label: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' }),
    pcs('0', { kind: 'section', display: 'Medical and Surgical', order: 1 }),
    pcs('0S', { kind: 'section', display: 'Lower Joints', parent: '0', order: 2 }),
    pcs('0SR', { kind: 'header', display: 'Lower Joints, Replacement', parent: '0S', order: 3 }),
    pcs('0SRC0JZ', {
      display: 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach',
      shortDisplay: 'Replace R Knee Jt w Synth Sub, Open',
      parent: '0SR',
      order: 4,
    }),
    axis('', 1, 'Section', '0', 'Medical and Surgical'),
    axis('0', 2, 'Body System', 'S', 'Lower Joints'),
    axis('0S', 3, 'Operation', 'R', 'Replacement'),
    axis('0SR', 4, 'Body Part', 'C', 'Knee Joint, Right'),
    axis('0SR', 5, 'Approach', '0', 'Open'),
    axis('0SR', 6, 'Device', 'J', 'Synthetic Substitute'),
    axis('0SR', 7, 'Qualifier', 'Z', 'No Qualifier'),
    definition({
      section: '0',
      position: 3,
      axisName: 'Operation',
      term: 'Replacement',
      definition:
        'Putting in or on biological or synthetic material that physically takes the place and/or function of all or a portion of a body part',
      explanation: null,
      includes: ['Total hip replacement'],
    }),
    file('icd10pcs', '2026', { path: 'icd10pcs/2026/fake.xml', size: 10, sha256: 'b'.repeat(64), role: 'tables', counts: { code: 4 } }),
  ];
}

function withOrphan(system: 'icd10cm', make: () => SourceRecord[]): () => SourceRecord[] {
  return () => [...make(), code(system, '2026', 'ORPHAN1', { display: 'Orphan', parent: 'NOPE', order: 99 })];
}

export function fakePlugins(options: FakeOptions = {}): SourcePlugin[] {
  const { failAfter, delayMs } = options;
  return [
    recordsPlugin('icd10cm', options.orphan ? withOrphan('icd10cm', cmRecords) : cmRecords, { failAfter, delayMs }),
    recordsPlugin('icd10pcs', pcsRecords),
  ];
}
