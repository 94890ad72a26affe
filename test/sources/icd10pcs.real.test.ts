/** ICD-10-PCS plug-in against the official files (skipped with the reason when they are absent). */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { AxisRecord, CodeRecord, DefinitionRecord, SourceFileRecord, SourceRecord } from '../../src/core/records.js';
import { composePcsTitle } from '../../src/sources/icd10pcs/compose-title.js';
import { icd10pcsPlugin } from '../../src/sources/icd10pcs/index.js';
import { realSources } from '../support/sources.js';
import { resolveAxisLabel } from './icd10pcs-axis-resolver.js';

const { dir, skipReason } = realSources();

describe('ICD-10-PCS official files', { skip: skipReason }, () => {
  /** Every record except the codes of releases before 2026 (kept as keys and parents only). */
  const records: SourceRecord[] = [];
  const keys = new Set<string>();
  const parents: Array<[string, string]> = [];
  const orphans: string[] = [];
  let codeCount = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  const codes2026 = () => records.filter((r): r is CodeRecord => r.type === 'code' && r.release === '2026' && r.kind === 'code');

  before(async () => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const detection = await icd10pcsPlugin.detect(dir as string);
    const checkRelease = () => {
      orphans.push(...parents.filter(([parent]) => !keys.has(parent)).map(([, child]) => child));
      keys.clear();
      parents.length = 0;
    };
    for await (const r of icd10pcsPlugin.read(detection, { cptDescriptorsFromCmsFiles: false, newestOnly: false })) {
      if (r.type === 'release') checkRelease();
      if (r.type === 'code') {
        codeCount += 1;
        keys.add(r.key);
        if (r.parent !== null) parents.push([r.parent, `${r.release} ${r.key}`]);
        if (r.release !== '2026') continue;
      }
      records.push(r);
    }
    checkRelease();
    seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
  });

  it('reads all releases in well under 45 s of CPU', () => {
    console.log(
      `icd10pcs: ${codeCount} codes and nodes in 13 releases read in ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU`,
    );
    // CPU time, not wall time: the wall clock depends on what else the machine runs.
    assert.ok(cpuSeconds < 45, `${cpuSeconds} s CPU`);
  });

  it('has FY2014–FY2026 with complete hierarchies', () => {
    const releases = records.filter((r) => r.type === 'release').map((r) => r.release);
    assert.deepEqual(
      releases,
      Array.from({ length: 13 }, (_, i) => String(2014 + i)),
    );
    const keys = new Set(records.filter((r): r is CodeRecord => r.type === 'code').map((c) => `${c.release}|${c.key}`));
    for (const c of records)
      if (c.type === 'code' && c.parent !== null)
        assert.ok(keys.has(`${c.release}|${c.parent}`), `${c.release} ${c.key}: parent ${c.parent}`);
  });

  it('FY2026 order file has 79,115 valid codes and the tables enumerate exactly those', () => {
    const orderCodes = new Set(codes2026().map((c) => c.key));
    assert.equal(orderCodes.size, 79115);
    // The plug-in enumerates the tables once and cross-checks them with the order file itself.
    const tables = records.find((r): r is SourceFileRecord => r.type === 'file' && r.role === 'tables');
    assert.equal(tables?.counts.codes, 79115);
    assert.equal(tables?.counts.orderFileCodesCompared, 79115);
    assert.deepEqual(tables?.problems, []);
  });

  it('composes every FY2026 long title exactly as the order file gives it', () => {
    const mismatches = codes2026().filter((c) => c.attributes?.composedTitle !== undefined);
    for (const c of mismatches.slice(0, 10))
      console.log(`${c.key}\n  official: ${c.display}\n  composed: ${String(c.attributes?.composedTitle)}`);
    console.log(`composed-title mismatches: ${mismatches.length} of ${codes2026().length}`);
    assert.equal(mismatches.length, 0);
  });

  it('0SRC0JZ has seven labelled axes', async () => {
    const code = codes2026().find((c) => c.key === '0SRC0JZ');
    assert.equal(code?.display, 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach');
    const axes = records.filter((r): r is AxisRecord => r.type === 'axis');
    const label = (prefix: string, position: number, value: string) =>
      axes.find((a) => a.prefix === prefix && a.position === position && a.value === value)?.label;
    assert.deepEqual(
      [
        label('', 1, '0'),
        label('0', 2, 'S'),
        label('0S', 3, 'R'),
        label('0SR', 4, 'C'),
        label('0SR', 5, '0'),
        label('0SR', 6, 'J'),
        label('0SR', 7, 'Z'),
      ],
      ['Medical and Surgical', 'Lower Joints', 'Replacement', 'Knee Joint, Right', 'Open', 'Synthetic Substitute', 'No Qualifier'],
    );
    const all = [...new Set(axes.map((a) => a.position))].sort();
    assert.deepEqual(all, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(
      composePcsTitle(
        [1, 2, 3, 4, 5, 6, 7].map((p) => ({
          position: p,
          name: '',
          value: '0SRC0JZ'[p - 1] ?? '',
          label: label(p === 1 ? '' : '0SRC0JZ'.slice(0, Math.min(p - 1, 3)), p, '0SRC0JZ'[p - 1] ?? '') ?? '',
        })),
      ),
      'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach',
    );
  });

  it("gives a value that means different things in different rows of a table its row's label", () => {
    const axes = records.filter((r): r is AxisRecord => r.type === 'axis');
    // Table 3E0, qualifier 0: "Influenza Vaccine" (subcutaneous vaccine row), "Autologous" (islet cells row).
    assert.equal(resolveAxisLabel(axes, '3E01340', 7), 'Influenza Vaccine');
    assert.equal(resolveAxisLabel(axes, '3E030U0', 7), 'Autologous');
    const tables = records.find((r): r is SourceFileRecord => r.type === 'file' && r.role === 'tables');
    assert.equal(tables?.counts.axisValuesWithSeveralLabels, 34);
    assert.ok((tables?.counts.rowSpecificAxisLabels ?? 0) > 0);
    console.log(
      `row-specific axis labels: ${tables?.counts.rowSpecificAxisLabels}; labels that depend on a later character: ${tables?.counts.axisLabelsNeedingLaterCharacters}`,
    );
  });

  it('has definitions for Replacement and the Open approach', () => {
    const defs = records.filter((r): r is DefinitionRecord => r.type === 'definition');
    const replacement = defs.find((d) => d.section === '0' && d.position === 3 && d.term === 'Replacement');
    assert.match(replacement?.definition ?? '', /takes the place/);
    const open = defs.find((d) => d.section === '0' && d.position === 5 && d.term === 'Open');
    assert.ok(open?.definition);
    console.log(
      `definitions: ${defs.length}; axes: ${records.filter((r) => r.type === 'axis').length}; index terms: ${records.filter((r) => r.type === 'term').length}`,
    );
  });
});
