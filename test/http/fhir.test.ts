/** The FHIR endpoint's HTTP contract on the real database: GET and POST, media type, errors as OperationOutcome. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { realDatabase } from '../support/real-db.js';

const real = await realDatabase(['crosswalks']);
if (!real.medcodes && process.env.CI) throw new Error(`FHIR tests cannot run in CI: ${real.skipReason}`);
const app = real.medcodes ? createApp({ medcodes: real.medcodes }) : null;
after(() => (real.medcodes as Medcodes | null)?.close());
const CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const request = (path: string, init?: RequestInit) => (app as NonNullable<typeof app>).request(path, init);
type Params = { resourceType: string; parameter: Array<{ name: string; valueString?: string; valueBoolean?: boolean }> };

describe('/fhir over HTTP', { skip: real.skipReason ?? false }, () => {
  it('GET and POST give the same $lookup, as application/fhir+json', async () => {
    const get = await request(`/fhir/CodeSystem/$lookup?system=${encodeURIComponent(CM)}&code=E11.9`);
    assert.equal(get.status, 200);
    assert.match(get.headers.get('content-type') ?? '', /^application\/fhir\+json/);
    const post = await request('/fhir/CodeSystem/$lookup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Parameters',
        parameter: [
          { name: 'system', valueUri: CM },
          { name: 'code', valueCode: 'E11.9' },
        ],
      }),
    });
    const a = (await get.json()) as Params;
    assert.deepEqual(await post.json(), a);
    assert.equal(a.parameter.find((p) => p.name === 'display')?.valueString, 'Type 2 diabetes mellitus without complications');
  });
  it('a GET coding in system|code form validates', async () => {
    const res = await request(`/fhir/CodeSystem/$validate-code?coding=${encodeURIComponent(`${CM}|I10`)}`);
    const body = (await res.json()) as Params;
    assert.equal(body.parameter.find((p) => p.name === 'result')?.valueBoolean, true);
  });
  // Not assertError: FHIR clients read errors only as an OperationOutcome (the FHIR specification's
  // error resource), so this adapter's error shape is FHIR's, checked here (test/support/assert-error.ts).
  it('errors are OperationOutcomes with the issue type and status that fit', async () => {
    const cases: Array<[string, RequestInit | undefined, number, string]> = [
      ['/fhir/CodeSystem/$lookup', { method: 'POST', body: '{"resourceType":"Patient"}' }, 400, 'invalid'],
      ['/fhir/CodeSystem/$lookup', { method: 'POST', body: 'not json' }, 400, 'invalid'],
      [`/fhir/CodeSystem/$lookup?system=${encodeURIComponent(CM)}&code=E11.9&_format=xml`, undefined, 406, 'not-supported'],
      [`/fhir/ValueSet/$expand?url=${encodeURIComponent(`${CM}?fhir_vs`)}&count=abc`, undefined, 400, 'invalid'],
      [`/fhir/ValueSet/$expand?url=${encodeURIComponent(`${CM}?fhir_vs`)}&count=5&tx-resource=%7B%7D`, undefined, 400, 'not-supported'],
      ['/fhir/ValueSet/$expand?url=http%3A%2F%2Fexample.org%2Fvs', undefined, 404, 'not-found'],
      ['/fhir/Patient/1', undefined, 404, 'not-found'],
      [
        '/fhir/ValueSet/$expand',
        {
          method: 'POST',
          body: JSON.stringify({
            resourceType: 'Parameters',
            parameter: [
              {
                name: 'valueSet',
                resource: {
                  resourceType: 'ValueSet',
                  compose: { include: [{ system: CM, filter: [{ property: 'code', op: 'regex', value: '(' }] }] },
                },
              },
            ],
          }),
        },
        400,
        'invalid',
      ],
      [
        '/fhir/ValueSet/$expand',
        {
          method: 'POST',
          body: JSON.stringify({
            resourceType: 'Parameters',
            parameter: [
              {
                name: 'valueSet',
                resource: {
                  resourceType: 'ValueSet',
                  compose: { include: [{ system: CM, filter: [{ property: 'code', op: 'regex', value: 'E'.repeat(201) }] }] },
                },
              },
            ],
          }),
        },
        400,
        'invalid',
      ],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await request(path, init);
      assert.equal(res.status, status, path);
      const body = (await res.json()) as { resourceType: string; issue: Array<{ code: string; severity: string }> };
      assert.equal(body.resourceType, 'OperationOutcome', path);
      assert.equal(body.issue[0]?.code, code, path);
      assert.equal(body.issue[0]?.severity, 'error', path);
    }
  });
  it('answers cross-origin clients (CORS) and lists the implicit value sets', async () => {
    const res = await request('/fhir/ValueSet', { headers: { Origin: 'http://other.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const bundle = (await res.json()) as { total: number; entry: Array<{ resource: { url: string } }> };
    assert.ok(bundle.entry.some((e) => e.resource.url === `${CM}?fhir_vs`));
    assert.equal((await request('/fhir/ValueSet/cpt')).status, 200);
  });
});
