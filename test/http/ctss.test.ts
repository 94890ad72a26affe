/** The Clinical Tables compatible search on the real database: NLM's array shape, parameters and errors. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { realDatabase } from '../support/real-db.js';

const real = await realDatabase();
if (!real.medcodes && process.env.CI) throw new Error(`CTSS tests cannot run in CI: ${real.skipReason}`);
const app = real.medcodes ? createApp({ medcodes: real.medcodes }) : null;
after(() => (real.medcodes as Medcodes | null)?.close());
const get = async (path: string) => {
  const res = await (app as NonNullable<typeof app>).request(path);
  return {
    status: res.status,
    body: res.status === 200 ? ((await res.json()) as [number, string[], Record<string, string[]> | null, string[][]]) : await res.text(),
  };
};

describe('GET /api/{table}/v3/search', { skip: real.skipReason ?? false }, () => {
  it('answers [total, codes, null, display rows] with 7 rows by default, E11.9 among them for "diab"', async () => {
    const { status, body } = await get('/api/icd10cm/v3/search?terms=diab');
    assert.equal(status, 200);
    const [total, codes, extra, rows] = body as [number, string[], null, string[][]];
    assert.equal(codes.length, 7);
    assert.ok(total > 100, `total ${total}`);
    assert.equal(extra, null);
    assert.deepEqual(rows[codes.indexOf('E11.9')] ?? ['E11.9 missing'], ['E11.9', 'Type 2 diabetes mellitus without complications']);
  });
  it('q (field:prefix*), df, ef with an alias, count and offset', async () => {
    const all = (await get('/api/icd10cm/v3/search?terms=diabetes&q=code:E11.6*&count=50')).body as unknown as [number, string[]];
    assert.ok(all[1].length > 3 && all[1].every((c) => c.startsWith('E11.6')), all[1].join(','));
    const page = (await get('/api/icd10cm/v3/search?terms=diabetes&q=code:E11.6*&count=2&offset=1&df=name&ef=name:title')).body as [
      number,
      string[],
      Record<string, string[]>,
      string[][],
    ];
    assert.deepEqual(page[1], all[1].slice(1, 3));
    assert.equal(page[0], all[0]);
    assert.deepEqual(
      page[2].title,
      page[3].map((r) => r[0]),
    );
  });
  it('sf=code matches code prefixes; cpt serves numbers with at most their public category label; hcpcs long_desc', async () => {
    assert.deepEqual(((await get('/api/icd10cm/v3/search?terms=E11.9&sf=code')).body as unknown as [number, string[]])[1], ['E11.9']);
    const cpt = (await get('/api/cpt/v3/search?terms=99213')).body as [number, string[], null, string[][]];
    assert.ok(cpt[1].includes('99213'));
    // No descriptor is licensed here: a CPT row names the code by its public CMS category label
    // (docs/articles.md, "A public name for CPT codes"), never by descriptor text.
    assert.ok(
      cpt[3].every((r) => r[1] === '' || (r[1] as string).startsWith('Category label:')),
      `no CPT descriptor text: ${JSON.stringify(cpt[3].slice(0, 3))}`,
    );
    const hcpcs = (await get('/api/hcpcs/v3/search?terms=wheelchair&ef=long_desc&maxList=20')).body as unknown as [
      number,
      string[],
      Record<string, string[]>,
    ];
    assert.equal(hcpcs[2].long_desc?.[hcpcs[1].indexOf('K0001')], 'Standard wheelchair');
  });
  it('answers cross-origin clients (CORS), and only on the CTSS routes', async () => {
    const headers = { Origin: 'http://other.example' };
    const ctss = await (app as NonNullable<typeof app>).request('/api/icd10pcs/v3/search?terms=bypass', { headers });
    assert.equal(ctss.headers.get('access-control-allow-origin'), '*');
    const v1 = await (app as NonNullable<typeof app>).request('/api/v1/systems', { headers });
    assert.equal(v1.headers.get('access-control-allow-origin'), null);
  });
  // Not assertError: Clinical Tables clients expect NLM's plain-text "Error: …" answer, not the JSON
  // error shape of /api/v1 (test/support/assert-error.ts).
  it('bad parameters: 400 with a plain-text message naming the parameter', async () => {
    for (const [path, word] of [
      ['/api/icd10cm/v3/search', 'terms'],
      ['/api/icd10cm/v3/search?terms=x&df=bogus', 'df'],
      ['/api/icd10cm/v3/search?terms=x&count=-1', 'count'],
      ['/api/icd10cm/v3/search?terms=x&offset=7495&count=10', 'offset'],
      ['/api/icd10cm/v3/search?terms=x&q=nonsense', 'q'],
      ['/api/nope/v3/search?terms=x', 'table'],
    ] as const) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.match(String(body), new RegExp(`^Error: .*${word}`), path);
    }
  });
});
