/**
 * Malformed and hostile addresses answer 400 or 404 in the documented shape (JSON error or the HTML
 * error page), never a 500, a plain-text error or a stack trace.
 */
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

async function expectPage(res: Response, status: number): Promise<string> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  const html = await res.text();
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /at .*\.tsx?:\d+/);
  return html;
}

describe('malformed percent-encoding', () => {
  it('a path segment that decodes to "%" is looked up once, not decoded twice: 404 page', async () => {
    const html = await expectPage(await app.request('/code/icd10cm/%25'), 404);
    assert.match(html, /Not found/);
  });
  it('a bad escape in an unknown address is a 404 page (the not-found handler decodes safely)', async () => {
    await expectPage(await app.request('/code/x/y/%ZZ'), 404);
    await expectPage(await app.request('/code/pos/99213-%OR', { method: 'PATCH' }), 404);
    await expectPage(await app.request('/%'), 404);
  });
  it('a bad escape in an API path is the JSON error', async () => {
    const error = await assertError(await app.request('/api/v1/codes/icd10cm/%ZZ'), 404, 'not-found', 'code');
    assert.deepEqual(error, { kind: 'not-found', message: 'ICD-10-CM FY2026 has no code %ZZ', field: 'code' });
  });
});

describe('assets', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`/assets/${name} is not an asset: 404 JSON error, no cache header`, async () => {
      const res = await app.request(`/assets/${name}`);
      assert.equal(res.headers.get('etag'), null);
      assert.equal(res.headers.get('cache-control'), null);
      const error = await assertError(res, 404, 'not-found', null);
      assert.deepEqual(error, { kind: 'not-found', message: `no asset named "${name}"` });
    });
  }
});

describe('the app-level error handler', () => {
  it('turns an unexpected error in a page route into the HTML error page, with security headers', async () => {
    const { createApp } = await import('../../src/http/app.js');
    const broken = {
      ...medcodes,
      systems: () => {
        throw new TypeError('boom at secret.ts:12');
      },
    } as Medcodes;
    const res = await createApp({ medcodes: broken }).request('/');
    const html = await expectPage(res, 500);
    assert.match(html, /Something went wrong/);
    assert.doesNotMatch(html, /boom|secret/);
    assert.ok(res.headers.get('content-security-policy'));
  });
  it('answers a JSON client with the standard JSON error, without details', async () => {
    const { createApp } = await import('../../src/http/app.js');
    const withBrokenRoute = createApp({ medcodes });
    withBrokenRoute.get('/boom', () => {
      throw new TypeError('boom at secret.ts:12');
    });
    withBrokenRoute.get('/bad-escape', () => {
      throw new URIError('URI malformed');
    });
    const res = await withBrokenRoute.request('/boom', { headers: { accept: 'application/json' } });
    assert.deepEqual(await assertError(res, 500, 'internal', null), { kind: 'internal', message: 'internal error' });
    const bad = await withBrokenRoute.request('/bad-escape', { headers: { accept: 'application/json' } });
    assert.deepEqual(await assertError(bad, 400, 'invalid', null), {
      kind: 'invalid',
      message: 'the address has a malformed percent-encoding (%XX)',
    });
  });
});
