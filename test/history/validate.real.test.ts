/** Validity on the database built from the official files: the edges a biller relies on. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { today } from '../../src/features/relations/index.js';
import { createApp } from '../../src/http/app.js';
import { realDatabase } from '../support/real-db.js';
import { REPO_ROOT } from '../support/sources.js';

let medcodes: Medcodes | null = null;
let skip: string | undefined;
before(async () => {
  const real = await realDatabase(['code_history', 'facts']);
  medcodes = real.medcodes;
  skip = real.skipReason;
});
after(() => medcodes?.close());

function db(t: { skip(reason?: string): void }): Medcodes | null {
  if (!medcodes) t.skip(skip);
  return medcodes;
}

const brief = (m: Medcodes, system: string, code: string, date?: string) => {
  const v = m.validate(system, code, date);
  return [v.answer, v.valid, v.billable];
};

describe('validity on the official files', () => {
  it('ICD-10-CM and ICD-10-PCS are not valid before 2015-10-01 and the answer names ICD-9-CM', (t) => {
    const m = db(t);
    if (!m) return;
    const cm = m.validate('icd10cm', 'E11.9', '2015-01-01');
    assert.deepEqual([cm.answer, cm.valid], ['not-valid', false]);
    assert.match(cm.reason, /valid only for dates of service from 2015-10-01; on 2015-01-01 use ICD-9-CM \(volumes 1 and 2, diagnoses\)/);
    // FY2015 was published (and is held in a full build) but never in force.
    if (m.releases().some((r) => r.system === 'icd10cm' && r.id === '2015'))
      assert.match(cm.reason, /^FY2015, in force .* was published, but/);
    const pcs = m.validate('icd10pcs', '0SRC0JZ', '2015-09-30');
    assert.deepEqual([pcs.answer, pcs.valid], ['not-valid', false]);
    assert.match(pcs.reason, /ICD-9-CM volume 3/);
    assert.deepEqual(brief(m, 'icd10pcs', '0SRC0JZ', '2025-10-01'), ['valid', true, true]);
  });

  it('a date no release held covers is unknown, not valid', (t) => {
    const m = db(t);
    if (!m) return;
    assert.deepEqual(brief(m, 'icd10cm', 'E11.9', '2040-01-01'), ['unknown', false, false]);
    assert.deepEqual(brief(m, 'cpt', '99213', '2024-12-31'), ['unknown', false, false]);
    assert.match(m.validate('cpt', '99213', '2024-12-31').reason, /before the oldest CPT release in the database/);
  });

  it('the date defaults to today', (t) => {
    const m = db(t);
    if (!m) return;
    const v = m.validate('icd10cm', 'E11.9');
    assert.equal(v.date, today());
    assert.deepEqual(v, m.validate('icd10cm', 'E11.9', today()));
  });

  it('HCPCS termination dates are respected', (t) => {
    const m = db(t);
    if (!m) return;
    // A4397 is in the October 2025 file with termination date 2021-12-31.
    assert.deepEqual(brief(m, 'hcpcs', 'A4397', '2021-12-31').slice(0, 2), ['valid', true]);
    const after = m.validate('hcpcs', 'A4397', '2025-11-01');
    assert.deepEqual([after.answer, after.valid], ['not-valid', false]);
    assert.match(after.reason, /A4397 was terminated 2021-12-31, before 2025-11-01/);
    assert.deepEqual(brief(m, 'hcpcs', 'E0601', '2025-11-01'), ['valid', true, true]);
  });

  it('99217, known only from ended NCCI add-on rows, is not a current CPT code; the page says the same', (t) => {
    const m = db(t);
    if (!m) return;
    const v = m.validate('cpt', '99217', '2025-06-01');
    assert.deepEqual([v.answer, v.valid, v.billable], ['not-valid', false, false]);
    assert.match(v.reason, /not a current CPT code: .*ended 2022-12-31 \(deleted effective 2023-01-01\)/);
    assert.deepEqual(m.lookupCode('cpt', '99217').status?.deletedIn?.effectiveDate, '2023-01-01');
    assert.deepEqual(brief(m, 'cpt', '99213', '2025-06-01'), ['valid', true, true]);
    assert.equal(m.lookupCode('cpt', '99213').status, undefined);
  });

  it('a CPT number absent from the fee-schedule file is flagged', (t) => {
    const m = db(t);
    if (!m) return;
    const v = m.validate('cpt', '0001U', '2025-06-01');
    assert.deepEqual(v.flags, [
      '0001U is not in the current CMS physician fee schedule file; it is only in the NCCI MUE table, OPPS Addendum B',
    ]);
    assert.equal(m.validate('cpt', '99213', '2025-06-01').flags.length, 0);
  });

  it('the API and the CLI give the same answer as the facade', async (t) => {
    const m = db(t);
    if (!m) return;
    const app = createApp({ medcodes: m });
    const res = await app.request('/api/v1/validate?system=cpt&code=99217');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(m.validate('cpt', '99217'))));
    const dbPath = process.env.MEDCODES_TEST_DB ?? join(REPO_ROOT, '.tmp/real.db');
    const cli = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'bin/medcodes.js'), 'validate', '99217', '--system', 'cpt', '--date', '2025-06-01', '--json'],
      {
        encoding: 'utf8',
        env: { ...process.env, MEDCODES_DB: dbPath },
      },
    );
    assert.equal(cli.status, 1, cli.stderr);
    assert.deepEqual(JSON.parse(cli.stdout), JSON.parse(JSON.stringify(m.validate('cpt', '99217', '2025-06-01'))));
  });
});
