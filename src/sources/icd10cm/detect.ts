/**
 * Finding the ICD-10-CM files under the sources folder (`icd10cm/<year>/…`, the layout of
 * ../shared/data) by their names. Never throws: unreadable zips and absent files become sentences
 * in `missing`.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DetectedFile, Detection } from '../contract.js';
import { listZip } from '../files/zip.js';

/** What each role of file is, for the plug-in and its reports. */
export type Icd10cmRole = 'order' | 'tabular' | 'index' | 'eindex' | 'drug' | 'neoplasm' | 'sections' | 'chapters' | 'index-csv';

const ORDER_ZIP = /^(\d{4})-code-descriptions-tabular-order\.zip$/i;
const FULL_XML_ZIP = /^ICD10CM_FY(\d{4})_Full_XML\.zip$/i;
/** Loose XML files: CDC names them `icd10cm_tabular_2021.xml` or `icd-10-cm-drug-2025.xml`, possibly gzipped. */
const LOOSE_XML = /^icd(?:10cm_|-10-cm-)(tabular|index|eindex|drug|neoplasm)[_-](\d{4})\.xml(?:\.gz)?$/i;
const DERIVED_CSV = /^ICD10CM_(\d{4})_(sections|chapters|Index)\.csv(?:\.gz)?$/i;

/** Base name of the order file for a year (not `icd10cm_order_addenda_<year>.txt`). */
export function orderMemberPattern(year: string): RegExp {
  return new RegExp(`^icd10cm_order_${year}\\.txt$`, 'i');
}

/** The member of a detected zip file (`a.zip!/folder/member.txt` → `folder/member.txt`), or null. */
export function zipMemberOf(file: DetectedFile): string | null {
  const at = file.path.indexOf('.zip!/');
  return at < 0 ? null : file.path.slice(at + '.zip!/'.length);
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}

interface Found {
  files: DetectedFile[];
  problems: string[];
}

async function orderFile(absPath: string, rel: string, year: string, size: number, found: Found): Promise<void> {
  try {
    const members = await listZip(absPath);
    const member = members.find((m) => orderMemberPattern(year).test(m.name.split('/').pop() ?? ''));
    if (member) found.files.push({ absPath, path: `${rel}!/${member.name}`, role: 'order', release: year, size });
    else found.problems.push(`${rel} has no member named icd10cm_order_${year}.txt, so FY${year} codes are not available.`);
  } catch (err) {
    found.problems.push(`${rel} could not be read as a zip file (${(err as Error).message}), so FY${year} codes are not available.`);
  }
}

async function fullXmlZip(absPath: string, rel: string, size: number, found: Found): Promise<void> {
  try {
    for (const member of await listZip(absPath)) {
      const m = LOOSE_XML.exec(member.name.split('/').pop() ?? '');
      if (m?.[1] && m[2]) found.files.push({ absPath, path: `${rel}!/${member.name}`, role: m[1].toLowerCase(), release: m[2], size });
    }
  } catch (err) {
    found.problems.push(
      `${rel} could not be read as a zip file (${(err as Error).message}), so its tabular and index XML are not available.`,
    );
  }
}

async function scanFolder(sourcesDir: string, relDir: string, year: string, found: Found): Promise<void> {
  for (const name of await listDir(join(sourcesDir, relDir))) {
    const rel = `${relDir}/${name}`;
    const absPath = join(sourcesDir, rel);
    const size = await sizeOf(absPath);
    if (size === 0) continue;
    const order = ORDER_ZIP.exec(name);
    const loose = LOOSE_XML.exec(name);
    const derived = DERIVED_CSV.exec(name);
    if (order?.[1] === year) await orderFile(absPath, rel, year, size, found);
    else if (FULL_XML_ZIP.test(name)) await fullXmlZip(absPath, rel, size, found);
    else if (loose?.[1] && loose[2]) found.files.push({ absPath, path: rel, role: loose[1].toLowerCase(), release: loose[2], size });
    else if (derived?.[1] && derived[2]) {
      const role = derived[2].toLowerCase() === 'index' ? 'index-csv' : derived[2].toLowerCase();
      found.files.push({ absPath, path: rel, role, release: derived[1], size });
    }
  }
}

/** Of the eindex, drug and neoplasm files only the newest release of each is read. */
function dropSuperseded(files: DetectedFile[]): DetectedFile[] {
  const newest = new Map<string, string>();
  for (const f of files) {
    if (!['eindex', 'drug', 'neoplasm', 'sections', 'chapters'].includes(f.role)) continue;
    if ((newest.get(f.role) ?? '') < f.release) newest.set(f.role, f.release);
  }
  return files.filter((f) => !newest.has(f.role) || newest.get(f.role) === f.release);
}

function missingSentences(files: DetectedFile[]): string[] {
  const has = (role: Icd10cmRole) => files.some((f) => f.role === role);
  const newest = (role: Icd10cmRole) =>
    files
      .filter((f) => f.role === role)
      .map((f) => f.release)
      .sort()
      .at(-1) ?? '';
  const out: string[] = [];
  if (!has('order'))
    out.push(
      'No ICD-10-CM order file (icd10cm/<year>/<year>-code-descriptions-tabular-order.zip) was found: no ICD-10-CM codes can be built.',
    );
  if (!has('tabular'))
    out.push('No ICD-10-CM tabular XML (icd10cm_tabular_<year>.xml) was found: notes and 7th-character definitions are unavailable.');
  else if (has('order') && newest('tabular') < newest('order'))
    out.push(
      `The newest ICD-10-CM tabular XML is FY${newest('tabular')} while codes go up to FY${newest('order')}: codes added after FY${newest('tabular')} have no notes or 7th-character definitions.`,
    );
  if (!has('tabular') && !has('sections'))
    out.push(
      'No ICD-10-CM chapter and section list (tabular XML or ICD10CM_<year>_sections.csv): categories have no chapter or section parent.',
    );
  if (!has('index') && !has('index-csv'))
    out.push(
      'No ICD-10-CM alphabetic index (icd10cm_index_<year>.xml or ICD10CM_<year>_Index.csv): index terms are unavailable for search.',
    );
  if (!has('eindex')) out.push('No ICD-10-CM external cause index XML: external cause terms are unavailable for search.');
  if (!has('drug')) out.push('No ICD-10-CM table of drugs and chemicals XML: drug terms are unavailable for search.');
  if (!has('neoplasm')) out.push('No ICD-10-CM table of neoplasms XML: neoplasm terms are unavailable for search.');
  return out;
}

/** Detects the ICD-10-CM files of every year folder under `<sourcesDir>/icd10cm`. */
export async function detectIcd10cm(sourcesDir: string): Promise<Detection> {
  const found: Found = { files: [], problems: [] };
  try {
    for (const year of (await listDir(join(sourcesDir, 'icd10cm'))).filter((n) => /^\d{4}$/.test(n))) {
      await scanFolder(sourcesDir, `icd10cm/${year}`, year, found);
      await scanFolder(sourcesDir, `icd10cm/${year}/derived`, year, found);
    }
  } catch (err) {
    found.problems.push(`The ICD-10-CM folder could not be scanned (${(err as Error).message}).`);
  }
  const files = dropSuperseded(found.files);
  return { system: 'icd10cm', files, missing: [...found.problems, ...missingSentences(files)] };
}
