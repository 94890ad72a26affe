/** The policy section of a code page says per policy: kind, contractor and states, how it names the code, a link. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { buildPolicyDb } from '../support/policy-codes.js';

let medcodes: Medcodes;
before(async () => {
  ({ medcodes } = await buildPolicyDb());
});
after(() => medcodes.close());

async function section(path: string): Promise<string> {
  const app = createApp({ medcodes });
  let res = await app.request(path);
  if (res.status >= 300 && res.status < 400) res = await app.request(res.headers.get('location') as string);
  assert.equal(res.status, 200, path);
  const html = await res.text();
  const start = html.indexOf('id="policies-title"');
  assert.ok(start > 0, 'the page has the policy section');
  return html
    .slice(start, html.indexOf('</section>', start))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the policy section of a code page', () => {
  it('a billing article listing the diagnosis as covered: kind, contractor and states, "listed as covered", link', async () => {
    const text = await section('/code/icd10cm/M23.2');
    assert.match(text, /\(Medicare billing article A90002\)/);
    assert.match(text, /Other Invented MAC — CT, NY/);
    assert.match(text, /listed as covered/);
    const app = createApp({ medcodes });
    let res = await app.request('/code/icd10cm/M23.2');
    if (res.status >= 300 && res.status < 400) res = await app.request(res.headers.get('location') as string);
    assert.match(await res.text(), /href="\/policy\/A90002"/);
  });

  it('a diagnosis the article lists as not covered says so', async () => {
    assert.match(await section('/code/icd10cm/M54.5'), /listed as not covered/);
  });

  it('a policy found by its title only says "only matched by topic" and names the LCD', async () => {
    const text = await section('/code/icd10cm/E11.9');
    assert.match(text, /\(Medicare LCD L90001\)/);
    assert.match(text, /only matched by topic — the policy does not list this code/);
  });
});
