import { join } from 'node:path';
import type { DetectedFile, Detection } from '../contract.js';
import { detectedFile, listFolder } from '../files/folders.js';

const CHANGE_ROLES: Record<string, RegExp> = {
  'changes-deleted': /^deleted\.csv$/i,
  'changes-revised': /^revised\.csv$/i,
  'changes-billable': /^billable-status-changes\.csv$/i,
};
const CONVERSION = /conversion-table.*\.xlsx$/i;
/** A complete release of the year (the ICD-10-CM plug-in's order file): its change list is then not needed. */
const COMPLETE_RELEASE = /(code-descriptions|order).*\.zip$/i;

async function changeListsOf(sourcesDir: string, yearDir: string, year: string, missing: string[]): Promise<DetectedFile[]> {
  const folder = join(yearDir, 'derived', `fy${year}-changes`);
  const names = await listFolder(folder);
  if (names.length === 0) return [];
  if ((await listFolder(yearDir)).some((n) => COMPLETE_RELEASE.test(n))) {
    missing.push(`icd10cm/${year}: the complete FY${year} release is present, so its change list is not applied`);
    return [];
  }
  const found: DetectedFile[] = [];
  for (const name of names) {
    const role = Object.keys(CHANGE_ROLES).find((r) => CHANGE_ROLES[r]?.test(name));
    const file = role ? await detectedFile(sourcesDir, join(folder, name), role, year) : null;
    if (file) found.push(file);
  }
  return found;
}

export async function detectChanges(sourcesDir: string): Promise<Detection> {
  const root = join(sourcesDir, 'icd10cm');
  const files: DetectedFile[] = [];
  const missing: string[] = [];
  for (const year of await listFolder(root)) {
    if (!/^\d{4}$/.test(year)) continue;
    const yearDir = join(root, year);
    files.push(...(await changeListsOf(sourcesDir, yearDir, year, missing)));
    for (const name of await listFolder(yearDir)) {
      if (!CONVERSION.test(name)) continue;
      const file = await detectedFile(sourcesDir, join(yearDir, name), 'conversion-table', year);
      if (file) files.push(file);
    }
  }
  if (!files.some((f) => f.role === 'conversion-table')) {
    missing.push('no CDC conversion table (icd10cm/<FY>/…conversion-table….xlsx): which old codes a new code replaced is unknown');
  }
  if (!files.some((f) => f.role.startsWith('changes-'))) {
    missing.push('no change list newer than the order files (icd10cm/<FY>/derived/fy<FY>-changes/*.csv)');
  }
  return { system: 'icd10cm', files, missing };
}
