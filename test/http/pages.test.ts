import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Medcodes } from '../../src/app/medcodes.js';
import { fakeApp } from '../support/build.js';

let app: Hono;
let medcodes: Medcodes;
before(async () => {
  ({ app, medcodes } = await fakeApp());
});
after(() => medcodes.close());

const canonical = '/code/icd10cm/Q91.1A-invented-subcategory-of-the-left-side-first-visit';

describe('code pages', () => {
  it('redirect /code/{system}/{code} and wrong slugs to the canonical address with 301', async () => {
    for (const path of ['/code/icd10cm/Q91.1A', '/code/icd10cm/q911a', '/code/icd10cm/Q91.1A-wrong-slug']) {
      const res = await app.request(path);
      assert.equal(res.status, 301, path);
      assert.equal(res.headers.get('location'), canonical);
    }
  });

  it('render the code view at the canonical address', async () => {
    const res = await app.request(canonical);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<title>Q91\.1A — Invented subcategory of the left side, first visit · medcodes<\/title>/);
    assert.match(html, new RegExp(`<link rel="canonical" href="${canonical}"/>`));
    assert.match(html, /invented exclusion \(Q92\.-\)/);
    assert.match(html, /Billable/);
    assert.ok(res.headers.get('content-security-policy')?.includes("default-src 'self'"));
  });

  it('keep the dash of grouping nodes such as sections', async () => {
    const res = await app.request('/code/icd10cm/Q90-Q92');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/code/icd10cm/Q90-Q92-invented-section');
  });

  it('answer an unknown code with a 404 page that says what was asked', async () => {
    const res = await app.request('/code/icd10cm/Q99.9');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /ICD-10-CM FY2026 has no code Q99\.9/);
  });

  it('escape what the user typed', async () => {
    const res = await app.request('/code/icd10cm/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    const html = await res.text();
    assert.ok(!html.includes('<script>alert(1)</script>'));
  });
});
