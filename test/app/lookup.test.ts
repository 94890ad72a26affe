import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { AppError } from '../../src/core/errors.js';
import { buildFake } from '../support/build.js';

let medcodes: Medcodes;
before(async () => {
  ({ medcodes } = await buildFake());
});
after(() => medcodes.close());

describe('lookupCode', () => {
  it('returns the whole view of an ICD-10-CM code, with inherited notes marked and the 7th-character table', () => {
    const view = medcodes.lookupCode('icd10cm', 'q911a');
    assert.deepEqual(view, {
      system: 'icd10cm',
      systemLabel: 'ICD-10-CM',
      code: 'Q91.1A',
      display: 'Invented subcategory of the left side, first visit',
      shortDisplay: 'Invented subcat l side, first',
      kind: 'code',
      billable: true,
      release: { id: '2026', label: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' },
      current: true,
      parent: { system: 'icd10cm', code: 'Q91.1', display: 'Invented subcategory of the left side', kind: 'header', billable: false },
      ancestors: [
        { system: 'icd10cm', code: 'Chapter 9', display: 'Invented chapter', kind: 'chapter', billable: false },
        { system: 'icd10cm', code: 'Q90-Q92', display: 'Invented section', kind: 'section', billable: false },
        { system: 'icd10cm', code: 'Q91', display: 'Invented category', kind: 'header', billable: false },
        { system: 'icd10cm', code: 'Q91.1', display: 'Invented subcategory of the left side', kind: 'header', billable: false },
      ],
      children: [],
      childCount: 0,
      notes: [
        { kind: 'inclusionTerm', text: 'invented inclusion term', from: 'Q91.1', inherited: true, release: 'FY2021' },
        { kind: 'excludes1', text: 'invented exclusion (Q92.-)', from: 'Q91', inherited: true, release: 'FY2021' },
        { kind: 'notes', text: 'invented chapter note', from: 'Chapter 9', inherited: true, release: 'FY2021' },
      ],
      sevenCharacters: [{ character: 'A', label: 'first visit', from: 'Q91', release: 'FY2021' }],
      attributes: {},
      facts: [],
      releases: ['2026'],
    });
  });

  it('accepts a code in any shape', () => {
    for (const input of ['Q91.9', 'q919', ' Q91.9 ', 'q91.9']) assert.equal(medcodes.lookupCode('icd10cm', input).code, 'Q91.9', input);
  });

  it('lists the children of a header in official order', () => {
    assert.deepEqual(
      medcodes.lookupCode('icd10cm', 'Q91').children.map((c) => c.code),
      ['Q91.1', 'Q91.9'],
    );
  });

  it('shows an older release when asked, by id or label', () => {
    assert.equal(medcodes.lookupCode('icd10cm', 'Q90', '2025').release.label, 'FY2025');
    assert.equal(medcodes.lookupCode('icd10cm', 'Q90', 'FY2025').display, 'Invented retired code');
  });

  it('gives the seven axes of a PCS code with labels and definitions', () => {
    const view = medcodes.lookupCode('icd10pcs', '0src0jz');
    assert.deepEqual(view.axes, [
      { position: 1, name: 'Section', value: '0', label: 'Medical and Surgical' },
      { position: 2, name: 'Body System', value: 'S', label: 'Lower Joints' },
      {
        position: 3,
        name: 'Operation',
        value: 'R',
        label: 'Replacement',
        definition:
          'Putting in or on biological or synthetic material that physically takes the place and/or function of all or a portion of a body part',
        includes: ['Total hip replacement'],
      },
      { position: 4, name: 'Body Part', value: 'C', label: 'Knee Joint, Right' },
      { position: 5, name: 'Approach', value: '0', label: 'Open' },
      { position: 6, name: 'Device', value: 'J', label: 'Synthetic Substitute' },
      { position: 7, name: 'Qualifier', value: 'Z', label: 'No Qualifier' },
    ]);
    assert.deepEqual(
      view.ancestors.map((a) => a.code),
      ['0', '0S', '0SR'],
    );
  });

  it('names the culprit when a code, system or release is unknown', () => {
    const cases: Array<[() => unknown, string, string]> = [
      [() => medcodes.lookupCode('icd10cm', 'Q99.9'), 'not-found', 'ICD-10-CM FY2026 has no code Q99.9'],
      [() => medcodes.lookupCode('icd11', 'Q91'), 'invalid', 'unknown code system "icd11": use one of icd10cm, icd10pcs, hcpcs, cpt, pos'],
      [() => medcodes.lookupCode('icd10cm', 'Q91', '1999'), 'not-found', 'ICD-10-CM has no release "1999"'],
      [() => medcodes.lookupCode('hcpcs', 'J1745'), 'not-found', 'the database holds no HCPCS Level II release'],
      [() => medcodes.lookupCode('icd10cm', '   '), 'invalid', 'code is empty'],
      [() => medcodes.lookupCode('icd10cm', 'x'.repeat(65)), 'invalid', 'code is longer than 64 characters'],
    ];
    for (const [call, kind, message] of cases) {
      assert.throws(call, (err: unknown) => err instanceof AppError && err.kind === kind && err.message === message, message);
    }
  });

  it('finds a code in every system that has it', () => {
    assert.deepEqual(
      medcodes.findCode('0SRC0JZ').map((c) => c.system),
      ['icd10pcs'],
    );
    assert.deepEqual(medcodes.findCode('nothing'), []);
  });
});
