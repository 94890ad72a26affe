/**
 * The malicious policy fixture (scripts, event handlers, javascript: and data: links, remote
 * images, frames, objects, styles with url() and expression(), meta refresh, base) rendered on the
 * policy page in a real browser: no script runs, no dialog opens, and no request leaves the site.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import type { Medcodes } from '../../src/app/medcodes.js';
import { policyPageRoutes } from '../../src/http/pages/policy-routes.js';
import { buildPolicyDb } from '../support/policy-codes.js';
import { browserSkipReason, launchBrowser } from './browser.js';

const skip = browserSkipReason();

describe('policy page with a malicious document, in Chromium', { skip }, () => {
  let medcodes: Medcodes;
  let browser: Browser;
  let base = '';
  let close: () => void = () => {};
  before(async () => {
    ({ medcodes } = await buildPolicyDb());
    const server = serve({ fetch: policyPageRoutes(medcodes).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    close();
    medcodes?.close();
  });

  it('runs no script and makes no remote request', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const res = await page.goto(`${base}/policy/evil-payer--malicious`, { waitUntil: 'load' });
    assert.equal(res?.status(), 200);
    await page.waitForTimeout(500);
    for (const link of await page.locator('.policy-text a').all()) await link.hover();
    await page.locator('.policy-text p').first().click();
    await page.waitForTimeout(200);
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
      undefined,
      'no script of the document ran',
    );
    assert.deepEqual(dialogs, []);
    const foreign = requests.filter((u) => !u.startsWith(base));
    assert.deepEqual(foreign, [], 'no request left the site');
    assert.ok(!requests.some((u) => u.includes(':9/')), 'nothing of the document was fetched');
    const text = await page.locator('.policy-text').textContent();
    assert.match(text ?? '', /Covered for E11\.9\./);
    const hrefs = await page.locator('.policy-text a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, [null, null, null, 'https://example.org/ok']);
    await page.close();
  });

  it('links the code the document names', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/policy/evil-payer--malicious`);
    const codes = await page.locator('.policy-codes .code').allInnerTexts();
    assert.deepEqual(codes, ['E11.9']);
    await page.close();
  });
});
