/** Finding HCPCS quarterly files under <sources>/hcpcs/<YYYY-MM>/ and naming their release. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ReleaseRecord } from '../../core/records.js';
import type { DetectedFile, Detection } from '../contract.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const XLSX_NAME = /^HCPC\d{4}_[A-Z]{3}_ANWEB.*\.xlsx$/i;
const TEXT_NAME = /^HCPC.*\.txt(\.gz)?$/i;

/** "2025-10" from "HCPC2025_OCT_ANWEB.xlsx", else from a "2025-10" folder name; null when neither says. */
function hcpcsReleaseOf(folder: string, fileName: string): string | null {
  const m = /^HCPC(\d{4})_([A-Z]{3})_/i.exec(fileName);
  const month = m ? MONTHS.indexOf((m[2] ?? '').toUpperCase()) : -1;
  if (m && month >= 0) return `${m[1]}-${String(month + 1).padStart(2, '0')}`;
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(folder) ? folder : null;
}

export function hcpcsReleaseRecord(release: string): ReleaseRecord {
  const [year, month] = release.split('-');
  return {
    type: 'release',
    system: 'hcpcs',
    release,
    label: `${MONTH_NAMES[Number(month) - 1]} ${year}`,
    effectiveFrom: `${release}-01`,
    effectiveTo: null,
    complete: true,
  };
}

async function listDir(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}

async function fileIn(sourcesDir: string, folder: string, name: string): Promise<DetectedFile | null> {
  const absPath = join(sourcesDir, 'hcpcs', folder, name);
  const release = hcpcsReleaseOf(folder, name);
  if (!release) return null;
  try {
    const s = await stat(absPath);
    if (!s.isFile() || s.size === 0) return null;
    return { absPath, path: relative(sourcesDir, absPath), role: XLSX_NAME.test(name) ? 'xlsx' : 'text', release, size: s.size };
  } catch {
    return null;
  }
}

/** One file per release: the xlsx when present (its descriptions are whole), else the text edition. */
export async function detectHcpcs(sourcesDir: string): Promise<Detection> {
  const missing: string[] = [];
  const byRelease = new Map<string, DetectedFile>();
  for (const folder of (await listDir(join(sourcesDir, 'hcpcs'))).sort()) {
    for (const name of (await listDir(join(sourcesDir, 'hcpcs', folder))).sort()) {
      if (!XLSX_NAME.test(name) && !TEXT_NAME.test(name)) continue;
      const file = await fileIn(sourcesDir, folder, name);
      if (!file) continue;
      const held = byRelease.get(file.release);
      if (!held || (held.role === 'text' && file.role === 'xlsx')) byRelease.set(file.release, file);
    }
  }
  const files = [...byRelease.values()].sort((a, b) => a.release.localeCompare(b.release));
  if (files.length === 0) {
    missing.push(
      'no HCPCS Level II quarterly file (hcpcs/<YYYY-MM>/HCPC<YYYY>_<MON>_ANWEB.xlsx or the fixed-width .txt): HCPCS codes and modifiers are missing',
    );
  }
  return { system: 'hcpcs', files, missing };
}
