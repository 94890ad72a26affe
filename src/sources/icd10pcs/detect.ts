/** Finds the ICD-10-PCS files under <sources>/icd10pcs/<year>/ by name. Never throws. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DetectedFile, Detection } from '../contract.js';

const PATTERNS: Array<{ role: string; re: RegExp }> = [
  { role: 'order', re: /^(\d{4})-icd-10-pcs-order-file\.zip$/i },
  { role: 'tables', re: /^icd10pcs_tables_(\d{4})\.xml(\.gz)?$/i },
  { role: 'definitions', re: /^icd10pcs_definitions_(\d{4})\.xml(\.gz)?$/i },
  { role: 'index', re: /^icd10pcs_index_(\d{4})\.xml(\.gz)?$/i },
];

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

export async function detectIcd10pcs(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  const root = join(sourcesDir, 'icd10pcs');
  for (const year of (await list(root)).filter((d) => /^\d{4}$/.test(d)).sort()) {
    for (const name of (await list(join(root, year))).sort()) {
      const match = PATTERNS.find((p) => p.re.test(name));
      if (!match) continue;
      const absPath = join(root, year, name);
      try {
        const info = await stat(absPath);
        if (info.isFile() && info.size > 0)
          files.push({ absPath, path: `icd10pcs/${year}/${name}`, role: match.role, release: year, size: info.size });
      } catch {
        // unreadable entries are reported as missing below
      }
    }
  }
  return { system: 'icd10pcs', files, missing: missingSentences(files) };
}

function missingSentences(files: DetectedFile[]): string[] {
  const missing: string[] = [];
  const has = (role: string) => files.some((f) => f.role === role);
  const orders = files.filter((f) => f.role === 'order').map((f) => Number(f.release));
  if (orders.length === 0)
    missing.push('No ICD-10-PCS order file (icd10pcs/<year>/<year>-icd-10-pcs-order-file.zip): no ICD-10-PCS codes can be built.');
  else {
    for (let y = Math.min(...orders); y < Math.max(...orders); y += 1)
      if (!orders.includes(y)) missing.push(`No ICD-10-PCS order file for FY${y}: that release will be absent from the code history.`);
  }
  if (!has('tables'))
    missing.push(
      'No ICD-10-PCS tables XML (icd10pcs_tables_<year>.xml.gz): axis labels are missing and titles cannot be cross-checked against the tables.',
    );
  if (!has('definitions'))
    missing.push(
      'No ICD-10-PCS definitions XML (icd10pcs_definitions_<year>.xml.gz): operations, approaches and body parts have no definitions.',
    );
  if (!has('index')) missing.push('No ICD-10-PCS index XML (icd10pcs_index_<year>.xml.gz): no index terms lead to PCS codes.');
  return missing;
}

/** The newest file of a role, or undefined. */
export function newestOf(files: DetectedFile[], role: string): DetectedFile | undefined {
  return files
    .filter((f) => f.role === role)
    .sort((a, b) => a.release.localeCompare(b.release))
    .at(-1);
}
