/**
 * The GEM, CMS-HCC and changes plug-ins. They yield no codes, so the shared contract's code checks
 * pass vacuously (releases [] or the change list's incomplete release); the tests below check the
 * records they do yield.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeChangeRecord, CrosswalkRecord, HccMappingRecord, ReplacementRecord, SourceRecord } from '../../src/core/records.js';
import { changesPlugin } from '../../src/sources/changes/index.js';
import { gemsPlugin } from '../../src/sources/gems/index.js';
import { hccPlugin } from '../../src/sources/hcc/index.js';
import { collect, runSourceContract } from '../support/contract.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const FIXTURE = join(RELEASE_FIXTURES, 'crosswalks');
const of = <T extends SourceRecord['type']>(records: SourceRecord[], type: T) =>
  records.filter((r): r is Extract<SourceRecord, { type: T }> => r.type === type);

runSourceContract({
  plugin: gemsPlugin,
  fixtureDir: FIXTURE,
  brokenDir: join(RELEASE_FIXTURES, 'gems-broken'),
  releases: [],
  someKeys: [],
  brokenMessage: /icd10cmtoicd9gem\.csv, line 4: column combination is "0" but the flags "10111" say 1/,
  // 10→9: Q90 no map, Q911A, Q919 ×3 (7589 only in the FY2018 pairs); 9→10: 3 rows; PCS: 2 + 1 rows.
  counts: { crosswalk: 11, file: 5 },
  sample: {
    type: 'crosswalk',
    source: 'gem-cm',
    sourceRelease: 'FY2018',
    fromSystem: 'icd10cm',
    fromKey: 'Q919',
    toSystem: 'icd9cm',
    toKey: '7581',
    approximate: true,
    noMap: false,
    combination: true,
    scenario: 1,
    choiceList: 1,
    flags: '10111',
  },
});

runSourceContract({
  plugin: hccPlugin,
  fixtureDir: FIXTURE,
  brokenDir: join(RELEASE_FIXTURES, 'hcc-broken'),
  releases: [],
  someKeys: [],
  brokenMessage: /Mappings\.csv\.gz, line 27: CMS-HCC V24 category "x9" of Q911A is not a number/,
  // Q911A in four models (ESRD V24 19, V24 19, V28 38, RxHCC 31), Q919 in one.
  counts: { hccMapping: 5, file: 1 },
  sample: {
    type: 'hccMapping',
    system: 'icd10cm',
    key: 'Q911A',
    sourceRelease: 'PY2026 initial',
    model: 'CMS-HCC ESRD V24',
    category: '19',
    inPreviousYear: null,
  },
});

runSourceContract({
  plugin: changesPlugin,
  fixtureDir: FIXTURE,
  brokenDir: join(RELEASE_FIXTURES, 'changes-broken'),
  releases: ['2027'],
  someKeys: [],
  brokenMessage: /deleted\.csv, line 3: wasBillable "maybe" is not true or false/,
  // One row in each of deleted, revised and billable-status-changes; four rows of the conversion table.
  counts: { release: 1, change: 3, replacement: 4, file: 4 },
  sample: {
    type: 'change',
    system: 'icd10cm',
    release: '2027',
    key: 'Q919',
    code: 'Q91.9',
    change: 'billable-changed',
    effectiveDate: '2026-10-01',
    displayBefore: 'Invented code, revised',
    displayAfter: 'Invented code, revised',
    billableBefore: true,
    billableAfter: false,
    source: 'fy2027-changes/billable-status-changes.csv',
  },
});

describe('GEM plug-in', () => {
  it('spells out every flag, both directions, and merges the FY2018 pairs with the flagged edition', async () => {
    const rows = of(await collect(gemsPlugin, FIXTURE), 'crosswalk');
    const q919 = rows.filter((r) => r.fromKey === 'Q919');
    assert.deepEqual(
      q919.map((r) => [r.toKey, r.flags, r.combination, r.scenario, r.choiceList, r.sourceRelease]),
      [
        ['7581', '10111', true, 1, 1, 'FY2018'],
        ['99591', '10112', true, 1, 2, 'FY2018'],
        ['7589', null, null, null, null, 'FY2018'],
      ],
    );
    const noMap = rows.find((r) => r.fromKey === 'Q90') as CrosswalkRecord;
    assert.deepEqual([noMap.toKey, noMap.noMap, noMap.approximate, noMap.sourceRelease], [null, true, true, 'undated']);
    const pcs = rows
      .filter((r) => r.source === 'gem-pcs' && r.toKey !== null)
      .map((r) => `${r.fromSystem}:${r.fromKey}→${r.toSystem}:${r.toKey}`);
    assert.deepEqual(pcs.sort(), ['icd10pcs:0SRC0JZ→icd9pcs:8154', 'icd9pcs:8154→icd10pcs:0SRC0JZ']);
    assert.ok(rows.some((r) => r.fromSystem === 'icd9cm' && r.fromKey === '7580' && r.toKey === 'Q911A'));
  });
});

describe('CMS-HCC plug-in', () => {
  it('reads every model column of the multi-line header, with the previous-year flag', async () => {
    const rows = of(await collect(hccPlugin, FIXTURE), 'hccMapping') as HccMappingRecord[];
    assert.deepEqual(
      rows.filter((r) => r.key === 'Q911A').map((r) => [r.model, r.category, r.inPreviousYear]),
      [
        ['CMS-HCC ESRD V24', '19', null],
        ['CMS-HCC V24', '19', true],
        ['CMS-HCC V28', '38', false],
        ['RxHCC V08', '31', null],
      ],
    );
    assert.equal(rows[0]?.sourceRelease, 'PY2026 initial');
  });
});

describe('ICD-10-CM changes plug-in', () => {
  it('applies the change list as an incomplete FY2027 release effective 2026-10-01, with no codes', async () => {
    const records = await collect(changesPlugin, FIXTURE);
    assert.deepEqual(of(records, 'release'), [
      {
        type: 'release',
        system: 'icd10cm',
        release: '2027',
        label: 'FY2027 changes',
        effectiveFrom: '2026-10-01',
        effectiveTo: '2027-09-30',
        complete: false,
      },
    ]);
    assert.equal(of(records, 'code').length, 0);
    const changes = of(records, 'change') as CodeChangeRecord[];
    assert.deepEqual(changes.map((c) => `${c.key} ${c.change} ${c.effectiveDate}`).sort(), [
      'Q911A deleted 2026-10-01',
      'Q919 billable-changed 2026-10-01',
      'Q919 revised 2026-10-01',
    ]);
  });

  it('reads the conversion table: years mean October 1, dates are kept, ranges and lists are split', async () => {
    const rows = of(await collect(changesPlugin, FIXTURE), 'replacement') as ReplacementRecord[];
    assert.deepEqual(
      rows.map((r) => [r.newKey, r.oldKey, r.oldKeyEnd, r.effectiveDate]),
      [
        ['Q911A', 'Q90', null, '2025-10-01'],
        ['Q919', 'Q901', null, '2023-04-01'],
        ['Q919', 'Q902', null, '2023-04-01'],
        ['Q919', 'Q903', 'Q905', '2023-04-01'],
      ],
    );
  });

  it('skips a change list when the complete release of that year is present', async () => {
    const detection = await changesPlugin.detect(join(RELEASE_FIXTURES, 'icd10cm'));
    assert.ok(detection.files.every((f) => !f.role.startsWith('changes-')));
  });
});
