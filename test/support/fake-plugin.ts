/**
 * A tiny in-memory plug-in for testing the store, the use-cases and the adapters without any
 * file format. Its codes are invented, in ICD-10-CM and ICD-10-PCS shapes.
 */
import type { SourceRecord } from '../../src/domain/records.js';
import type { Detection, SourcePlugin } from '../../src/sources/contract.js';

export interface FakeOptions {
  /** Yield a code whose parent does not exist (the integrity check must reject the build). */
  orphan?: boolean;
  /** Throw in the middle of reading, after some codes were written. */
  failAfter?: number;
  /** Wait this long between records (to be killed mid-build). */
  delayMs?: number;
}

function cmRecords(): SourceRecord[] {
  const r = '2026';
  return [
    {
      type: 'release',
      system: 'icd10cm',
      release: '2025',
      label: 'FY2025',
      effectiveFrom: '2024-10-01',
      effectiveTo: '2025-09-30',
      complete: true,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: '2025',
      key: 'CH9',
      code: 'Chapter 9',
      kind: 'chapter',
      display: 'Invented chapter',
      shortDisplay: null,
      billable: false,
      parent: null,
      order: 1,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: '2025',
      key: 'Q90',
      code: 'Q90',
      kind: 'code',
      display: 'Invented retired code',
      shortDisplay: null,
      billable: true,
      parent: 'CH9',
      order: 2,
    },
    {
      type: 'release',
      system: 'icd10cm',
      release: r,
      label: 'FY2026',
      effectiveFrom: '2025-10-01',
      effectiveTo: '2026-09-30',
      complete: true,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: r,
      key: 'CH9',
      code: 'Chapter 9',
      kind: 'chapter',
      display: 'Invented chapter',
      shortDisplay: null,
      billable: false,
      parent: null,
      order: 1,
      attributes: { range: 'Q90-Q99' },
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: r,
      key: 'Q90-Q92',
      code: 'Q90-Q92',
      kind: 'section',
      display: 'Invented section',
      shortDisplay: null,
      billable: false,
      parent: 'CH9',
      order: 2,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: r,
      key: 'Q91',
      code: 'Q91',
      kind: 'header',
      display: 'Invented category',
      shortDisplay: 'Invented cat',
      billable: false,
      parent: 'Q90-Q92',
      order: 3,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: r,
      key: 'Q911',
      code: 'Q91.1',
      kind: 'header',
      display: 'Invented subcategory of the left side',
      shortDisplay: 'Invented subcat l side',
      billable: false,
      parent: 'Q91',
      order: 4,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: r,
      key: 'Q911A',
      code: 'Q91.1A',
      kind: 'code',
      display: 'Invented subcategory of the left side, first visit',
      shortDisplay: 'Invented subcat l side, first',
      billable: true,
      parent: 'Q911',
      order: 5,
    },
    {
      type: 'code',
      system: 'icd10cm',
      release: r,
      key: 'Q919',
      code: 'Q91.9',
      kind: 'code',
      display: 'Invented category, unspecified',
      shortDisplay: 'Invented cat, unsp',
      billable: true,
      parent: 'Q91',
      order: 6,
    },
    { type: 'note', system: 'icd10cm', sourceRelease: '2021', key: 'Q91', kind: 'excludes1', text: 'invented exclusion (Q92.-)', order: 1 },
    {
      type: 'note',
      system: 'icd10cm',
      sourceRelease: '2021',
      key: 'Q911',
      kind: 'inclusionTerm',
      text: 'invented inclusion term',
      order: 2,
    },
    { type: 'note', system: 'icd10cm', sourceRelease: '2021', key: 'CH9', kind: 'notes', text: 'invented chapter note', order: 0 },
    {
      type: 'note',
      system: 'icd10cm',
      sourceRelease: '2017',
      key: 'Z99999',
      kind: 'notes',
      text: 'note of a code no release has',
      order: 9,
    },
    { type: 'sevenChar', system: 'icd10cm', sourceRelease: '2021', key: 'Q91', character: 'A', label: 'first visit' },
    { type: 'term', system: 'icd10cm', sourceRelease: '2025', key: 'Q919', kind: 'index', text: 'Wobble, invented' },
    {
      type: 'file',
      system: 'icd10cm',
      release: r,
      path: 'icd10cm/2026/fake.zip!/order.txt',
      size: 123,
      sha256: 'a'.repeat(64),
      role: 'order',
      counts: { code: 6 },
      problems: [],
    },
  ];
}

function pcsRecords(): SourceRecord[] {
  const r = '2026';
  return [
    {
      type: 'release',
      system: 'icd10pcs',
      release: r,
      label: 'FY2026',
      effectiveFrom: '2025-10-01',
      effectiveTo: '2026-09-30',
      complete: true,
    },
    {
      type: 'code',
      system: 'icd10pcs',
      release: r,
      key: '0',
      code: '0',
      kind: 'section',
      display: 'Medical and Surgical',
      shortDisplay: null,
      billable: false,
      parent: null,
      order: 1,
    },
    {
      type: 'code',
      system: 'icd10pcs',
      release: r,
      key: '0S',
      code: '0S',
      kind: 'section',
      display: 'Lower Joints',
      shortDisplay: null,
      billable: false,
      parent: '0',
      order: 2,
    },
    {
      type: 'code',
      system: 'icd10pcs',
      release: r,
      key: '0SR',
      code: '0SR',
      kind: 'header',
      display: 'Lower Joints, Replacement',
      shortDisplay: null,
      billable: false,
      parent: '0S',
      order: 3,
    },
    {
      type: 'code',
      system: 'icd10pcs',
      release: r,
      key: '0SRC0JZ',
      code: '0SRC0JZ',
      kind: 'code',
      display: 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach',
      shortDisplay: 'Replace R Knee Jt w Synth Sub, Open',
      billable: true,
      parent: '0SR',
      order: 4,
    },
    ...(
      [
        ['', 1, 'Section', '0', 'Medical and Surgical'],
        ['0', 2, 'Body System', 'S', 'Lower Joints'],
        ['0S', 3, 'Operation', 'R', 'Replacement'],
        ['0SR', 4, 'Body Part', 'C', 'Knee Joint, Right'],
        ['0SR', 5, 'Approach', '0', 'Open'],
        ['0SR', 6, 'Device', 'J', 'Synthetic Substitute'],
        ['0SR', 7, 'Qualifier', 'Z', 'No Qualifier'],
      ] as const
    ).map(
      ([prefix, position, name, value, label]): SourceRecord => ({
        type: 'axis',
        system: 'icd10pcs',
        sourceRelease: r,
        prefix,
        position,
        name,
        value,
        label,
      }),
    ),
    {
      type: 'definition',
      system: 'icd10pcs',
      sourceRelease: r,
      section: '0',
      position: 3,
      axisName: 'Operation',
      term: 'Replacement',
      definition:
        'Putting in or on biological or synthetic material that physically takes the place and/or function of all or a portion of a body part',
      explanation: null,
      includes: ['Total hip replacement'],
    },
    {
      type: 'file',
      system: 'icd10pcs',
      release: r,
      path: 'icd10pcs/2026/fake.xml',
      size: 10,
      sha256: 'b'.repeat(64),
      role: 'tables',
      counts: { code: 4 },
      problems: [],
    },
  ];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakePlugin(system: 'icd10cm' | 'icd10pcs', make: () => SourceRecord[], options: FakeOptions): SourcePlugin {
  return {
    system,
    async detect(dir: string): Promise<Detection> {
      return { system, files: [{ absPath: dir, path: 'fake', role: 'fake', release: '2026', size: 1 }], missing: [] };
    },
    async *read() {
      const records = make();
      if (options.orphan) {
        records.push({
          type: 'code',
          system,
          release: '2026',
          key: 'ORPHAN1',
          code: 'ORPHAN1',
          kind: 'code',
          display: 'Orphan',
          shortDisplay: null,
          billable: true,
          parent: 'NOPE',
          order: 99,
        });
      }
      let n = 0;
      for (const r of records) {
        if (options.failAfter !== undefined && n >= options.failAfter)
          throw new Error(`fake ${system} file, line ${n + 1}: broken on purpose`);
        if (options.delayMs) await sleep(options.delayMs);
        n += 1;
        yield r;
      }
    },
  };
}

export function fakePlugins(options: FakeOptions = {}): SourcePlugin[] {
  return [fakePlugin('icd10cm', cmRecords, options), fakePlugin('icd10pcs', pcsRecords, {})];
}
