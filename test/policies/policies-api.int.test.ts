/** The policy routes of the JSON API through the real app: whole shapes for 200, 400 and 404. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { assertError } from '../support/assert-error.js';
import { buildPolicyDb } from '../support/policy-codes.js';

describe('policy API', () => {
  let medcodes: Medcodes;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    ({ medcodes } = await buildPolicyDb());
    app = createApp({ medcodes });
  });
  after(() => medcodes.close());

  const get = async (path: string) => {
    const res = await app.request(path);
    // biome-ignore lint/suspicious/noExplicitAny: whole JSON bodies are compared as plain data
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
  };

  it('GET /api/v1/codes/{system}/{code}/policies: listed and topic match apart', async () => {
    const r = await get('/api/v1/codes/hcpcs/E0607/policies');
    assert.equal(r.status, 200);
    assert.match(r.type ?? '', /application\/json/);
    const summary = (id: string) =>
      medcodes
        .codePolicies('hcpcs', 'E0607')
        .listed.flatMap((g) => g.policies)
        .find((p) => p.policy.id === id);
    assert.deepEqual(r.body, {
      system: 'hcpcs',
      code: 'E0607',
      display: 'Home blood glucose monitor, invented',
      listed: [
        { scope: 'medicare-national', label: 'Medicare national', policies: [summary('NCD999.1')] },
        { scope: 'payer', label: 'Beta Care', policies: [summary('beta-care--diabetes-supplies')] },
      ],
      topicMatches: [
        {
          scope: 'medicare-local',
          label: 'Other Invented MAC',
          policies: [
            {
              policy: {
                id: 'A90004',
                kind: 'article',
                kindLabel: 'Billing and coding article',
                scope: 'medicare-local',
                payer: 'Medicare',
                contractor: 'Other Invented MAC',
                jurisdiction: 'MAC - Part B',
                states: [],
                title: 'Response to Comments: Blood Glucose Monitors',
                status: 'active',
                version: '7',
                effectiveFrom: '2025-07-01',
                effectiveTo: null,
                updatedOn: '2025-06-15',
                url: 'https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=90004&ver=7',
              },
              links: [
                {
                  relation: 'topic',
                  relationLabel: 'topic match',
                  group: '',
                  snippet: 'topic match: the title words "blood", "gluco", "monitor" are in the descriptor',
                  viaRange: null,
                  score: 1,
                  fromText: false,
                },
              ],
            },
          ],
        },
      ],
      counts: { listed: 2, topicMatches: 1 },
    });
  });

  it('GET /api/v1/policies/{id}: the policy with its code groups', async () => {
    const r = await get('/api/v1/policies/A90002');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, JSON.parse(JSON.stringify(medcodes.policy('A90002'))));
    assert.deepEqual(
      r.body.codeGroups.map((g: { relation: string; group: string; codes: unknown[] }) => [g.relation, g.group, g.codes.length]),
      [
        ['covered', 'icd10-covered group 1', 2],
        ['not-covered', 'icd10-noncovered group 1', 1],
        ['listed', '', 1],
        ['listed', 'hcpcs group 1', 3],
      ],
    );
  });

  it('GET /api/v1/coverage: covered with the policy and groups that say so', async () => {
    const r = await get('/api/v1/coverage?procedure=cpt:29880&diagnosis=icd10cm:M23.2&contractor=Invented');
    assert.equal(r.status, 200);
    assert.equal(r.body.answer, 'covered');
    assert.deepEqual(r.body.procedure, { system: 'cpt', code: '29880', display: '' });
    assert.deepEqual(r.body.diagnosis, { system: 'icd10cm', code: 'M23.2', display: 'Derangement of meniscus due to old tear or injury' });
    assert.equal(r.body.contractor, 'Invented');
    assert.deepEqual(r.body.policies[0].diagnosisGroups, [
      { group: 'icd10-covered group 1', relation: 'covered', paragraph: 'Group 1: meniscal tears and derangements.' },
    ]);
  });

  it('400 and 404 share the one error shape', async () => {
    const cases: Array<[string, number, { kind: string; field: string; message?: string }]> = [
      ['/api/v1/codes/nope/E11.9/policies', 400, { kind: 'invalid', field: 'system' }],
      ['/api/v1/codes/icd10cm/Q99.9/policies', 404, { kind: 'not-found', message: 'ICD-10-CM has no code "Q99.9"', field: 'code' }],
      ['/api/v1/policies/no%20such', 400, { kind: 'invalid', field: 'id' }],
      ['/api/v1/policies/L00000', 404, { kind: 'not-found', message: 'no policy "L00000"', field: 'id' }],
      ['/api/v1/coverage?procedure=29880&diagnosis=icd10cm:M23.2', 400, { kind: 'invalid', field: 'procedure' }],
      ['/api/v1/coverage?procedure=cpt:29880', 400, { kind: 'invalid', field: 'diagnosis' }],
      [
        '/api/v1/coverage?procedure=cpt:99999&diagnosis=icd10cm:M23.2',
        404,
        { kind: 'not-found', message: 'CPT has no code "99999"', field: 'procedure' },
      ],
    ];
    for (const [path, status, expected] of cases) {
      const error = await assertError(await get(path), status, expected.kind, expected.field, path);
      if (expected.message !== undefined) assert.equal(error.message, expected.message, `${path} message`);
    }
  });

  it('the OpenAPI document declares the three routes', async () => {
    const r = await get('/api/v1/openapi.json');
    for (const path of ['/codes/{system}/{code}/policies', '/policies/{id}', '/coverage']) assert.ok(r.body.paths[path], path);
  });
});
