/**
 * A real client of the standard interfaces: NLM's LHC autocompleter (npm autocomplete-lhc) in Chromium,
 * once on the Clinical Tables search (/api/icd10cm/v3/search) and once in its FHIR mode on
 * /fhir/ValueSet/$expand: type "diab", see the list, pick E11.9, read the selected code back.
 * The library's files are bundled from node_modules and served by a test-only route, never by the product.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ServerType } from '@hono/node-server';
import { build } from 'esbuild';
import { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { listen } from '../../src/http/server.js';
import { realDatabase } from '../support/real-db.js';
import { browserSkipReason, launchBrowser } from './browser.js';

const browserSkip = browserSkipReason();
const real = browserSkip ? { medcodes: null, skipReason: browserSkip } : await realDatabase();
if (!real.medcodes && process.env.CI) throw new Error(`browser tests cannot run in CI: ${real.skipReason}`);
const skip = real.skipReason ?? false;

const LHC = dirname(createRequire(import.meta.url).resolve('autocomplete-lhc/package.json'));
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/lhc/auto_completion.css"></head>
<body><label for="ac">Diagnosis</label> <input id="ac" type="text" size="60">
<script src="/lhc/autocomplete.js"></script>
<script>
  const mode = new URLSearchParams(location.search).get('mode');
  const vs = encodeURIComponent('http://hl7.org/fhir/sid/icd-10-cm?fhir_vs');
  window.ac = mode === 'fhir'
    ? new Def.Autocompleter.Search('ac', '/fhir/ValueSet/$expand?url=' + vs, { fhir: {} })
    : new Def.Autocompleter.Search('ac', '/api/icd10cm/v3/search?df=code,name', {});
</script></body></html>`;

let medcodes: Medcodes;
let server: ServerType;
let base: string;
let browser: Browser;

before(async () => {
  if (skip) return;
  medcodes = real.medcodes as Medcodes;
  const bundle = await build({
    entryPoints: [join(LHC, 'source/index.js')],
    bundle: true,
    format: 'iife',
    globalName: 'Def',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const site = new Hono();
  site.get('/lhc/page.html', (c) => c.html(PAGE));
  site.get('/lhc/autocomplete.js', (c) => c.body(script, 200, { 'Content-Type': 'text/javascript' }));
  site.get('/lhc/auto_completion.css', (c) =>
    c.body(readFileSync(join(LHC, 'source/auto_completion.css'), 'utf8'), 200, { 'Content-Type': 'text/css' }),
  );
  site.route('/', createApp({ medcodes }));
  server = await listen(site, { port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
after(async () => {
  if (skip) return;
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  medcodes.close();
});

describe('LHC autocompleter (autocomplete-lhc) against medcodes', { skip }, () => {
  for (const [mode, label] of [
    ['ctss', 'Clinical Tables search /api/icd10cm/v3/search'],
    ['fhir', 'FHIR ValueSet/$expand'],
  ] as const) {
    it(`${label}: type "diab", pick E11.9, read the code back`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(err.message));
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${base}/lhc/page.html?mode=${mode}`);
      await page.click('#ac');
      await page.keyboard.type('diab', { delay: 60 });
      const items = page.locator('#completionOptions li');
      await items.first().waitFor({ timeout: 15_000 });
      const shown = await items.allInnerTexts();
      assert.ok(shown.length >= 3, `the list shows several items: ${shown.join(' | ')}`);
      const wanted = page.locator('#completionOptions li', { hasText: 'Type 2 diabetes mellitus without complications' });
      if ((await wanted.count()) === 0) {
        // Ranking may move it below the first few: "see more" asks for the longer list, as a user would.
        await page.click('#moreResults');
        await wanted.first().waitFor({ timeout: 15_000 });
      }
      await wanted.first().click();
      const codes = await page.evaluate(() => (globalThis as unknown as { ac: { getSelectedCodes(): string[] } }).ac.getSelectedCodes());
      assert.deepEqual(codes, ['E11.9']);
      assert.match(await page.inputValue('#ac'), /Type 2 diabetes mellitus without complications/);
      const path = mode === 'fhir' ? '/fhir/ValueSet/$expand' : '/api/icd10cm/v3/search';
      assert.ok(
        requests.some((u) => new URL(u).pathname === path && /diab/.test(u)),
        `the client called ${path}: ${requests.join(', ')}`,
      );
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
