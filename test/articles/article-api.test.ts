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

describe('GET /api/v1/codes/{system}/{code}/article', () => {
  it('returns the article of a diagnosis with every section, and the code notes as coding guidance', async () => {
    const res = await app.request('/api/v1/codes/icd10cm/Q91.9/article');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      system: string;
      code: string;
      kind: string;
      sections: Array<{ id: string; statements: unknown[] }>;
      sources: unknown[];
    };
    assert.deepEqual(body, JSON.parse(JSON.stringify(medcodes.article('icd10cm', 'Q91.9'))));
    assert.equal(body.kind, 'diagnosis');
    assert.deepEqual(
      body.sections.map((s) => s.id),
      ['what', 'causes', 'symptoms', 'diagnosis', 'treatment', 'outlook', 'coding'],
    );
  });

  it('answers 404 in the one error shape for an unknown code', async () => {
    const error = await assertError(await app.request('/api/v1/codes/icd10cm/Q99.9/article'), 404, 'not-found', 'code');
    assert.deepEqual(error, { kind: 'not-found', message: 'ICD-10-CM FY2026 has no code Q99.9', field: 'code' });
  });

  it('shows the article with its empty states on the code page', async () => {
    const res = await app.request('/code/icd10cm/Q91.9', { redirect: 'manual' });
    const page = res.status === 200 ? await res.text() : await (await app.request(res.headers.get('location') ?? '')).text();
    assert.ok(!page.includes('<h3>Causes</h3>'), 'no empty box per uncovered section');
    assert.match(page, /Not covered by the public sources we hold, so left out rather than guessed: [^<]*Causes/);
  });
});
