import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { AppError } from '../../src/core/errors.js';
import { fiscalYearOf } from '../../src/features/relations/index.js';
import { buildRelationsDb } from './relations-db.js';

let medcodes: Medcodes;
before(async () => {
  medcodes = await buildRelationsDb();
});
after(() => medcodes.close());

describe('code history', () => {
  it('derives added from the releases present and takes FY2027 deletions from the change list (pending)', () => {
    const h = medcodes.history('icd10cm', 'Q91.1A');
    assert.equal(h.status, 'deleted-pending');
    assert.deepEqual(
      h.events.map((e) => [e.change, e.release, e.effectiveDate, e.pending, e.source]),
      [
        ['added', '2026', '2025-10-01', false, 'releases 2025→2026'],
        ['deleted', '2027', '2026-10-01', true, 'fy2027-changes/deleted.csv'],
      ],
    );
    assert.deepEqual(h.replaced, [{ code: 'Q90', codeEnd: null, effectiveDate: '2025-10-01', source: 'CDC conversion table FY2026' }]);
    assert.equal(h.firstRelease, '2025');
  });

  it('keeps a page for a deleted code: newest release holding it, not current, when deleted and what replaced it', () => {
    const view = medcodes.lookupCode('icd10cm', 'Q90');
    assert.equal(view.current, false);
    assert.equal(view.release.id, '2025');
    assert.deepEqual(view.status, {
      deleted: true,
      deletedIn: { release: '2026', label: 'FY2026', effectiveDate: '2025-10-01' },
      replacedBy: [{ code: 'Q91.1A', display: 'Invented subcategory of the left side, first visit' }],
    });
  });

  it('shows later changes on a current code with their effective date', () => {
    const view = medcodes.lookupCode('icd10cm', 'Q91.9');
    assert.equal(view.current, true);
    assert.deepEqual(
      view.laterChanges?.map((c) => [c.change, c.effectiveDate]),
      [
        ['billable-changed', '2026-10-01'],
        ['revised', '2026-10-01'],
      ],
    );
    assert.equal(view.status, undefined);
  });

  it('never makes the change list the default release', () => {
    const r = medcodes.releases().find((x) => x.system === 'icd10cm' && x.id === '2027');
    assert.deepEqual([r?.complete, r?.default, r?.codes], [false, false, 0]);
  });
});

describe('validate', () => {
  it('counts fiscal years from October 1', () => {
    assert.deepEqual(['2025-09-30', '2025-10-01', '2026-01-15'].map(fiscalYearOf), [2025, 2026, 2026]);
  });

  it('answers from the release in force, the change list after it, and says why', () => {
    const cases: Array<[string, string, boolean, boolean, string | null, RegExp]> = [
      ['Q91.1A', '2025-12-01', true, true, '2026', /^FY2026, in force 2025-10-01 to 2026-09-30: Q91\.1A is a billable code$/],
      ['Q91.1A', '2026-11-01', false, false, '2027', /deleted effective 2026-10-01 \(fy2027-changes\/deleted\.csv\)/],
      ['Q91.1A', '2025-03-01', false, false, '2025', /is not in it; it first appears in release 2026/],
      ['Q91.9', '2026-11-01', true, false, '2027', /became a header, not valid for submission effective 2026-10-01/],
      ['Q91', '2026-01-01', true, false, '2026', /header, not valid for submission/],
      ['Q91.9', '2020-01-01', false, false, null, /before the oldest ICD-10-CM release/],
    ];
    for (const [code, date, valid, billable, release, reason] of cases) {
      const v = medcodes.validate('icd10cm', code, date);
      assert.deepEqual([v.valid, v.billable, v.release?.id ?? null], [valid, billable, release], `${code} ${date}`);
      assert.match(v.reason, reason);
    }
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    assert.throws(
      () => medcodes.validate('icd10cm', 'Q91.9', '2026-02-30'),
      (e: unknown) => e instanceof AppError && e.field === 'date',
    );
  });
});
