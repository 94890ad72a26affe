import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import type { Medcodes } from '../../src/app/medcodes.js';
import type { SearchRequest, SearchResult } from '../../src/features/codes/index.js';
import { fakeSiteApp } from '../support/fake-site-plugins.js';

/** A stand-in search engine: "invented" finds two ICD-10-CM codes, "Q91.9" is exact, anything else nothing. */
const seen: SearchRequest[] = [];
function fakeSearch(request: SearchRequest): SearchResult {
  seen.push(request);
  if (request.q === 'Q91.9') {
    return { query: request.q, total: 1, hits: [], facets: { system: { icd10cm: 1 } }, exact: { system: 'icd10cm', code: 'Q91.9' } };
  }
  if (!/invented|q99/i.test(request.q)) return { query: request.q, total: 0, hits: [], facets: { system: {} } };
  const hits = [
    { system: 'icd10cm', code: 'Q91.9', display: 'Invented category, unspecified', billable: true, kind: 'code', score: 2 },
    { system: 'icd10cm', code: 'Q91', display: 'Invented category', billable: false, kind: 'header', score: 1 },
  ] as const;
  return {
    query: request.q,
    total: 2,
    hits: hits.map((h) => ({ ...h, matched: [{ field: 'index' as const, text: 'Wobble, <invented>' }] })),
    facets: { system: { icd10cm: 2 } },
  };
}

let app: Hono;
let medcodes: Medcodes;
before(async () => {
  ({ app, medcodes } = await fakeSiteApp(
    (m) =>
      ({
        ...m,
        search: fakeSearch,
        autocomplete: (q: string) => ({ query: q, hits: fakeSearch({ q, limit: 8, offset: 0 }).hits }),
      }) as Medcodes,
  ));
});
after(() => medcodes.close());

async function page(path: string, status = 200): Promise<string> {
  const res = await app.request(path);
  assert.equal(res.status, status, path);
  if (status === 200 || status === 404) assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  return res.text();
}

describe('every page', () => {
  it('runs under a CSP without unsafe-inline, with no inline script or style and only the app own assets', async () => {
    for (const path of ['/', '/search?q=invented', '/code/cpt/99995', '/browse/icd10cm', '/data', '/nowhere']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.ok(!csp.includes('unsafe-inline'), path);
      const html = await res.text();
      assert.ok(html.startsWith('<!DOCTYPE html>'), path);
      assert.ok(!/<script(?![^>]*\ssrc=)[^>]*>/.test(html), `inline script on ${path}`);
      assert.ok(!/\sstyle=/.test(html), `style attribute on ${path}`);
      // Assets (scripts, images, stylesheets, icons) come from the app; links to cited sources may leave the site.
      assert.ok(!/\ssrc="(https?:)?\/\//.test(html), `external asset on ${path}`);
      assert.ok(!/<link[^>]*href="(https?:)?\/\//.test(html), `external stylesheet or icon on ${path}`);
      assert.match(html, /<link rel="stylesheet" href="\/assets\/site\.css\?v=[0-9a-f]{16}"\/>/);
    }
  });

  it('have a title, a meta description and a canonical link', async () => {
    const html = await page('/code/hcpcs/Y1745-injection-invented-drug-10-mg');
    assert.match(html, /<title>Y1745 — Injection, invented drug, 10 mg · medcodes<\/title>/);
    assert.match(
      html,
      /<meta name="description" content="HCPCS Level II code Y1745: Injection, invented drug, 10 mg\. Billable, October 2025\."\/>/,
    );
    assert.match(html, /<link rel="canonical" href="\/code\/hcpcs\/Y1745-injection-invented-drug-10-mg"\/>/);
  });
});

describe('assets', () => {
  it('carry a strong ETag, a year of immutable caching at the hashed address, 304 and gzip', async () => {
    const home = await page('/');
    const href = /href="(\/assets\/site\.css\?v=[0-9a-f]+)"/.exec(home)?.[1] as string;
    const res = await app.request(href);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(res.headers.get('content-type') ?? '', /^text\/css/);
    const etag = res.headers.get('etag') as string;
    assert.match(etag, /^"[0-9a-f]{16}"$/);
    assert.equal((await app.request(href, { headers: { 'If-None-Match': etag } })).status, 304);
    const unversioned = await app.request('/assets/site.css');
    assert.equal(unversioned.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    assert.equal((await app.request('/assets/nope.js')).status, 404);
  });

  it('weigh less than 50 KB compressed together (CSS + JS of a page)', async () => {
    let total = 0;
    for (const name of ['site.css', 'site.js']) {
      const res = await app.request(`/assets/${name}`, { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(res.headers.get('content-encoding'), 'gzip');
      const body = Buffer.from(await res.arrayBuffer());
      assert.ok(gunzipSync(body).length > 1000);
      total += body.length;
    }
    assert.ok(total < 50 * 1024, `${total} bytes`);
  });
});

describe('home page', () => {
  it('has the heading, one search box and the systems with release and size', async () => {
    const html = await page('/');
    assert.match(html, /<h1 id="home-title">Search all medical codes<\/h1>/);
    assert.equal(html.match(/<input /g)?.length, 1);
    assert.match(html, /<a href="\/browse\/icd10cm">ICD-10-CM<\/a>/);
    assert.match(html, /FY2026 · 4 codes · 2 billable/);
    assert.match(html, /href="\/search\?q=knee\+replacement"/);
  });
});

describe('results page', () => {
  it('lists hits with code, system, title, billable badge and why they matched, escaped', async () => {
    const html = await page('/search?q=invented');
    assert.match(
      html,
      /<a href="\/code\/icd10cm\/Q91\.9-invented-category-unspecified"><span class="code">Q91\.9<\/span> Invented category, unspecified<\/a>/,
    );
    assert.match(html, /<li class="badge ok">Billable<\/li>/);
    assert.match(html, /Header, not billable/);
    assert.match(html, /Matched: Index term “Wobble, &lt;invented&gt;”/);
    assert.match(html, /ICD-10-CM \(2\)/);
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
  });

  it('passes filters and paging to the search and jumps straight to an exact code', async () => {
    await page('/search?q=invented&system=icd10cm&billable=1&page=2');
    assert.ok(seen.some((r) => r.systems?.[0] === 'icd10cm' && r.billable === true && r.offset === 20 && r.limit === 20));
    const res = await app.request('/search?q=Q91.9');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/code/icd10cm/Q91.9-invented-category-unspecified');
  });

  it('answers bad parameters with a 400 page naming them', async () => {
    assert.match(await page('/search?q=x&system=icd9', 400), /unknown code system &quot;icd9&quot;/);
    assert.match(await page('/search?q=x&page=0', 400), /page must be a whole number/);
  });

  it('serves suggestions as JSON for the autocomplete', async () => {
    const res = await app.request('/suggest?q=invented');
    assert.deepEqual(await res.json(), {
      q: 'invented',
      items: [
        {
          system: 'icd10cm',
          systemLabel: 'ICD-10-CM',
          code: 'Q91.9',
          display: 'Invented category, unspecified',
          href: '/code/icd10cm/Q91.9-invented-category-unspecified',
        },
        {
          system: 'icd10cm',
          systemLabel: 'ICD-10-CM',
          code: 'Q91',
          display: 'Invented category',
          href: '/code/icd10cm/Q91-invented-category',
        },
      ],
    });
  });
});

describe('code pages', () => {
  it('show a CPT code without a descriptor under its public category label, with the AMA notice and its CMS facts', async () => {
    const html = await page('/code/cpt/99995');
    assert.match(
      html,
      /<h1><span class="code">99995<\/span> <span class="category-label">Category label: Invented section; add-on code<\/span><\/h1>/,
    );
    assert.match(html, /Not the CPT descriptor: a category label built from public data/);
    assert.match(html, /copyrighted by the American Medical Association/);
    // The add-on primaries are listed once: under Coding edits, not again in the CMS facts tables.
    assert.equal(html.match(/<a href="\/code\/cpt\/99991">99991<\/a>/g)?.length, 1);
    assert.ok(!html.includes('<h3>NCCI add-on code edits, 2026-01</h3>'));
    assert.match(html, /<th scope="row">Intra-service \(median\)<\/th><td>90<\/td>/);
  });

  it('show HCPCS attributes and OPPS facts as labelled tables with the meaning of indicators', async () => {
    const html = await page('/code/hcpcs/Y1745-injection-invented-drug-10-mg');
    assert.match(
      html,
      /<th scope="row">Coverage code<\/th><td>C — the Medicare contractor decides case by case whether Medicare covers it/,
    );
    assert.match(html, /<th scope="row">BETOS code<\/th><td>O1E<\/td>/);
    assert.match(html, /<th scope="row">Status indicator<\/th><td>K — non-pass-through drug/);
    assert.ok(!html.includes('Types of service'), 'empty lists are left out');
  });

  it("lead with meaning: article, policies and similar codes, then the coder's reference in collapsible parts", async () => {
    const html = await page('/code/icd10cm/Q91.1A-invented-subcategory-of-the-left-side-first-visit');
    const order = [
      'class="lede"',
      'id="article-title"',
      'Medical Policies and Guidelines for Invented subcategory of the left side, first visit',
      'Related policies from health plans',
      'id="similar-title"',
      'id="reference-title"',
      '<details class="ref" id="ref-notes">',
      'id="notes-title"',
      '<details class="ref" id="ref-seventh">',
      'id="seventh-title"',
    ].map((s) => html.indexOf(s));
    assert.ok(order.every((i) => i > 0));
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    // The article (docs/articles.md): sections no source covers are named once in one line; cited statements link to the Sources list.
    assert.match(html, /Not covered by the public sources we hold, so left out rather than guessed: What it is, Causes, /);
    assert.ok(!html.includes('<h3>Causes</h3>'));
    assert.match(html, /invented exclusion \(Q92\.-\)<sup class="citations"><a href="#source-1">\[1\]<\/a><\/sup>/);
  });

  it('mark inherited notes with the code they come from and link grouping ancestors to their browse page', async () => {
    const html = await page('/code/icd10cm/Q91.1A-invented-subcategory-of-the-left-side-first-visit');
    assert.match(
      html,
      /invented exclusion \(Q92\.-\)<span class="from"> — inherited from <a href="\/code\/icd10cm\/Q91-invented-category">Q91<\/a><\/span>/,
    );
    assert.match(html, /<a href="\/browse\/icd10cm\/CH9" title="Invented chapter">Chapter 9<\/a>/);
  });

  it('show the seven PCS axes with their definitions', async () => {
    const html = await page('/code/icd10pcs/0SRC0JZ-replacement-of-right-knee-joint-with-synthetic-substitute-open-approach');
    assert.match(html, /Character 3 · Operation:<\/span> <span class="code">R<\/span> <span class="value">Replacement<\/span>/);
    assert.match(html, /Putting in or on biological or synthetic material/);
  });
});

describe('browse pages', () => {
  it('walk chapters → sections → categories', async () => {
    assert.match(
      await page('/browse/icd10cm'),
      /<a href="\/browse\/icd10cm\/CH9"><span class="code">Chapter 9<\/span> Invented chapter<\/a>/,
    );
    const chapter = await page('/browse/icd10cm/CH9');
    assert.match(chapter, /<a href="\/browse\/icd10cm\/Q90-Q92"><span class="code">Q90-Q92<\/span> Invented section<\/a>/);
    assert.equal(await page('/browse/icd10cm/Chapter%209'), chapter);
    assert.match(await page('/browse/icd10cm/Q90-Q92'), /<a href="\/code\/icd10cm\/Q91-invented-category">/);
    assert.match(await page('/browse/hcpcs'), /Y0000-Y9999/);
    assert.match(await page('/browse'), /<a href="\/browse\/pos">Place of Service<\/a>/);
  });

  it('answer an unknown node or system with 404 and 400 pages', async () => {
    assert.match(await page('/browse/icd10cm/ZZ', 404), /ICD-10-CM FY2026 has no node ZZ/);
    assert.match(await page('/browse/icd9', 400), /unknown code system/);
  });
});

describe('data page', () => {
  it('lists releases, files with sizes and checksums, and the CPT notice', async () => {
    const html = await page('/data');
    assert.match(html, /icd10cm\/2026\/fake\.zip!\/order\.txt/);
    assert.match(html, new RegExp(`<code class="sha">${'a'.repeat(64)}</code>`));
    assert.match(html, /CPT® is a registered trademark of the American Medical Association/);
  });
});

describe('404 page', () => {
  it('offers search results for what was asked', async () => {
    const html = await page('/code/icd10cm/Q99.9-invented', 404);
    assert.match(html, /ICD-10-CM FY2026 has no code Q99\.9/);
    assert.match(html, /Were you looking for one of these\?/);
    assert.match(html, /Q91\.9/);
    assert.match(await page('/some/invented-page', 404), /There is no page at \/some\/invented-page\./);
  });
});

describe('sitemap and robots', () => {
  it('split the sitemap by system and list canonical addresses', async () => {
    const index = await (await app.request('http://site.test/sitemap.xml')).text();
    for (const f of ['pages', 'icd10cm-1', 'icd10pcs-1', 'hcpcs-1', 'cpt-1', 'pos-1'])
      assert.match(index, new RegExp(`<loc>http://site.test/sitemaps/${f}\\.xml</loc>`));
    const cm = await app.request('http://site.test/sitemaps/icd10cm-1.xml');
    assert.match(cm.headers.get('content-type') ?? '', /^application\/xml/);
    const xml = await cm.text();
    assert.match(xml, /<loc>http:\/\/site\.test\/code\/icd10cm\/Q91\.1A-invented-subcategory-of-the-left-side-first-visit<\/loc>/);
    assert.match(xml, /<loc>http:\/\/site\.test\/browse\/icd10cm\/CH9<\/loc>/);
    assert.equal((await app.request('/sitemaps/icd10cm-2.xml')).status, 404);
    const robots = await (await app.request('http://site.test/robots.txt')).text();
    assert.match(robots, /Sitemap: http:\/\/site\.test\/sitemap\.xml/);
    assert.match(robots, /Disallow: \/search/);
  });
});
