import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Medcodes } from '../../src/app/medcodes.js';
import { assertError } from '../support/assert-error.js';
import { fakeApp } from '../support/build.js';

let app: Hono;
let medcodes: Medcodes;
before(async () => {
  ({ app, medcodes } = await fakeApp());
});
after(() => medcodes.close());

describe('GET /api/v1/codes/{system}/{code}', () => {
  it('returns the code view as JSON, for the code in any case and with or without the dot', async () => {
    for (const path of ['/api/v1/codes/icd10cm/Q91.9', '/api/v1/codes/icd10cm/q919']) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const body = (await res.json()) as Record<string, unknown>;
      assert.deepEqual(body, { ...JSON.parse(JSON.stringify(medcodes.lookupCode('icd10cm', 'Q91.9'))), displayKind: 'descriptor' });
      assert.equal(body.code, 'Q91.9');
    }
  });
});

describe('one error shape for every failing API route', () => {
  const cases: Array<[string, number, Record<string, unknown>]> = [
    ['/api/v1/codes/icd10cm/Q99.9', 404, { kind: 'not-found', message: 'ICD-10-CM FY2026 has no code Q99.9', field: 'code' }],
    ['/api/v1/codes/icd10cm/Q91?release=1999', 404, { kind: 'not-found', message: 'ICD-10-CM has no release "1999"', field: 'release' }],
    [
      '/api/v1/codes/icd11/Q91',
      400,
      {
        kind: 'invalid',
        message: 'invalid request: system: Invalid option: expected one of "icd10cm"|"icd10pcs"|"hcpcs"|"cpt"|"pos"',
        field: 'system',
        problems: ['system: Invalid option: expected one of "icd10cm"|"icd10pcs"|"hcpcs"|"cpt"|"pos"'],
      },
    ],
    [
      `/api/v1/codes/icd10cm/${'9'.repeat(65)}`,
      400,
      {
        kind: 'invalid',
        message: 'invalid request: code: Too big: expected string to have <=64 characters',
        field: 'code',
        problems: ['code: Too big: expected string to have <=64 characters'],
      },
    ],
    ['/api/v1/nothing-here', 404, { kind: 'not-found', message: 'no API route GET /api/v1/nothing-here' }],
    ['/api/v2/codes', 404, { kind: 'not-found', message: 'no API route GET /api/v2/codes' }],
  ];
  for (const [path, status, error] of cases) {
    it(`${path} → ${status}`, async () => {
      const res = await app.request(path);
      const answered = await assertError(res, status, String(error.kind), (error.field as string | undefined) ?? null, path);
      assert.deepEqual(answered, error);
    });
  }
});

describe('catalog routes', () => {
  it('GET /api/v1/systems lists every system with its default release', async () => {
    const res = await app.request('/api/v1/systems');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { systems: Array<{ system: string; codes: number; release: { label: string } | null }> };
    assert.deepEqual(
      body.systems.map((s) => [s.system, s.release?.label ?? null, s.codes]),
      [
        ['icd10cm', 'FY2026', 4],
        ['icd10pcs', 'FY2026', 2],
        ['hcpcs', null, 0],
        ['cpt', null, 0],
        ['pos', null, 0],
      ],
    );
  });

  it('GET /api/v1/releases lists every release', async () => {
    const body = (await (await app.request('/api/v1/releases')).json()) as {
      releases: Array<{ system: string; id: string; default: boolean }>;
    };
    assert.deepEqual(
      body.releases.map((r) => `${r.system}:${r.id}:${r.default}`),
      ['icd10cm:2026:true', 'icd10cm:2025:false', 'icd10pcs:2026:true'],
    );
  });

  it('GET /healthz answers ok', async () => {
    const res = await app.request('/healthz');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { status: string; systems: number };
    assert.equal(body.status, 'ok');
    assert.equal(body.systems, 2);
  });

  it('serves the OpenAPI document of every route', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.0.3');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/autocomplete',
      '/codes/{system}/{code}',
      '/codes/{system}/{code}/article',
      '/codes/{system}/{code}/crosswalks',
      '/codes/{system}/{code}/history',
      '/codes/{system}/{code}/policies',
      '/codes/{system}/{code}/similar',
      '/coverage',
      '/policies/{id}',
      '/releases',
      '/search',
      '/systems',
      '/translate',
      '/validate',
    ]);
  });
});
