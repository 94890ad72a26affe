/**
 * Policy files under the sources folder:
 * - `mcd/<release>/documents_latest.csv(.gz)`: the list of current LCDs and articles (role "mcd-list");
 * - `mcd/<release>/{lcd,article,ncd}/<table>.csv`, or as the CMS zips unpack,
 *   `mcd/<release>/<dataset>/<dataset>_csv/<table>.csv` (datasets `current_lcd`, `current_article`,
 *   `ncd`, `all_lcd`, …): the CMS MCD download tables, one folder per zip (roles "mcd-lcd",
 *   "mcd-article", "mcd-ncd", detected by their main table lcd.csv, article.csv, ncd_trkg.csv; the
 *   other tables are read from the same folder);
 * - `policies/<payer>/…/<name>.{html,htm,pdf,txt}` with an optional `<name>.json` sidecar (role
 *   "payer-document", release = the payer folder).
 * Release folders are listed newest first, so that the newest description of a policy wins ties.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DetectedFile, Detection } from '../contract.js';
import { detectedFile, listFolder } from '../files/folders.js';

const MCD_MAIN_TABLES: Record<string, string> = { lcd: 'lcd.csv', article: 'article.csv', ncd: 'ncd_trkg.csv' };
const DOCUMENT_EXTENSIONS = /\.(html?|pdf|txt)$/i;

async function detectMcd(sourcesDir: string, files: DetectedFile[]): Promise<void> {
  const root = join(sourcesDir, 'mcd');
  const releases = (await listFolder(root)).filter((n) => n !== 'coverage-api').reverse();
  for (const release of releases) {
    for (const name of ['documents_latest.csv', 'documents_latest.csv.gz']) {
      const f = await detectedFile(sourcesDir, join(root, release, name), 'mcd-list', release);
      if (f) files.push(f);
    }
    for (const folder of await listFolder(join(root, release))) {
      for (const dir of [join(root, release, folder), join(root, release, folder, `${folder}_csv`)]) {
        for (const [kind, table] of Object.entries(MCD_MAIN_TABLES)) {
          const f = await detectedFile(sourcesDir, join(dir, table), `mcd-${kind}`, release);
          if (f) files.push(f);
        }
      }
    }
  }
}

async function walkDocuments(sourcesDir: string, dir: string, payer: string, files: DetectedFile[], depth: number): Promise<void> {
  if (depth > 4) return;
  for (const name of await listFolder(dir)) {
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (!s) continue;
    if (s.isDirectory()) await walkDocuments(sourcesDir, path, payer, files, depth + 1);
    else if (DOCUMENT_EXTENSIONS.test(name)) {
      const f = await detectedFile(sourcesDir, path, 'payer-document', payer);
      if (f) files.push(f);
    }
  }
}

export async function detectPolicies(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  await detectMcd(sourcesDir, files);
  const payersRoot = join(sourcesDir, 'policies');
  for (const payer of await listFolder(payersRoot)) {
    const s = await stat(join(payersRoot, payer)).catch(() => null);
    if (s?.isDirectory()) await walkDocuments(sourcesDir, join(payersRoot, payer), payer, files, 0);
  }
  const missing: string[] = [];
  if (!files.some((f) => f.role.startsWith('mcd-'))) {
    missing.push('no Medicare coverage documents (mcd/<release>/documents_latest.csv or the MCD download tables): no Medicare policies');
  }
  if (!files.some((f) => f.role === 'payer-document')) missing.push('no payer policy documents (policies/<payer>/…)');
  return { system: 'policies', files, missing };
}
