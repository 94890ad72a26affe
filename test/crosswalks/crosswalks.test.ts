import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { buildRelationsDb } from '../history/relations-db.js';
import { assertError } from '../support/assert-error.js';

let medcodes: Medcodes;
before(async () => {
  medcodes = await buildRelationsDb();
});
after(() => medcodes.close());

describe('crosswalks', () => {
  it('lists the GEM rows of a code in both directions with the flags in words, and its HCC categories', () => {
    const x = medcodes.crosswalks('icd10cm', 'Q91.1A');
    assert.deepEqual(
      x.gems.map((d) => [d.from, d.to, d.direction, d.entries.map((e) => `${e.target?.code} ${e.meaning}`)]),
      [
        ['icd10cm', 'icd9cm', 'forward', ['758.0 approximate']],
        ['icd10cm', 'icd9cm', 'reverse', ['758.0 approximate']],
      ],
    );
    assert.deepEqual(
      x.hcc.find((h) => h.model === 'CMS-HCC V28'),
      { model: 'CMS-HCC V28', category: '38', release: 'PY2026 initial', inPreviousYear: false },
    );
  });

  it('translates ICD-10-CM → ICD-9-CM with combination scenarios and unknown flags of FY2018-only pairs', () => {
    const t = medcodes.translate('icd10cm', 'q91.9', 'icd9cm');
    assert.equal(t.direction, 'forward');
    assert.deepEqual(
      t.mappings.map((m) => [m.target?.code, m.scenario, m.choiceList, m.meaning]),
      [
        ['758.1', 1, 1, 'approximate; combination: scenario 1, choice list 1 (one code of each choice list of the scenario together)'],
        ['995.91', 1, 2, 'approximate; combination: scenario 1, choice list 2 (one code of each choice list of the scenario together)'],
        ['758.9', null, null, 'flags not published for this pair (FY2018 pairs file)'],
      ],
    );
  });

  it('translates ICD-9 procedures to ICD-10-PCS and back, and says "no map"', () => {
    assert.deepEqual(
      medcodes.translate('icd9pcs', '81.54', 'icd10pcs').mappings.map((m) => m.target?.code),
      ['0SRC0JZ'],
    );
    assert.deepEqual(
      medcodes.translate('icd10pcs', '0SRC0JZ', 'icd9pcs').mappings.map((m) => m.target?.code),
      ['81.54'],
    );
    const none = medcodes.translate('icd10cm', 'Q90', 'icd9cm').mappings[0];
    assert.deepEqual([none?.target, none?.noMap, none?.meaning], [null, true, 'no map: the GEM gives no code in the other system']);
  });

  it('lists an add-on code’s primary codes and a primary code’s add-ons, with edit type and dates, and the MUE', () => {
    const addOn = medcodes.crosswalks('cpt', '99903');
    assert.deepEqual(
      addOn.primaryCodes.map((p) => [p.code, p.system, p.editType, p.effectiveDate]),
      [
        ['99901', 'cpt', '1', '2020-01-01'],
        ['99902', 'cpt', '1', '2020-01-01'],
        ['CCCCC', 'contractor', '3', '2020-01-01'],
      ],
    );
    assert.deepEqual(addOn.mue, {
      unitsPerDay: 2,
      adjudicationIndicator: 3,
      adjudicationText: 'Date of Service Edit: Clinical',
      rationale: 'Clinical',
      release: '2026-04',
    });
    assert.deepEqual(
      medcodes.crosswalks('cpt', '99901').addOnCodes.map((a) => a.code),
      ['99903'],
    );
  });
});

describe('crosswalk API routes', () => {
  const get = async (path: string) => {
    const res = await createApp({ medcodes }).request(path);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('answers translate, validate, history, crosswalks and similar', async () => {
    const t = await get('/api/v1/translate?from=icd10cm&code=Q91.1A&to=icd9cm');
    assert.equal(t.status, 200);
    assert.equal((t.body.mappings as Array<{ target: { code: string } }>)[0]?.target.code, '758.0');
    const v = await get('/api/v1/validate?system=icd10cm&code=Q91.1A&date=2026-11-01');
    assert.deepEqual(
      { ...v.body, reason: undefined },
      {
        system: 'icd10cm',
        code: 'Q91.1A',
        date: '2026-11-01',
        answer: 'not-valid',
        valid: false,
        billable: false,
        release: { id: '2027', label: 'FY2027 changes' },
        reason: undefined,
        flags: [],
      },
    );
    // Without a date: today.
    const today = await get('/api/v1/validate?system=icd10cm&code=Q91.1A');
    assert.equal(today.status, 200);
    assert.equal(today.body.date, new Date().toISOString().slice(0, 10));
    for (const path of [
      '/api/v1/codes/icd10cm/Q91.1A/history',
      '/api/v1/codes/icd10cm/Q91.1A/crosswalks',
      '/api/v1/codes/icd10cm/Q91.1A/similar',
    ]) {
      assert.equal((await get(path)).status, 200, path);
    }
  });

  it('uses the one error shape for bad requests', async () => {
    const cases: Array<[string, number, string, string | undefined]> = [
      ['/api/v1/translate?from=hcpcs&code=J1745&to=icd9cm', 400, 'invalid', 'to'],
      ['/api/v1/translate?from=icd11&code=X&to=icd9cm', 400, 'invalid', 'from'],
      ['/api/v1/validate?system=icd10cm&code=Q91.9&date=yesterday', 400, 'invalid', 'date'],
      ['/api/v1/codes/icd10cm/Q99.9/history', 404, 'not-found', 'code'],
      ['/api/v1/codes/icd10cm/Q91.9/similar?limit=500', 400, 'invalid', 'limit'],
    ];
    for (const [path, status, kind, field] of cases) {
      await assertError(await get(path), status, kind, field ?? null, path);
    }
  });
});
