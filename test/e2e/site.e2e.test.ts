/**
 * The web site in a real browser (Debian's Chromium through playwright-core) on the full database:
 * autocomplete by keyboard, breadcrumbs, notes, axe-core on every kind of page, and a phone width.
 * Skips with the reason when Chromium or the official files are absent; in CI (CI set) it fails.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Medcodes } from '../../src/app/medcodes.js';
import { realDatabase } from '../support/real-db.js';
import { browserSkipReason, launchBrowser, type Site, serveSite } from './browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const CODE_PAGES = [
  '/code/icd10cm/S52.501A',
  '/code/icd10cm/E11.9',
  '/code/icd10pcs/0SRC0JZ',
  '/code/hcpcs/J1745',
  '/code/hcpcs/E0601',
  '/code/cpt/63295',
  '/code/cpt/99213',
  '/code/pos/11',
];

const browserSkip = browserSkipReason();
const real = browserSkip ? { medcodes: null, skipReason: browserSkip } : await realDatabase();
if (!real.medcodes && process.env.CI) throw new Error(`browser tests cannot run in CI: ${real.skipReason}`);
const skip = real.skipReason ?? false;

let medcodes: Medcodes;
let site: Site;
let browser: Browser;

before(async () => {
  if (skip) return;
  medcodes = real.medcodes as Medcodes;
  site = await serveSite(medcodes);
  browser = await launchBrowser();
});
after(async () => {
  if (skip) return;
  await browser.close();
  await site.close();
  medcodes.close();
});

/** A new page that fails the test on a script error or a Content Security Policy violation. */
async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`script error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  const res = await page.goto(site.base + path);
  assert.ok(res && res.status() < 400, `${path}: ${res?.status()}`);
  return page;
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems: string[] }).problems;
}

/** Every axe-core violation on the page, whatever its impact (minor ones included). */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which stays in force for the page's own scripts.
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  };
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the site in Chromium', { skip }, () => {
  it('autocompletes "knee repl" on the home page, is driven by the keyboard, and lands on the code page', async () => {
    const page = await open('/');
    const box = page.locator('#home-q');
    assert.equal(await box.getAttribute('role'), 'combobox');
    await box.pressSequentially('knee repl', { delay: 30 });
    await page.locator('#home-q-list [role=option]').first().waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    assert.ok(active);
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    const chosen = (await page.locator(`#${active} .code`).textContent()) ?? '';
    await Promise.all([page.waitForURL(/\/code\//), box.press('Enter')]);
    assert.equal((await page.locator('h1 .code').textContent())?.trim(), chosen.trim());
    await box.press('Escape').catch(() => undefined);
    const crumbs = page.locator('nav.breadcrumb a');
    const parent = crumbs.last();
    const parentCode = ((await parent.textContent()) ?? '').trim();
    const before = new URL(page.url()).pathname;
    await Promise.all([page.waitForURL((url) => url.pathname !== before), parent.click()]);
    assert.ok((await page.locator('h1').textContent())?.includes(parentCode));
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  it('closes the suggestions with Escape', async () => {
    const page = await open('/');
    const box = page.locator('#home-q');
    await box.pressSequentially('diabetes', { delay: 20 });
    await page.locator('#home-q-list [role=option]').first().waitFor();
    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#home-q-list').isHidden(), true);
    await page.close();
  });

  it('shows a code page with its notes, inherited ones marked, and the 7th-character table', async () => {
    const page = await open('/code/icd10cm/S52.501A');
    assert.match(page.url(), /\/code\/icd10cm\/S52\.501A-unspecified-fracture-of-the-lower-end-of-right-radius/);
    assert.equal(await page.locator('#notes-title').textContent(), 'Notes');
    assert.ok((await page.locator('.notes .from').count()) > 0);
    assert.match((await page.locator('tr.current').textContent()) ?? '', /initial encounter for closed fracture/);
    assert.deepEqual(problemsOf(page), []);
    await page.close();
  });

  it('has no axe-core violations on home, results and a code page of each system, at desktop and phone width', async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      for (const path of ['/', '/search?q=knee+replacement', '/browse/icd10cm', '/data', ...CODE_PAGES]) {
        const page = await open(path, width);
        for (const v of await axeViolations(page)) found.push(`${path} at ${width} px: ${v}`);
        found.push(...problemsOf(page).map((p) => `${path} at ${width} px: ${p}`));
        await page.close();
      }
    }
    assert.deepEqual(found, []);
  });

  it('fits a 375 px wide phone without sideways scrolling', async () => {
    for (const path of ['/', '/search?q=fracture', ...CODE_PAGES]) {
      const page = await open(path, 375);
      const width = await page.evaluate('document.documentElement.scrollWidth');
      assert.ok((width as number) <= 375, `${path} is ${width} px wide`);
      const box = await page.locator('input[name=q]').boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `${path}: search box off screen`);
      assert.ok(await page.locator('h1').isVisible());
      await page.close();
    }
  });
});
