/** Crosswalks, history, validation and similar codes on the database built from the official files. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { realDatabase } from '../support/real-db.js';

let medcodes: Medcodes | null = null;
let skip: string | undefined;
before(async () => {
  const real = await realDatabase(['crosswalks', 'hcc_mappings', 'addon_edits', 'code_history', 'replacements', 'similar_text']);
  medcodes = real.medcodes;
  skip = real.skipReason;
});
after(() => medcodes?.close());

function db(t: { skip(reason?: string): void }): Medcodes | null {
  if (!medcodes) t.skip(skip);
  return medcodes;
}

describe('crosswalks on the official files', () => {
  it('E11.9 → ICD-9-CM 250.00', (t) => {
    const m = db(t);
    if (!m) return;
    assert.deepEqual(
      m.translate('icd10cm', 'E11.9', 'icd9cm').mappings.map((x) => [x.target?.code, x.approximate]),
      [['250.00', true]],
    );
  });

  it('0SRC0JZ ↔ ICD-9 81.54, both directions', (t) => {
    const m = db(t);
    if (!m) return;
    assert.deepEqual(
      m.translate('icd10pcs', '0SRC0JZ', 'icd9pcs').mappings.map((x) => x.target?.code),
      ['81.54'],
    );
    assert.ok(m.translate('icd9pcs', '81.54', 'icd10pcs').mappings.some((x) => x.target?.code === '0SRC0JZ'));
  });

  it('E11.9 is HCC 38 in CMS-HCC V28 and HCC 19 in V24', (t) => {
    const m = db(t);
    if (!m) return;
    const hcc = m.crosswalks('icd10cm', 'E11.9').hcc;
    assert.equal(hcc.find((h) => h.model === 'CMS-HCC V28')?.category, '38');
    assert.equal(hcc.find((h) => h.model === 'CMS-HCC V24')?.category, '19');
  });

  it('an add-on code lists its primary codes and the primary lists the add-on (22552 with 22551), with MUE values', (t) => {
    const m = db(t);
    if (!m) return;
    const addOn = m.crosswalks('cpt', '22552');
    assert.ok(addOn.primaryCodes.some((p) => p.code === '22551' && p.editType === '1'));
    assert.ok(m.crosswalks('cpt', '22551').addOnCodes.some((a) => a.code === '22552'));
    assert.equal(typeof addOn.mue?.unitsPerDay, 'number');
  });
});

describe('history and validity on the official files', () => {
  it('FY2027 deleted codes show as deleted effective 2026-10-01', (t) => {
    const m = db(t);
    if (!m) return;
    const view = m.lookupCode('icd10cm', 'S23.420A');
    assert.deepEqual(view.status?.deletedIn, { release: '2027', label: 'FY2027 changes', effectiveDate: '2026-10-01' });
    assert.equal(m.history('icd10cm', 'S23.420A').status, 'deleted-pending');
  });

  it('validates for dates in FY2016, FY2026 and FY2027', (t) => {
    const m = db(t);
    if (!m) return;
    const answer = (code: string, date: string) => {
      const v = m.validate('icd10cm', code, date);
      return [v.valid, v.billable, v.release?.id];
    };
    assert.deepEqual(answer('E11.9', '2016-03-01'), [true, true, '2016']);
    assert.deepEqual(answer('A04.71', '2016-03-01'), [false, false, '2016']);
    assert.deepEqual(answer('A04.71', '2026-03-01'), [true, true, '2026']);
    assert.deepEqual(answer('S23.420A', '2026-03-01'), [true, true, '2026']);
    assert.deepEqual(answer('S23.420A', '2026-12-01'), [false, false, '2027']);
    assert.deepEqual(answer('I42.0', '2026-12-01'), [true, false, '2027']);
    assert.deepEqual(answer('E11.9', '2026-12-01'), [true, true, '2027']);
  });

  it('a code deleted in an order file keeps a page that says when and what replaced it', (t) => {
    const m = db(t);
    if (!m) return;
    const view = m.lookupCode('icd10cm', 'O35.0XX0');
    assert.equal(view.current, false);
    assert.equal(view.status?.deletedIn?.effectiveDate, '2022-10-01');
    assert.ok(view.status?.replacedBy.some((r) => r.code === 'O35.00X0'));
  });
});

describe('similar codes on the official files', () => {
  it('offers the nearest siblings under a large parent: other right-knee replacements for 0SRC0JZ, J1740-J1749 for J1745', (t) => {
    const m = db(t);
    if (!m) return;
    const pcs = m.similar('icd10pcs', '0SRC0JZ', 12).items.filter((i) => i.reasons.some((r) => r.kind === 'sibling'));
    assert.ok(pcs.length >= 6, 'several siblings');
    assert.ok(
      pcs.every((i) => i.code.startsWith('0SRC')),
      pcs.map((i) => i.code).join(' '),
    );
    const hcpcs = m.similar('hcpcs', 'J1745', 12).items.filter((i) => i.reasons.some((r) => r.kind === 'sibling'));
    assert.ok(hcpcs.length > 0 && hcpcs.every((i) => i.code.startsWith('J174')), hcpcs.map((i) => i.code).join(' '));
  });

  it('never the code itself, no duplicates, billable first for a billable code, ≤ 12 with more available', (t) => {
    const m = db(t);
    if (!m) return;
    for (const [system, code] of [
      ['icd10cm', 'E11.9'],
      ['icd10pcs', '0SRC0JZ'],
      ['hcpcs', 'A4206'],
    ] as const) {
      const s = m.similar(system, code);
      const codes = s.items.map((i) => i.code);
      assert.ok(!codes.includes(code), `${code} lists itself`);
      assert.equal(new Set(codes).size, codes.length);
      assert.ok(s.items.length <= 12 && s.items.length > 0);
      const firstNonBillable = s.items.findIndex((i) => !i.billable);
      if (firstNonBillable >= 0)
        assert.ok(
          s.items.slice(firstNonBillable).every((i) => !i.billable),
          `${code}: billable first`,
        );
      assert.ok(s.total >= s.items.length);
    }
    assert.ok(m.similar('icd10cm', 'E11.9').items.some((i) => i.code === 'E13.9' || i.code === 'E10.9'));
  });
});
