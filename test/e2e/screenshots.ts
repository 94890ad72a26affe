/**
 * npm run screenshots: home, results and one code page per system, at desktop and phone width,
 * written to screenshots/ (gitignored). Uses the full database: --db PATH, MEDCODES_TEST_DB, or
 * .tmp/real.db (build it with `npx tsx src/main.ts build --db .tmp/real.db`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openMedcodes } from '../../src/app/medcodes.js';
import { browserSkipReason, launchBrowser, serveSite } from './browser.js';

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['results-knee-replacement', '/search?q=knee+replacement'],
  ['results-diabetes-billable', '/search?q=diabetes&billable=1'],
  ['code-icd10cm-S52.501A', '/code/icd10cm/S52.501A'],
  ['code-icd10cm-E11.9', '/code/icd10cm/E11.9'],
  ['code-icd10pcs-0SRC0JZ', '/code/icd10pcs/0SRC0JZ'],
  ['code-hcpcs-J1745', '/code/hcpcs/J1745'],
  ['code-cpt-63295', '/code/cpt/63295'],
  ['code-cpt-99213', '/code/cpt/99213'],
  ['code-hcpcs-E0601', '/code/hcpcs/E0601'],
  ['code-pos-11', '/code/pos/11'],
  ['browse-icd10cm', '/browse/icd10cm'],
  ['data', '/data'],
  ['not-found', '/code/icd10cm/E11.99'],
];

function databasePath(): string {
  const flag = process.argv.indexOf('--db');
  const path = flag > 0 ? process.argv[flag + 1] : (process.env.MEDCODES_TEST_DB ?? '.tmp/real.db');
  if (!path || !existsSync(path)) throw new Error(`no database at ${path}: build one or pass --db PATH`);
  return path;
}

async function main(): Promise<void> {
  const skip = browserSkipReason();
  if (skip) throw new Error(skip);
  const medcodes = openMedcodes(databasePath());
  const site = await serveSite(medcodes);
  const browser = await launchBrowser();
  const out = 'screenshots';
  mkdirSync(out, { recursive: true });
  try {
    for (const [width, suffix] of [
      [1280, ''],
      [375, '-375'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [name, path] of PAGES) {
        await page.goto(site.base + path);
        await page.screenshot({ path: join(out, `${name}${suffix}.png`), fullPage: true });
      }
      await page.close();
    }
    process.stdout.write(`wrote ${PAGES.length * 2} screenshots to ${out}/\n`);
  } finally {
    await browser.close();
    await site.close();
    medcodes.close();
  }
}

await main();
