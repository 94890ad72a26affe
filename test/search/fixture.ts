/**
 * A synthetic database for the search tests: invented codes, terms and lexicon concepts shaped like
 * the real ones (nothing copied from the official files).
 */
import {
  type CodeRecord,
  type CodeSystemId,
  code,
  file,
  lexicon,
  type Medcodes,
  note,
  openSyntheticDatabase,
  recordsPlugin,
  release,
  type SourceRecord,
  term,
} from '../support/records.js';

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

function codes(system: CodeSystemId, rel: string, rows: Row[]): SourceRecord[] {
  return rows.map(([key, c, kind, display, parent, short], i) =>
    code(system, rel, key, { code: c, kind, display, shortDisplay: short ?? null, parent, order: i + 1 }),
  );
}

const pcsTerm = (key: string, text: string) => term(key, text, { system: 'icd10pcs', kind: 'pcsIndex' });

const RECORDS: SourceRecord[] = [
  release('icd10cm', '2026'),
  ...codes('icd10cm', '2026', CM),
  term('Q93', 'Fever, zorp'),
  term('Q919', 'Shiver, invented (chronic) (mild), tremble'),
  term('Q919', 'Glorp, invented'),
  note('icd10cm', 'Q93', 'inclusionTerm', 'Gleep of the knee'),
  file('icd10cm', '2026'),
  release('icd10pcs', '2026'),
  ...codes('icd10pcs', '2026', PCS),
  pcsTerm('0SRC', 'Replacement, Knee Joint, Right'),
  pcsTerm('0SRD', 'Replacement, Knee Joint, Left'),
  file('icd10pcs', '2026'),
  release('hcpcs', '2025-10'),
  ...codes('hcpcs', '2025-10', HCPCS),
  file('hcpcs', '2025-10'),
];

const LEXICON: SourceRecord[] = [
  lexicon('mesh', 'D000001', 'Tremble Syndrome', { terms: ['Glorp Tremor'], url: 'https://meshb.nlm.nih.gov/record/ui?ui=D000001' }),
  lexicon('medlineplus', 'https://medlineplus.gov/shakes.html', 'Heart Wobble', { sourceRelease: '2024-06-06', targets: ['D000001'] }),
  lexicon('medquad', 'https://example.nih.gov/knee', 'Knee Replacement', { sourceRelease: '2017', terms: ['Knee arthroplasty'] }),
];

/** Both plug-ins file their records under ICD-10-CM, as the search tests were first written. */
export async function buildSearchFixture(): Promise<Medcodes> {
  const { medcodes } = await openSyntheticDatabase([recordsPlugin('icd10cm', () => RECORDS), recordsPlugin('icd10cm', () => LEXICON)], {
    prefix: 'medcodes-search-',
  });
  return medcodes;
}
