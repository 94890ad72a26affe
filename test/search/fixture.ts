/**
 * A synthetic database for the search tests: invented codes, terms and lexicon concepts shaped like
 * the real ones (nothing copied from the official files).
 */
import { join } from 'node:path';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import type { CodeRecord, SourceRecord } from '../../src/domain/records.js';
import type { CodeSystemId } from '../../src/domain/systems.js';
import type { SourcePlugin } from '../../src/sources/contract.js';
import { tempDir } from '../support/build.js';

type Row = [key: string, code: string, kind: CodeRecord['kind'], display: string, parent: string | null, short?: string];

const CM: Row[] = [
  ['CH9', 'Chapter 9', 'chapter', 'Invented disorders', null],
  ['Q90-Q94', 'Q90-Q94', 'section', 'Wobble disorders', 'CH9'],
  ['Q90', 'Q90', 'header', 'Wobble knee', 'Q90-Q94'],
  ['Q900', 'Q90.0', 'code', 'Wobble knee of the left side with stiffness', 'Q90', 'Wobble knee of l side w stiffness'],
  ['Q909', 'Q90.9', 'code', 'Wobble knee', 'Q90'],
  ['Q91', 'Q91', 'header', 'Zorp fever with rash', 'Q90-Q94'],
  ['Q910', 'Q91.0', 'code', 'Zorp fever with rash, initial encounter', 'Q91', 'Zorp fever w rash, init'],
  ['Q911', 'Q91.1', 'code', 'Zorp fever with rash, subsequent encounter', 'Q91', 'Zorp fever w rash, subs'],
  ['Q919', 'Q91.9', 'code', 'Tremble syndrome', 'Q91'],
  ['Q92', 'Q92', 'code', 'Heart wobble with flutter', 'Q90-Q94'],
  ['Q93', 'Q93', 'code', 'Gleep disease', 'Q90-Q94'],
  ['Q94', 'Q94', 'code', 'Congestive heart failure of invented origin', 'Q90-Q94'],
];

const PCS: Row[] = [
  ['0', '0', 'section', 'Medical and Surgical', null],
  ['0S', '0S', 'section', 'Lower Joints', '0'],
  ['0SR', '0SR', 'header', 'Lower Joints, Replacement', '0S'],
  ['0SRC0JZ', '0SRC0JZ', 'code', 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach', '0SR'],
  ['0SRD0JZ', '0SRD0JZ', 'code', 'Replacement of Left Knee Joint with Synthetic Substitute, Open Approach', '0SR'],
];

const HCPCS: Row[] = [
  ['Q0000-Q9999', 'Q0000-Q9999', 'range', 'Temporary codes', null],
  ['Q9091', 'Q9091', 'code', 'Wobble knee brace, each', 'Q0000-Q9999'],
];

function codes(system: CodeSystemId, release: string, rows: Row[]): SourceRecord[] {
  return rows.map(([key, code, kind, display, parent, short], i) => ({
    type: 'code',
    system,
    release,
    key,
    code,
    kind,
    display,
    shortDisplay: short ?? null,
    billable: kind === 'code',
    parent,
    order: i + 1,
  }));
}

function release(system: CodeSystemId, id: string): SourceRecord {
  return { type: 'release', system, release: id, label: id, effectiveFrom: '2025-10-01', effectiveTo: null, complete: true };
}

function file(system: CodeSystemId, id: string): SourceRecord {
  return {
    type: 'file',
    system,
    release: id,
    path: `${system}/fake`,
    size: 1,
    sha256: 'c'.repeat(64),
    role: 'fake',
    counts: {},
    problems: [],
  };
}

const term = (key: string, text: string, kind: 'index' | 'pcsIndex' = 'index'): SourceRecord => ({
  type: 'term',
  system: kind === 'pcsIndex' ? 'icd10pcs' : 'icd10cm',
  sourceRelease: '2025',
  key,
  kind,
  text,
});

const RECORDS: SourceRecord[] = [
  release('icd10cm', '2026'),
  ...codes('icd10cm', '2026', CM),
  term('Q93', 'Fever, zorp'),
  term('Q919', 'Shiver, invented (chronic) (mild), tremble'),
  term('Q919', 'Glorp, invented'),
  { type: 'note', system: 'icd10cm', sourceRelease: '2021', key: 'Q93', kind: 'inclusionTerm', text: 'Gleep of the knee', order: 1 },
  file('icd10cm', '2026'),
  release('icd10pcs', '2026'),
  ...codes('icd10pcs', '2026', PCS),
  term('0SRC', 'Replacement, Knee Joint, Right', 'pcsIndex'),
  term('0SRD', 'Replacement, Knee Joint, Left', 'pcsIndex'),
  file('icd10pcs', '2026'),
  release('hcpcs', '2025-10'),
  ...codes('hcpcs', '2025-10', HCPCS),
  file('hcpcs', '2025-10'),
];

const LEXICON: SourceRecord[] = [
  {
    type: 'lexicon',
    source: 'mesh',
    sourceRelease: '2024',
    concept: 'D000001',
    label: 'Tremble Syndrome',
    terms: ['Glorp Tremor'],
    url: 'https://meshb.nlm.nih.gov/record/ui?ui=D000001',
    targets: [],
  },
  {
    type: 'lexicon',
    source: 'medlineplus',
    sourceRelease: '2024-06-06',
    concept: 'https://medlineplus.gov/shakes.html',
    label: 'Heart Wobble',
    terms: [],
    url: 'https://medlineplus.gov/shakes.html',
    targets: ['D000001'],
  },
  {
    type: 'lexicon',
    source: 'medquad',
    sourceRelease: '2017',
    concept: 'https://example.nih.gov/knee',
    label: 'Knee Replacement',
    terms: ['Knee arthroplasty'],
    url: 'https://example.nih.gov/knee',
    targets: [],
  },
];

function plugin(system: CodeSystemId, records: SourceRecord[]): SourcePlugin {
  return {
    system,
    detect: async (dir) => ({ system, files: [{ absPath: dir, path: 'fake', role: 'fake', release: '2026', size: 1 }], missing: [] }),
    async *read() {
      yield* records;
    },
  };
}

export async function buildSearchFixture(): Promise<Medcodes> {
  const dir = tempDir('medcodes-search-');
  const dbPath = join(dir, 'medcodes.db');
  await buildDatabase({
    sourcesDir: dir,
    dbPath,
    plugins: [plugin('icd10cm', RECORDS), plugin('icd10cm', LEXICON)],
    newestOnly: false,
    cptDescriptorsFromCmsFiles: false,
  });
  return openMedcodes(dbPath);
}
