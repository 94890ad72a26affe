/**
 * What issue 2 must show, on the database built from the official files (all releases).
 */

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { realDatabase } from '../support/real-db.js';
import { storeOf } from '../support/store-of.js';

const real = await realDatabase(['notes', 'pcs_axes', 'facts', 'source_files']);
const skip = real.skipReason;
let medcodes: Medcodes;
before(() => {
  if (real.medcodes) medcodes = real.medcodes;
});
after(() => real.medcodes?.close());

describe('the database built from the official files', { skip }, () => {
  it('holds the FY2026 defaults with the official counts', () => {
    const bySystem = Object.fromEntries(medcodes.stats().systems.map((s) => [s.system, s]));
    assert.deepEqual(bySystem.icd10cm, { system: 'icd10cm', release: '2026', codes: 98186, billable: 74719 });
    assert.equal(bySystem.icd10pcs?.release, '2026');
    assert.equal(bySystem.icd10pcs?.billable, 79115);
    assert.equal(bySystem.hcpcs?.release, '2025-10');
    assert.equal(bySystem.hcpcs?.codes, 8463);
    assert.equal(bySystem.pos?.codes, 51);
    assert.ok((bySystem.cpt?.codes ?? 0) > 5000, 'CPT code numbers gathered from the CMS files');
  });

  it('counts the HCPCS Level II modifiers apart from the codes', () => {
    const row = storeOf(medcodes)
      .db.prepare(
        "SELECT count(*) AS n FROM codes c JOIN releases r USING (system, release) WHERE r.is_default = 1 AND c.system = 'hcpcs' AND c.kind = 'modifier'",
      )
      .get() as { n: number };
    assert.equal(row.n, 383);
  });

  it('imports every complete ICD-10-CM and ICD-10-PCS release from FY2014 to FY2026', () => {
    const releases = medcodes.releases();
    for (const system of ['icd10cm', 'icd10pcs']) {
      const ids = releases
        .filter((r) => r.system === system && r.complete)
        .map((r) => r.id)
        .sort();
      assert.deepEqual(
        ids,
        Array.from({ length: 13 }, (_, i) => String(2014 + i)),
        system,
      );
    }
  });

  it('shows S52.501A: billable, its official long title, S52 among its ancestors', () => {
    const v = medcodes.lookupCode('icd10cm', 'S52.501A');
    assert.equal(v.billable, true);
    assert.equal(v.display, 'Unspecified fracture of the lower end of right radius, initial encounter for closed fracture');
    assert.deepEqual(
      v.ancestors.map((a) => a.code),
      ['Chapter 19', 'S50-S59', 'S52', 'S52.5', 'S52.50', 'S52.501'],
    );
    assert.ok(v.sevenCharacters?.some((s) => s.character === 'A' && s.from === 'S52'));
  });

  it('shows 0SRC0JZ with the official title and all seven axes labelled', () => {
    const v = medcodes.lookupCode('icd10pcs', '0SRC0JZ');
    assert.equal(v.display, 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach');
    assert.deepEqual(
      v.axes?.map((a) => [a.position, a.name, a.value, a.label]),
      [
        [1, 'Section', '0', 'Medical and Surgical'],
        [2, 'Body System', 'S', 'Lower Joints'],
        [3, 'Operation', 'R', 'Replacement'],
        [4, 'Body Part', 'C', 'Knee Joint, Right'],
        [5, 'Approach', '0', 'Open'],
        [6, 'Device', 'J', 'Synthetic Substitute'],
        [7, 'Qualifier', 'Z', 'No Qualifier'],
      ],
    );
    assert.ok(v.axes?.[2]?.definition?.startsWith('Putting in or on biological or synthetic material'));
  });

  it('finds e119 as E11.9 under chapter 4 → E08-E13 → E11, with notes naming their release', () => {
    const v = medcodes.lookupCode('icd10cm', 'e119');
    assert.equal(v.code, 'E11.9');
    assert.equal(v.billable, true);
    assert.deepEqual(
      v.ancestors.map((a) => a.code),
      ['Chapter 4', 'E08-E13', 'E11'],
    );
    assert.ok(v.notes.length > 0);
    assert.ok(v.notes.every((n) => /^FY20(21|17)$/.test(n.release)));
    assert.ok(v.notes.some((n) => n.inherited && n.from === 'E11'));
  });

  it('serves J1745, G0439, 63295 (no descriptor, CMS facts) and POS 11 through the API', async () => {
    const app = createApp({ medcodes });
    for (const [system, code] of [
      ['hcpcs', 'J1745'],
      ['hcpcs', 'G0439'],
      ['cpt', '63295'],
      ['pos', '11'],
    ] as const) {
      const res = await app.request(`/api/v1/codes/${system}/${code}`);
      assert.equal(res.status, 200, `${system} ${code}`);
    }
    const cpt = medcodes.lookupCode('cpt', '63295');
    assert.equal(cpt.display, '', 'no CPT descriptor without a licence');
    assert.ok(cpt.descriptorNotice);
    assert.ok(cpt.facts.some((f) => f.source === 'pfs-rvu'));
  });

  it('records every source file with its sha256', () => {
    const files = medcodes.stats().sources;
    assert.ok(files.some((f) => f.path === 'icd10cm/2026/2026-code-descriptions-tabular-order.zip!/icd10cm_order_2026.txt'));
    for (const f of files) assert.match(f.sha256, /^[0-9a-f]{64}$/);
  });
});
