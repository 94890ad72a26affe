import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import type { NoteRecord, ReleaseRecord, SourceRecord, TermRecord } from '../../src/core/records.js';
import { looseXmlName } from '../../src/sources/icd10cm/detect.js';
import { icd10cmPlugin } from '../../src/sources/icd10cm/index.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const FIXTURE = resolve(RELEASE_FIXTURES, 'icd10cm-updates');

describe('ICD-10-CM file names of FY2016–FY2027 and the April updates', () => {
  const cases: Array<[string, ReturnType<typeof looseXmlName>]> = [
    ['icd10cm_tabular_2021.xml', { role: 'tabular', year: '2021', april: false }],
    ['icd10cm_tabular_2024.xml', { role: 'tabular', year: '2024', april: false }],
    ['icd-10-cm-drug-2025.xml.gz', { role: 'drug', year: '2025', april: false }],
    ['icd10cm-tabular-2026.xml', { role: 'tabular', year: '2026', april: false }],
    ['icd10cm-eindex-2027.xml', { role: 'eindex', year: '2027', april: false }],
    ['icd10cm-tabular-April-2025.xml', { role: 'tabular', year: '2025', april: true }],
    ['icd10cm_index_2024_April_1.xml', { role: 'index', year: '2024', april: true }],
    ['icd10cm_order_2026.txt', null],
    ['icd10cm-tabular-2026.xsd', null],
  ];
  for (const [name, expected] of cases) it(`${name}`, () => assert.deepEqual(looseXmlName(name), expected));
});

describe('ICD-10-CM FY2024–FY2027 XML and the April updates (synthetic fixtures in the official schemas)', () => {
  let records: SourceRecord[];
  const read = async (detection: Awaited<ReturnType<typeof icd10cmPlugin.detect>>) => {
    const out: SourceRecord[] = [];
    for await (const r of icd10cmPlugin.read(detection, { newestOnly: false, cptDescriptorsFromCmsFiles: false })) out.push(r);
    return out;
  };
  before(async () => {
    records = await read(await icd10cmPlugin.detect(FIXTURE));
  });

  it('detects every file by its FY2024–FY2027 name, in zips and loose; the April FY2025 tabular replaces the October one', async () => {
    const detection = await icd10cmPlugin.detect(FIXTURE);
    const got = detection.files.map((f) => `${f.role} ${f.release} ${f.path}`).sort();
    assert.deepEqual(got, [
      'index 2026 icd10cm/2026/icd10cm-table-index-2026.zip!/icd10cm-index-2026.xml',
      'order 2026 icd10cm/2026/2026-code-descriptions-tabular-order.zip!/Code Descriptions/icd10cm_order_2026.txt',
      'order 2026-04 icd10cm/2026/april-1-2026-code-descriptions-tabular-order.zip!/icd10cm_order_2026.txt',
      'tabular 2024 icd10cm/2024/icd10cm_tabular_2024.xml',
      'tabular 2025 icd10cm/2025/icd10cm-tabular-April-2025.xml',
      'tabular 2026 icd10cm/2026/icd10cm-table-index-2026.zip!/icd10cm-tabular-2026.xml',
      'tabular 2027 icd10cm/2027/icd10cm-tabular-2027.xml',
    ]);
  });

  it('makes the April update a release of its own: October ends March 31, April runs to September 30', () => {
    const releases = records.filter((r): r is ReleaseRecord => r.type === 'release');
    assert.deepEqual(
      releases.map((r) => [r.release, r.label, r.effectiveFrom, r.effectiveTo]),
      [
        ['2026', 'FY2026', '2025-10-01', '2026-03-31'],
        ['2026-04', 'FY2026 April update', '2026-04-01', '2026-09-30'],
      ],
    );
    const codes = (release: string) =>
      records.filter((r) => r.type === 'code' && r.release === release).map((r) => (r as { key: string }).key);
    assert.equal(codes('2026').includes('E11B'), false);
    assert.equal(codes('2026-04').includes('E11B'), true);
  });

  it('takes notes from the newest XML (FY2027), drops <old> text and keeps <new> text', () => {
    const notes = records.filter((r): r is NoteRecord => r.type === 'note');
    const e11 = notes.filter((n) => n.key === 'E11');
    assert.deepEqual(
      e11.map((n) => [n.sourceRelease, n.kind, n.text]),
      [['2027', 'includes', 'invented includes note of FY2027']],
    );
  });

  it('reads the April FY2025 tabular in place of the October FY2025 one', async () => {
    const detection = await icd10cmPlugin.detect(FIXTURE);
    const only2025 = {
      ...detection,
      files: detection.files.filter((f) => f.role !== 'tabular' || f.release === '2025'),
    };
    const rs = await read(only2025);
    const e11 = rs.filter((r): r is NoteRecord => r.type === 'note' && r.key === 'E11');
    assert.deepEqual(
      e11.map((n) => n.text),
      ['invented includes note of the April FY2025 update'],
    );
  });

  it('does not take a deactivated range for a code or its description for the section', () => {
    const keys = records.filter((r) => r.type === 'code').map((r) => (r as { key: string }).key);
    assert.equal(
      keys.some((k) => k.startsWith('E13')),
      false,
    );
    const section = records.find((r) => r.type === 'code' && (r as { key: string }).key === 'E08-E13') as
      | { title?: string; longTitle?: string }
      | undefined;
    assert.doesNotMatch(JSON.stringify(section), /not a code/);
  });

  it('reads index terms of the FY2026 index XML without the <old> words', () => {
    const terms = records.filter((r): r is TermRecord => r.type === 'term');
    const texts = terms.map((t) => JSON.stringify(t));
    assert.ok(
      texts.some((t) => /new subterm/.test(t)),
      texts.join('\n'),
    );
    assert.ok(!texts.some((t) => /old subterm/.test(t)));
  });
});
