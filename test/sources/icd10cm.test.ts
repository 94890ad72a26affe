import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { before, describe, it } from 'node:test';
import { SourceError } from '../../src/core/errors.js';
import type { CodeRecord, NoteRecord, SevenCharRecord, SourceFileRecord, SourceRecord, TermRecord } from '../../src/core/records.js';
import { icd10cmPlugin } from '../../src/sources/icd10cm/index.js';
import { indexCodeKey } from '../../src/sources/icd10cm/index-terms.js';
import { tableHeading } from '../../src/sources/icd10cm/index-xml.js';
import { decodeTitle, displayCode, parseOrderLine, readOrderFile } from '../../src/sources/icd10cm/order-file.js';
import { chooseCatalogue, groupCategories, type SectionCatalogue, sectionKey } from '../../src/sources/icd10cm/sections.js';
import { collect, runSourceContract } from '../support/contract.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const FIXTURE = resolve(RELEASE_FIXTURES, 'icd10cm');
const BROKEN = resolve(RELEASE_FIXTURES, 'icd10cm-broken');

runSourceContract({
  plugin: icd10cmPlugin,
  fixtureDir: FIXTURE,
  brokenDir: BROKEN,
  releases: ['2025', '2026'],
  someKeys: ['E119', 'S52501A', 'S52501D', 'E08-E13', 'CH4', 'CH19', 'E89-E89'],
  brokenMessage: /icd10cm\/2026\/2026-code-descriptions-tabular-order\.zip!\/icd10cm_order_2026\.txt, line 4: expected valid flag 0 or 1/,
});

const line = (order: string, code: string, flag: string, short: string, long: string) =>
  `${order} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`;

describe('icd10cm order file lines', () => {
  it('reads the fixed-width columns', () => {
    assert.deepEqual(
      parseOrderLine(
        line('00042', 'E119', '1', 'Type 2 diabetes mellitus w/o complications', 'Type 2 diabetes mellitus without complications'),
        7,
        'f',
      ),
      {
        order: 42,
        key: 'E119',
        billable: true,
        shortTitle: 'Type 2 diabetes mellitus w/o complications',
        longTitle: 'Type 2 diabetes mellitus without complications',
      },
    );
  });

  const bad: Array<[string, string, RegExp]> = [
    ['short line', '00001 E11     0 Type 2', /expected at least 78 characters/],
    ['flag', line('00001', 'E11', 'x', 'T2DM', 'Type 2 diabetes mellitus'), /expected valid flag 0 or 1 in column 15, found "x"/],
    ['code shape', line('00001', '1E1', '0', 'T2DM', 'Type 2 diabetes mellitus'), /expected an ICD-10-CM code without dot/],
    ['order number', line('0000a', 'E11', '0', 'T2DM', 'Type 2 diabetes mellitus'), /expected a 5-digit order number/],
    ['empty short title', line('00001', 'E11', '0', '', 'Type 2 diabetes mellitus'), /expected a short title/],
    ['empty long title', `${line('00001', 'E11', '0', 'T2DM', '')} `, /expected a long title/],
  ];
  for (const [name, text, message] of bad) {
    it(`rejects a bad ${name} naming file and line`, () => {
      assert.throws(
        () => parseOrderLine(text, 812, 'a.zip!/icd10cm_order_2026.txt'),
        (err: unknown) =>
          err instanceof SourceError && err.message.startsWith('a.zip!/icd10cm_order_2026.txt, line 812: ') && message.test(err.message),
      );
    });
  }

  it('decodes UTF-8 titles and keeps Latin-1 ones', () => {
    assert.equal(decodeTitle(Buffer.from("Charcôt's arthropathy", 'utf8').toString('latin1')), "Charcôt's arthropathy");
    assert.equal(decodeTitle(Buffer.from("Charcôt's arthropathy", 'latin1').toString('latin1')), "Charcôt's arthropathy");
  });

  it('formats display codes with a dot, also for QA0 (letter second)', () => {
    assert.equal(displayCode('E119'), 'E11.9');
    assert.equal(displayCode('QA01'), 'QA0.1');
    assert.equal(displayCode('E11'), 'E11');
  });

  it('links each entry to the nearest earlier prefix and rejects duplicates', async () => {
    const text = [
      line('00001', 'S52', '0', 'Fracture of forearm', 'Fracture of forearm'),
      line('00002', 'S525', '0', 'Fx lower end radius', 'Fracture of lower end of radius'),
      line('00003', 'S52501A', '1', 'Unsp fx right radius, init', 'Unspecified fracture, initial'),
    ].join('\r\n');
    const { codes } = await readOrderFile(Readable.from([text]), 'f', '2026');
    assert.deepEqual(
      codes.map((c) => [c.key, c.code, c.parent, c.kind]),
      [
        ['S52', 'S52', null, 'header'],
        ['S525', 'S52.5', 'S52', 'header'],
        ['S52501A', 'S52.501A', 'S525', 'code'],
      ],
    );
    const dup = `${text}\r\n${line('00004', 'S525', '0', 'again', 'again')}`;
    await assert.rejects(readOrderFile(Readable.from([dup]), 'f', '2026'), /f, line 4: code S525 appears twice/);
  });
});

describe('icd10cm sections', () => {
  const catalogue = (release: string, ids: string[]): SectionCatalogue => ({
    release,
    source: `s${release}`,
    chapters: [{ key: 'CH9', number: 9, first: 'I00', last: 'I99', description: 'Circulatory' }],
    sections: ids.map((id) => {
      const [first = id, last = first] = id.split('-');
      return { id, key: sectionKey(id), first, last, description: id };
    }),
    placement: new Map(),
  });
  const older = catalogue('2021', ['I10-I16', 'I30-I52']);
  const newer = catalogue('2025', ['I10-I1A', 'I30-I5A', 'I00-I99']);

  it('compares categories as strings, so I1A sorts after I19', () => {
    const g = groupCategories(newer, '2025', ['I10', 'I1A', 'I5A'], () => 1);
    assert.deepEqual(Object.fromEntries(g.parentOf), { I10: 'I10-I1A', I1A: 'I10-I1A', I5A: 'I30-I5A' });
    assert.equal(g.nodes.find((n) => n.key === 'I10-I1A')?.parent, 'I00-I99', 'a heading section holding it is its parent');
  });

  it('uses the nearest catalogue that places every category', () => {
    assert.equal(chooseCatalogue([older, newer], '2020', ['I10', 'I30'])?.release, '2021');
    assert.equal(chooseCatalogue([older, newer], '2022', ['I10', 'I5A'])?.release, '2025');
  });

  it('attaches a category no section holds to its chapter and reports it', () => {
    const g = groupCategories(older, '2026', ['I10', 'I5A'], () => 1);
    assert.equal(g.parentOf.get('I5A'), 'CH9');
    assert.deepEqual(g.problems, ['category I5A (FY2026) is in no section of s2021; attached to chapter 9 (I00-I99)']);
  });

  it('makes one-category section keys differ from the category key', () => {
    assert.equal(sectionKey('B10'), 'B10-B10');
    assert.equal(sectionKey('E08-E13'), 'E08-E13');
  });
});

describe('icd10cm index helpers', () => {
  it('normalizes partial and dashed codes', () => {
    assert.equal(indexCodeKey('S52.5-'), 'S525');
    assert.equal(indexCodeKey('E11.-'), 'E11');
    assert.equal(indexCodeKey(' C44.40 '), 'C4440');
    assert.equal(indexCodeKey('--'), null);
    assert.equal(indexCodeKey('ventral surface of tongue'), null);
  });

  it('writes drug table headings the FY2017 way', () => {
    assert.equal(tableHeading('Poisoning Accidental (unintentional)'), 'Poisoning, Accidental (unintentional)');
    assert.equal(tableHeading('Poisoning, Assault'), 'Poisoning, Assault');
    assert.equal(tableHeading('Adverse effect'), 'Adverse effect');
  });
});

describe('icd10cm mini release', () => {
  let records: SourceRecord[] = [];
  const codes = (release: string) => records.filter((r): r is CodeRecord => r.type === 'code' && r.release === release);
  const code = (release: string, key: string) => codes(release).find((c) => c.key === key);
  const notes = () => records.filter((r): r is NoteRecord => r.type === 'note');
  const terms = (kind: string) => records.filter((r): r is TermRecord => r.type === 'term' && r.kind === kind);
  const file = (suffix: string) => records.find((r): r is SourceFileRecord => r.type === 'file' && r.path.endsWith(suffix));

  before(async () => {
    records = await collect(icd10cmPlugin, FIXTURE);
  });

  it('yields releases with fiscal-year dates', () => {
    assert.deepEqual(
      records.find((r) => r.type === 'release' && r.release === '2026'),
      {
        type: 'release',
        system: 'icd10cm',
        release: '2026',
        label: 'FY2026',
        effectiveFrom: '2025-10-01',
        effectiveTo: '2026-09-30',
        complete: true,
      },
    );
  });

  it('builds chapter → section → category → code', () => {
    assert.deepEqual(code('2026', 'CH4'), {
      type: 'code',
      system: 'icd10cm',
      release: '2026',
      key: 'CH4',
      code: 'Chapter 4',
      kind: 'chapter',
      display: 'Endocrine, nutritional and metabolic diseases',
      shortDisplay: null,
      billable: false,
      parent: null,
      order: 1,
      attributes: { range: 'E00-E89' },
    });
    assert.equal(code('2026', 'E08-E13')?.display, 'Diabetes mellitus');
    assert.equal(code('2026', 'E08-E13')?.parent, 'CH4');
    assert.equal(code('2026', 'E11')?.parent, 'E08-E13');
    assert.equal(code('2026', 'E119')?.parent, 'E11');
    assert.equal(code('2026', 'E119')?.code, 'E11.9');
    assert.equal(code('2026', 'E89')?.parent, 'E89-E89');
    assert.equal(code('2026', 'S52501A')?.parent, 'S52501');
    assert.equal(code('2026', 'S52')?.parent, 'S50-S59');
  });

  it('places categories where the tabular list puts them, and reports those in no section', () => {
    assert.equal(code('2026', 'E1A')?.parent, 'E08-E13');
    assert.equal(code('2026', 'E8A')?.parent, 'CH4');
    assert.deepEqual(file('icd10cm_order_2026.txt')?.problems, [
      'category E8A (FY2026) is in no section of icd10cm/2025/derived/ICD10CM_2025_sections.csv; attached to chapter 4 (E00-E89)',
    ]);
    assert.deepEqual(file('icd10cm_order_2026.txt')?.counts, { code: 18, billable: 9, header: 9, chapter: 2, section: 4 });
  });

  it('emits only the grouping nodes that hold a category of the release', () => {
    assert.deepEqual(
      codes('2025')
        .filter((c) => c.kind === 'chapter' || c.kind === 'section')
        .map((c) => c.key)
        .sort(),
      ['CH19', 'CH4', 'E00-E07', 'E08-E13', 'E89-E89', 'S50-S59'],
    );
  });

  it('yields every note kind with its owner, newest XML first', () => {
    const byKind = new Map(notes().map((n) => [n.kind, n]));
    assert.deepEqual([...byKind.keys()].sort(), [
      'codeAlso',
      'codeFirst',
      'excludes1',
      'excludes2',
      'includes',
      'inclusionTerm',
      'notes',
      'sevenChrNote',
      'useAdditionalCode',
    ]);
    const owned = (key: string) =>
      notes()
        .filter((n) => n.key === key)
        .map((n) => [n.kind, n.text, n.order, n.sourceRelease]);
    assert.deepEqual(owned('CH4'), [
      ['excludes1', 'transitory endocrine and metabolic disorders specific to newborn (P70-P74)', 1, '2021'],
    ]);
    assert.deepEqual(owned('E08-E13'), [['notes', 'A section note written for the tests', 1, '2021']]);
    assert.deepEqual(owned('E11'), [
      ['includes', 'diabetes (mellitus) due to insulin secretory defect', 1, '2021'],
      ['includes', 'diabetes NOS', 2, '2021'],
      ['useAdditionalCode', 'code to identify control using:', 3, '2021'],
      ['useAdditionalCode', 'insulin (Z79.4)', 4, '2021'],
      ['excludes1', 'type 1 diabetes mellitus (E10.-)', 5, '2021'],
    ]);
    assert.deepEqual(owned('E1165'), [['inclusionTerm', 'Type 2 diabetes mellitus with poorly controlled diabetes', 1, '2021']]);
    assert.deepEqual(owned('E13'), [['useAdditionalCode', 'an FY2017 note of a key FY2021 lacks', 1, '2017']]);
    assert.ok(!notes().some((n) => n.text.includes('introduction')), 'introduction notes are not notes of a code');
  });

  it('yields 7th characters, FY2017 only for keys FY2021 lacks', () => {
    const seven = records.filter((r): r is SevenCharRecord => r.type === 'sevenChar');
    assert.deepEqual(
      seven.map((s) => [s.key, s.character, s.label, s.sourceRelease]),
      [
        ['S52', 'A', 'initial encounter for closed fracture', '2021'],
        ['S52', 'B', 'initial encounter for open fracture type I or II', '2021'],
        ['S52', 'D', 'subsequent encounter for closed fracture with routine healing', '2021'],
        ['S52', 'S', 'sequela', '2021'],
        ['E13', 'A', 'an FY2017 7th character of a key FY2021 lacks', '2017'],
      ],
    );
  });

  it('yields index term paths with modifiers and see details, the CSV before the older XML', () => {
    const index = terms('index').map((t) => [t.text, t.key, t.detail ?? null, t.sourceRelease]);
    assert.deepEqual(index, [
      ['Diabetes, diabetic (mellitus) (sugar)', 'E119', null, '2025'],
      ['Diabetes, diabetic (mellitus) (sugar), type 2', 'E119', null, '2025'],
      ['Diabetes, diabetic (mellitus) (sugar), with, hyperglycemia', 'E1165', null, '2025'],
      ['Diabetes, diabetic (mellitus) (sugar), with, hyperosmolarity', 'E1100', null, '2025'],
      ['Hyperglycemia, hyperglycemic (transient)', 'R739', 'see also Diabetes, by type, with hyperglycemia', '2025'],
      ['Fracture, traumatic (abrasion) (avulsion), radius, lower end', 'S5250', null, '2017'],
      ['Infarct, infarction, myocardium, myocardial (acute) NEC', 'I219', null, '2017'],
    ]);
    assert.deepEqual(file('ICD10CM_2025_Index.csv.gz')?.counts, { term: 5, alreadyYielded: 0, seeOnly: 1, heading: 1 });
    assert.deepEqual(file('icd10cm_index_2017.xml')?.counts, { term: 2, alreadyYielded: 4, seeOnly: 2, heading: 4 });
  });

  it('yields external cause terms from the FY2017 zip when no newer file exists', () => {
    assert.deepEqual(
      terms('eindex').map((t) => [t.text, t.key, t.sourceRelease]),
      [
        ['Accident (to)', 'X58', '2017'],
        ['Accident (to), boat, boating, striking swimmer, powered', 'V9411', '2017'],
      ],
    );
  });

  it('yields one term per table cell with its column heading, from the newest table', () => {
    assert.deepEqual(
      terms('drug').map((t) => [t.text, t.key, t.detail, t.sourceRelease]),
      [
        ['Acetaminophen', 'T391X1', 'Poisoning, Accidental (unintentional)', '2025'],
        ['Acetaminophen', 'T391X2', 'Poisoning, Intentional self-harm', '2025'],
        ['Acetaminophen', 'T391X5', 'Adverse effect', '2025'],
        ['Acetic, acid (liquid)', 'T542X1', 'Poisoning, Accidental (unintentional)', '2025'],
        ['Acetic, acid (liquid)', 'T542X2', 'Poisoning, Intentional self-harm', '2025'],
      ],
    );
    const neoplasm = terms('neoplasm').map((t) => [t.text, t.key, t.detail]);
    assert.deepEqual(neoplasm.slice(3), [
      ['Neoplasm, neoplastic, abdomen, abdominal', 'C762', 'Malignant Primary'],
      ['Neoplasm, neoplastic, abdomen, abdominal', 'C798', 'Malignant Secondary'],
      ['Neoplasm, neoplastic, abdomen, abdominal', 'D367', 'Benign'],
    ]);
    assert.equal(file('icd10cm_drug_2017.xml'), undefined, 'the older drug table is not read');
  });

  it('reports every file with its role and counts', () => {
    const files = records.filter((r): r is SourceFileRecord => r.type === 'file');
    assert.deepEqual(files.map((f) => [f.path, f.role]).sort(), [
      ['icd10cm/2017/ICD10CM_FY2017_Full_XML.zip!/icd10cm_eindex_2017.xml', 'eindex'],
      ['icd10cm/2017/ICD10CM_FY2017_Full_XML.zip!/icd10cm_index_2017.xml', 'index'],
      ['icd10cm/2017/ICD10CM_FY2017_Full_XML.zip!/icd10cm_tabular_2017.xml', 'tabular'],
      ['icd10cm/2021/icd10cm_tabular_2021.xml.gz', 'tabular'],
      ['icd10cm/2025/2025-code-descriptions-tabular-order.zip!/icd10cm_order_2025.txt', 'order'],
      ['icd10cm/2025/derived/ICD10CM_2025_Index.csv.gz', 'index-csv'],
      ['icd10cm/2025/derived/ICD10CM_2025_chapters.csv', 'chapters'],
      ['icd10cm/2025/derived/ICD10CM_2025_sections.csv', 'sections'],
      ['icd10cm/2025/icd-10-cm-drug-2025.xml.gz', 'drug'],
      ['icd10cm/2025/icd-10-cm-neoplasm-2025.xml.gz', 'neoplasm'],
      ['icd10cm/2026/2026-code-descriptions-tabular-order.zip!/Code Descriptions/icd10cm_order_2026.txt', 'order'],
    ]);
  });

  it('reads only the newest order file with newestOnly, and reports progress', async () => {
    const events: string[] = [];
    const some = await collect(icd10cmPlugin, FIXTURE, { newestOnly: true, onProgress: (e) => events.push(e.file) });
    assert.deepEqual(
      some.filter((r) => r.type === 'release').map((r) => r.release),
      ['2026'],
    );
    assert.ok(some.some((r) => r.type === 'note'));
    assert.ok(events.length > 0);
  });

  it('says what is missing', async () => {
    const detection = await icd10cmPlugin.detect(resolve(FIXTURE, 'nowhere'));
    assert.equal(detection.missing.length, 7);
    assert.match(detection.missing.join(' '), /no ICD-10-CM codes can be built/);
    const partial = await icd10cmPlugin.detect(BROKEN);
    assert.ok(partial.missing.some((m) => /notes and 7th-character definitions are unavailable/.test(m)));
  });
});
