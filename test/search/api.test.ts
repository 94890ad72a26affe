/** The search adapters in-process: whole responses for the happy paths and the failures. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { assertError } from '../support/assert-error.js';
import { buildSearchFixture } from './fixture.js';

let medcodes: Medcodes;
let app: Hono;
before(async () => {
  medcodes = await buildSearchFixture();
  app = createApp({ medcodes });
});
after(() => medcodes.close());

describe('GET /api/v1/search', () => {
  it('returns the whole result: total, hits with why they matched, facets', async () => {
    const res = await app.request('/api/v1/search?q=zorp%20fever&limit=2');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const body = (await res.json()) as { hits: Array<{ score?: number }> };
    // Scores are the ranking's arithmetic (docs/search-ranking.md): positive and falling down the list.
    const scores = body.hits.map((h) => h.score as number);
    assert.ok(scores.every((x, i) => x > 0 && (i === 0 || x <= (scores[i - 1] as number))));
    for (const h of body.hits) delete h.score;
    assert.deepEqual(body, {
      query: 'zorp fever',
      total: 5,
      hits: [
        {
          system: 'icd10cm',
          code: 'Q93',
          display: 'Gleep disease',
          billable: true,
          kind: 'code',
          matched: [{ field: 'index', text: 'Fever, zorp' }],
        },
        {
          system: 'icd10cm',
          code: 'Q91.0',
          display: 'Zorp fever with rash, initial encounter',
          billable: true,
          kind: 'code',
          matched: [{ field: 'title', text: 'Zorp fever with rash, initial encounter' }],
        },
      ],
      facets: { system: { icd10cm: 5 } },
    });
  });

  it('the same JSON as the use-case, with system and billable filters', async () => {
    const res = await app.request('/api/v1/search?q=wobble&system=hcpcs,icd10cm&billable=true&limit=5');
    assert.equal(res.status, 200);
    const expected = medcodes.search({ q: 'wobble', systems: ['hcpcs', 'icd10cm'], billable: true, limit: 5, offset: 0 });
    assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(expected)));
  });

  const bad: Array<[string, string]> = [
    [`/api/v1/search?q=${'a'.repeat(501)}`, 'q'],
    ['/api/v1/search?q=x&limit=101', 'limit'],
    ['/api/v1/search?q=x&limit=0', 'limit'],
    ['/api/v1/search?q=x&offset=10001', 'offset'],
    ['/api/v1/search?q=x&system=icd11', 'system'],
    ['/api/v1/search', 'q'],
    ['/api/v1/autocomplete?q=x&limit=21', 'limit'],
  ];
  for (const [path, field] of bad) {
    it(`${path.slice(0, 60)} → 400 naming ${field}`, async () => {
      const error = await assertError(await app.request(path), 400, 'invalid', field);
      assert.ok((error.problems ?? []).length >= 1);
    });
  }

  it('a release of another system than the one searched is refused', async () => {
    await assertError(await app.request('/api/v1/search?q=wobble&release=2026'), 400, 'invalid', 'release');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    assert.ok(doc.paths['/search']);
    assert.ok(doc.paths['/autocomplete']);
  });
});

describe('GET /api/v1/autocomplete', () => {
  it('suggests codes for a code prefix and titles for a word prefix', async () => {
    const byCode = (await (await app.request('/api/v1/autocomplete?q=q91&limit=2')).json()) as { hits: Array<{ code: string }> };
    assert.deepEqual(
      byCode.hits.map((h) => h.code),
      ['Q91', 'Q91.0'],
    );
    // "wobb" ranks as search ranks "wobble": Q92 holds the word in its title and in its lay name
    // (MedlinePlus "Heart Wobble"), Q90.9 in its short title only.
    const res = await app.request('/api/v1/autocomplete?q=wobb&limit=2');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      query: 'wobb',
      hits: [
        { system: 'icd10cm', code: 'Q92', display: 'Heart wobble with flutter', billable: true },
        { system: 'icd10cm', code: 'Q90.9', display: 'Wobble knee', billable: true },
      ],
    });
  });
});
