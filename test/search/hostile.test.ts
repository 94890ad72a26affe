/**
 * Hostile input is harmless: any string through the API is a result (200) or a clean 400, never a
 * 500 and never an SQL or FTS syntax error (property tests with fast-check).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Hono } from 'hono';
import type { Medcodes } from '../../src/app/medcodes.js';
import { parseQuery } from '../../src/features/search/index.js';
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

const FTS_SYNTAX = [
  '"',
  "'",
  '*',
  '^',
  ':',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '-',
  '+',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  '\\',
  '%',
  '_',
  ';',
  '--',
  '/*',
  '\u0000',
  '\u0301',
  '\uFEFF',
  '\u202E',
];
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc
    .array(
      fc.oneof(fc.constantFrom(...FTS_SYNTAX), fc.string({ maxLength: 6 }), fc.constantFrom('E11', 'A15-A19', '0SR*', 'heart', 'chf')),
      { maxLength: 30 },
    )
    .map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...FTS_SYNTAX), { maxLength: 40 }).map((a) => a.join('')),
);

async function status(path: string): Promise<[number, unknown]> {
  const res = await app.request(path);
  return [res.status, await res.json()];
}

describe('hostile input', () => {
  it('parseQuery, search and autocomplete accept any string: words only ever look up postings by bound key', () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const parsed = parseQuery(q);
        assert.ok(parsed.words.every((w) => w.length > 0 && w.length <= 40));
        const r = medcodes.search({ q: q.slice(0, 500), limit: 5, offset: 0 });
        assert.ok(r.total >= 0 && r.hits.length <= 5);
        assert.ok(medcodes.autocomplete(q.slice(0, 500)).hits.length <= 10);
      }),
      { numRuns: 500 },
    );
  });

  it('GET /api/v1/search answers 200 or a clean 400 for any q', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        const [code, body] = await status(`/api/v1/search?q=${encodeURIComponent(q)}`);
        assert.ok(code === 200 || code === 400, `status ${code} for ${JSON.stringify(q)}`);
        if (code === 400) await assertError({ status: code, body }, 400, 'invalid', undefined, JSON.stringify(q));
      }),
      { numRuns: 300 },
    );
  });

  it('GET /api/v1/autocomplete answers 200 or a clean 400 for any q', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        const [code] = await status(`/api/v1/autocomplete?q=${encodeURIComponent(q)}`);
        assert.ok(code === 200 || code === 400, `status ${code} for ${JSON.stringify(q)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('10,000 characters is a clean 400; 500 is a result', async () => {
    const [long, body] = await status(`/api/v1/search?q=${'a'.repeat(10_000)}`);
    await assertError({ status: long, body }, 400, 'invalid', 'q');
    const [ok] = await status(`/api/v1/search?q=${'diabetes '.repeat(55).slice(0, 500)}`);
    assert.equal(ok, 200);
    const direct = medcodes.search({ q: `${'x"('.repeat(160)}`, limit: 10, offset: 0 });
    assert.equal(direct.total, 0);
  });

  it('control characters and FTS operators are plain text', async () => {
    for (const q of ['"', 'NEAR(a b)', 'wobble AND OR NOT', '*', 'knee:wobble', '\u0000\u0007wobble\u001b', '{title}: x', '^wobble']) {
      const [code] = await status(`/api/v1/search?q=${encodeURIComponent(q)}`);
      assert.equal(code, 200, q);
    }
    assert.equal(medcodes.search({ q: 'wobble\u0000knee', limit: 5, offset: 0 }).hits[0]?.code, 'Q90.9');
  });
});
