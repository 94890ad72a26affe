import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { SourceError } from '../../src/core/errors.js';
import type { AxisRecord, CodeRecord, DefinitionRecord, SourceFileRecord, TermRecord } from '../../src/core/records.js';
import { streamXmlElements } from '../../src/sources/files/xml.js';
import { composePcsTitle } from '../../src/sources/icd10pcs/compose-title.js';
import { labelsFromHeaderTitle } from '../../src/sources/icd10pcs/hierarchy.js';
import { icd10pcsPlugin } from '../../src/sources/icd10pcs/index.js';
import { parseOrderLine } from '../../src/sources/icd10pcs/order-file.js';
import { LineSplitter } from '../../src/sources/icd10pcs/read-order.js';
import { readPcsTable } from '../../src/sources/icd10pcs/tables.js';
import { devicePhrase, invertLabel } from '../../src/sources/icd10pcs/title-phrases.js';
import { collect, runSourceContract } from '../support/contract.js';
import { RELEASE_FIXTURES } from '../support/sources.js';
import { resolveAxisLabel } from './icd10pcs-axis-resolver.js';

const FIXTURE = `${RELEASE_FIXTURES}/icd10pcs`;
const BROKEN = `${RELEASE_FIXTURES}/icd10pcs-broken`;

runSourceContract({
  plugin: icd10pcsPlugin,
  fixtureDir: FIXTURE,
  brokenDir: BROKEN,
  releases: ['2025', '2026'],
  someKeys: ['0SRC0JZ', '0SR', '0S', '0', 'BW21ZZZ', 'GZ3ZZZZ'],
  brokenMessage: /icd10pcs_order_2026\.txt, line 5: expected valid flag 0 or 1/,
});

/** Seven axes from a code and its labels. */
function axes(code: string, labels: string[]) {
  return labels.map((label, i) => ({ position: i + 1, name: '', value: code[i] ?? '', label }));
}

describe('composePcsTitle', () => {
  it('Medical and Surgical: operation of body part with device, approach; No Qualifier left out', () => {
    const title = composePcsTitle(
      axes('0SR90JZ', [
        'Medical and Surgical',
        'Lower Joints',
        'Replacement',
        'Hip Joint, Right',
        'Open',
        'Synthetic Substitute',
        'No Qualifier',
      ]),
    );
    assert.equal(title, 'Replacement of Right Hip Joint with Synthetic Substitute, Open Approach');
  });
  it('Medical and Surgical: operations without "of", devices before body part, qualifier after approach', () => {
    const m = (code: string, labels: string[]) => composePcsTitle(axes(code, ['Medical and Surgical', 'x', ...labels]));
    assert.equal(
      m('0SQ90ZZ', ['Repair', 'Hip Joint, Right', 'Open', 'No Device', 'No Qualifier']),
      'Repair Right Hip Joint, Open Approach',
    );
    assert.equal(
      m('0TP937Z', ['Removal', 'Ureter', 'Percutaneous', 'Autologous Tissue Substitute', 'No Qualifier']),
      'Removal of Autologous Tissue Substitute from Ureter, Percutaneous Approach',
    );
    assert.equal(
      m('06910ZX', ['Drainage', 'Splenic Vein', 'Open', 'No Device', 'Diagnostic']),
      'Drainage of Splenic Vein, Open Approach, Diagnostic',
    );
    assert.equal(
      m('0D1H8ZL', ['Bypass', 'Cecum', 'Via Natural or Artificial Opening Endoscopic', 'No Device', 'Transverse Colon']),
      'Bypass Cecum to Transverse Colon, Via Natural or Artificial Opening Endoscopic',
    );
    assert.equal(
      m('0DCH8ZZ', ['Extirpation', 'Cecum', 'Percutaneous', 'No Device', 'No Qualifier']),
      'Extirpation of Matter from Cecum, Percutaneous Approach',
    );
  });
  it('New Technology: the New Technology Group qualifier comes last', () => {
    const title = composePcsTitle(
      axes('XW043K9', [
        'New Technology',
        'Anatomical Regions',
        'Introduction',
        'Central Vein',
        'Percutaneous',
        'Sulbactam-Durlobactam',
        'New Technology Group 9',
      ]),
    );
    assert.equal(title, 'Introduction of Sulbactam-Durlobactam into Central Vein, Percutaneous Approach, New Technology Group 9');
  });
  it('Imaging: type of body part; None values left out', () => {
    const title = composePcsTitle(
      axes('BW20ZZZ', ['Imaging', 'Anatomical Regions', 'Computerized Tomography (CT Scan)', 'Abdomen', 'None', 'None', 'None']),
    );
    assert.equal(title, 'Computerized Tomography (CT Scan) of Abdomen');
  });
  it('Mental Health and Substance Abuse Treatment: type, then qualifier', () => {
    assert.equal(
      composePcsTitle(axes('GZ3ZZZZ', ['Mental Health', 'None', 'Medication Management', 'None', 'None', 'None', 'None'])),
      'Medication Management',
    );
    assert.equal(
      composePcsTitle(
        axes('GZ58ZZZ', ['Mental Health', 'None', 'Individual Psychotherapy', 'Cognitive-Behavioral', 'None', 'None', 'None']),
      ),
      'Individual Psychotherapy, Cognitive-Behavioral',
    );
    assert.equal(
      composePcsTitle(axes('HZ94ZZZ', ['Substance Abuse Treatment', 'None', 'Pharmacotherapy', 'Naltrexone', 'None', 'None', 'None'])),
      'Pharmacotherapy for Substance Abuse Treatment, Naltrexone',
    );
  });
  it('writes labels in title order', () => {
    assert.equal(invertLabel('Knee Joint, Right'), 'Right Knee Joint');
    assert.equal(invertLabel('Lymphatic, Internal Mammary, Right'), 'Right Internal Mammary Lymphatic');
    assert.equal(invertLabel('Coronary Artery, One Artery'), 'Coronary Artery, One Artery');
    assert.equal(devicePhrase('Intraluminal Device, Drug-eluting, Two'), 'Two Drug-eluting Intraluminal Devices');
    assert.equal(devicePhrase('Cardiac Lead, Pacemaker'), 'Pacemaker Lead');
  });
});

describe('order file lines and header labels', () => {
  it('parses the fixed-width line', () => {
    const line = `00002 0SRC0JZ 1 ${'Replacement of R Knee Jt with Synth Sub, Open Approach'.padEnd(60)} Replacement of Right Knee Joint with Synthetic Substitute, Open Approach`;
    assert.deepEqual(parseOrderLine(line, 2, 'f.txt'), {
      order: 2,
      code: '0SRC0JZ',
      valid: true,
      shortTitle: 'Replacement of R Knee Jt with Synth Sub, Open Approach',
      longTitle: 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach',
    });
    assert.throws(() => parseOrderLine('00002 0SRC0JZ 1 short', 7, 'f.txt'), /f\.txt, line 7: expected at least 78 characters/);
  });
  it('splits chunked text into numbered lines like readline (CRLF across chunks, LF, CR, no final newline)', () => {
    const splitter = new LineSplitter();
    const out: Array<{ line: string; number: number }> = [];
    for (const chunk of ['00001 a\r', '\n00002 b\n\r\n', '00004 c\r00005 d']) splitter.push(chunk, out);
    splitter.end(out);
    assert.deepEqual(
      out.map((l) => `${l.number}:${l.line}`),
      ['1:00001 a', '2:00002 b', '3:', '4:00004 c', '5:00005 d'],
    );
  });
  it('reads section and body system from a header title', () => {
    assert.deepEqual(labelsFromHeaderTitle('09Q', 'Ear, Nose, Sinus, Repair'), { section: null, bodySystem: 'Ear, Nose, Sinus' });
    assert.deepEqual(labelsFromHeaderTitle('XV5', 'New Technology, Male Reproductive System, Destruction'), {
      section: 'New Technology',
      bodySystem: 'Male Reproductive System',
    });
    assert.deepEqual(labelsFromHeaderTitle('GZ3', 'Mental Health, Medication Management'), {
      section: 'Mental Health',
      bodySystem: 'None',
    });
  });
});

describe('ICD-10-PCS mini release', async () => {
  const records = await collect(icd10pcsPlugin, FIXTURE);
  const codes = records.filter((r): r is CodeRecord => r.type === 'code');
  const get = (release: string, key: string) => codes.find((c) => c.release === release && c.key === key);

  it('builds the hierarchy section > body system > table > code', () => {
    assert.equal(get('2026', '0')?.display, 'Medical and Surgical');
    assert.deepEqual([get('2026', '0S')?.display, get('2026', '0S')?.parent, get('2026', '0S')?.kind], ['Lower Joints', '0', 'section']);
    assert.deepEqual([get('2026', '0SR')?.kind, get('2026', '0SR')?.parent, get('2026', '0SR')?.billable], ['header', '0S', false]);
    assert.deepEqual([get('2026', '0SRC0JZ')?.parent, get('2026', '0SRC0JZ')?.billable], ['0SR', true]);
  });
  it('falls back to the header title for body systems the tables do not know, and reports it', () => {
    assert.equal(get('2025', 'XV')?.display, 'Male Reproductive System');
    assert.equal(get('2025', 'X')?.display, 'New Technology');
    const file = records.find((r): r is SourceFileRecord => r.type === 'file' && r.release === '2025' && r.role === 'order');
    assert.ok(file?.problems.some((p) => p.includes('XV "Male Reproductive System"')));
  });
  it('uses the order-file title and keeps a differing composed title as an attribute', () => {
    const code = get('2026', '0SRC0JZ');
    assert.equal(code?.display, 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach');
    assert.equal(code?.shortDisplay, 'Replacement of R Knee Jt with Synth Sub, Open Approach');
    assert.equal(code?.attributes, undefined);
  });
  it('yields axis records with the documented prefixes', () => {
    const ax = records.filter((r): r is AxisRecord => r.type === 'axis');
    const find = (prefix: string, position: number, value: string) =>
      ax.find((a) => a.prefix === prefix && a.position === position && a.value === value);
    assert.equal(find('', 1, '0')?.label, 'Medical and Surgical');
    assert.equal(find('0', 2, 'S')?.label, 'Lower Joints');
    assert.equal(find('0S', 3, 'R')?.name, 'Operation');
    assert.deepEqual([find('0SR', 4, 'C')?.label, find('0SR', 4, 'C')?.name], ['Knee Joint, Right', 'Body Part']);
    assert.equal(find('0SR', 7, 'Z')?.label, 'No Qualifier');
  });
  it('reads definitions, one record per title', () => {
    const defs = records.filter((r): r is DefinitionRecord => r.type === 'definition');
    const replacement = defs.find((d) => d.term === 'Replacement');
    assert.deepEqual([replacement?.section, replacement?.position, replacement?.axisName], ['0', 3, 'Operation']);
    assert.match(replacement?.explanation ?? '', /^The body part may have been taken out/);
    const knees = defs.filter((d) => d.term.startsWith('Knee Joint'));
    assert.deepEqual(
      knees.map((k) => [k.term, k.includes]),
      [
        ['Knee Joint, Left', ['Femorotibial joint', 'Tibiofemoral joint']],
        ['Knee Joint, Right', ['Femorotibial joint', 'Tibiofemoral joint']],
      ],
    );
  });
  it('reads index terms with full paths, normalised keys and see/use detail', () => {
    const terms = records.filter((r): r is TermRecord => r.type === 'term');
    assert.deepEqual(
      terms.map((t) => [t.key, t.text, t.detail ?? null, t.sourceRelease]),
      [
        ['0SRC', 'Arthroplasty, Knee, Right', null, '2023'],
        ['0SR', 'Knee replacement', 'see Replacement, Lower Joints', '2023'],
        ['BW20ZZZ', 'Tomography, computerized, Abdomen', null, '2023'],
      ],
    );
    const index = records.find((r): r is SourceFileRecord => r.type === 'file' && r.role === 'index');
    assert.equal(index?.counts.crossReferencesWithoutCode, 1);
  });
  it('reports the tables cross-check with no problems', () => {
    const tables = records.find((r): r is SourceFileRecord => r.type === 'file' && r.role === 'tables');
    assert.deepEqual(tables?.problems, []);
    assert.equal(tables?.counts.codes, 11);
  });
  it('keys a label that differs between rows of one table by all the preceding characters', () => {
    const ax = records.filter((r): r is AxisRecord => r.type === 'axis');
    const label = (code: string, position: number) => resolveAxisLabel(ax, code, position);
    // Table 3E0: qualifier 0 is "Autologous" for 4 codes (the table's label), "Influenza Vaccine" in one row.
    assert.deepEqual(
      ax.filter((a) => a.position === 7 && a.value === '0').map((a) => [a.prefix, a.label]),
      [
        ['3E0', 'Autologous'],
        ['3E0134', 'Influenza Vaccine'],
      ],
    );
    assert.equal(label('3E01340', 7), 'Influenza Vaccine');
    assert.equal(label('3E030U0', 7), 'Autologous');
    assert.equal(label('3E033U0', 7), 'Autologous');
    assert.equal(label('3E0134Z', 7), 'No Qualifier');
    const tables = records.find((r): r is SourceFileRecord => r.type === 'file' && r.role === 'tables');
    assert.deepEqual(
      [tables?.counts.axisValuesWithSeveralLabels, tables?.counts.rowSpecificAxisLabels, tables?.counts.axisLabelsNeedingLaterCharacters],
      [1, 1, 0],
    );
  });
  it('honours newestOnly', async () => {
    const newest = await collect(icd10pcsPlugin, FIXTURE, { newestOnly: true });
    assert.deepEqual(
      newest.filter((r) => r.type === 'release').map((r) => r.release),
      ['2026'],
    );
  });
});

describe('tables XML validation', () => {
  it('names the element and position of a missing attribute', async () => {
    const xml = `<ICD10PCS.tabular><pcsTable>
      <axis pos="1" values="1"><title>Section</title><label code="0">Medical and Surgical</label></axis>
      <axis pos="2" values="1"><title>Body System</title><label>Lower Joints</label></axis>
    </pcsTable></ICD10PCS.tabular>`;
    const elements = streamXmlElements(Readable.from([xml]), 'tables.xml', new Set(['pcsTable']));
    await assert.rejects(
      (async () => {
        for await (const el of elements) readPcsTable('tables.xml', el);
      })(),
      (err: unknown) =>
        err instanceof SourceError &&
        /tables\.xml, pcsTable 1 > axis 2 \(pos 2\) > label 1, line 3: <label> has no "code" attribute/.test(err.message),
    );
  });
});
