/**
 * Finding the ICD-10-CM files under the sources folder (`icd10cm/<year>/…`, the layout of
 * ../shared/data) by their names. Never throws: unreadable zips and absent files become sentences
 * in `missing`.
 */
import { join } from 'node:path';
import type { DetectedFile, Detection } from '../contract.js';
import { fileSizeOf, listFolder } from '../files/folders.js';
import { listZip } from '../files/zip.js';

/** What each role of file is, for the plug-in and its reports. */
export type Icd10cmRole = 'order' | 'tabular' | 'index' | 'eindex' | 'drug' | 'neoplasm' | 'sections' | 'chapters' | 'index-csv';

/** CMS order-file zips: `2026-code-descriptions-tabular-order.zip`, and the April update `april-1-2026-…`. */
const ORDER_ZIP = /^(april-1-)?(\d{4})-code-descriptions-tabular-order\.zip$/i;
/**
 * CDC zips of XML: `ICD10CM_FY2017_Full_XML.zip`, `icd10cm-table-index-2025.zip`,
 * `icd10cm-table-index-April-2025.zip`, `icd10cm-table and index-April 1 2024.zip`, `icd10cm_tabular_2024.zip`.
 */
const XML_ZIP = /^icd[-_ ]?10[-_ ]?cm[-_ ].*(full[-_ ]xml|table|tabular|index).*\.zip$/i;
/**
 * Loose XML files, possibly gzipped. CDC has named them `icd10cm_tabular_2021.xml` (FY2016–FY2024),
 * `icd-10-cm-drug-2025.xml` (FY2025), `icd10cm-tabular-2026.xml`, and April updates
 * `icd10cm-tabular-April-2025.xml` / `icd10cm_tabular_2024_April_1.xml`.
 */
const LOOSE_XML =
  /^icd[-_]?10[-_]?cm[-_ ](tabular|index|eindex|drug|neoplasm)[-_ ](?:(april|apr)[-_ ]?(?:1[-_ ])?)?(\d{4})(?:[-_ ](april|apr)(?:[-_ ]?1)?)?\.xml(?:\.gz)?$/i;

/** Role, fiscal year and whether the name marks an April update, of a loose XML file name. */
export function looseXmlName(name: string): { role: Icd10cmRole; year: string; april: boolean } | null {
  const m = LOOSE_XML.exec(name);
  if (!m?.[1] || !m[3]) return null;
  return { role: m[1].toLowerCase() as Icd10cmRole, year: m[3], april: Boolean(m[2] || m[4]) };
}

const APRIL = /april|(^|[-_ ])apr([-_ ]|$)/i;

/** 1 for the April update of a fiscal year (it replaces the October files of the same year), else 0. */
function updateRank(file: DetectedFile): number {
  return APRIL.test(file.path.split('/').slice(-2).join('/')) ? 1 : 0;
}

/** Older release first; within a fiscal year the October files before the April update. */
export function compareFiles(a: DetectedFile, b: DetectedFile): number {
  if (a.release !== b.release) return a.release < b.release ? -1 : 1;
  return updateRank(a) - updateRank(b);
}
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

interface Found {
  files: DetectedFile[];
  problems: string[];
}

async function orderFile(absPath: string, rel: string, year: string, size: number, found: Found, april: boolean): Promise<void> {
  try {
    const members = await listZip(absPath);
    const member = members.find((m) => orderMemberPattern(year).test(m.name.split('/').pop() ?? ''));
    // The April update is a release of its own (`2026-04`), in force from April 1 to September 30.
    if (member) found.files.push({ absPath, path: `${rel}!/${member.name}`, role: 'order', release: april ? `${year}-04` : year, size });
    else found.problems.push(`${rel} has no member named icd10cm_order_${year}.txt, so FY${year} codes are not available.`);
  } catch (err) {
    found.problems.push(`${rel} could not be read as a zip file (${(err as Error).message}), so FY${year} codes are not available.`);
  }
}

async function fullXmlZip(absPath: string, rel: string, size: number, found: Found): Promise<void> {
  try {
    for (const member of await listZip(absPath)) {
      const m = looseXmlName(member.name.split('/').pop() ?? '');
      if (m) found.files.push({ absPath, path: `${rel}!/${member.name}`, role: m.role, release: m.year, size });
    }
  } catch (err) {
    found.problems.push(
      `${rel} could not be read as a zip file (${(err as Error).message}), so its tabular and index XML are not available.`,
    );
  }
}

async function scanFolder(sourcesDir: string, relDir: string, year: string, found: Found): Promise<void> {
  for (const name of await listFolder(join(sourcesDir, relDir))) {
    const rel = `${relDir}/${name}`;
    const absPath = join(sourcesDir, rel);
    const size = await fileSizeOf(absPath);
    if (size === 0) continue;
    const order = ORDER_ZIP.exec(name);
    const loose = looseXmlName(name);
    const derived = DERIVED_CSV.exec(name);
    if (order?.[2] === year) await orderFile(absPath, rel, year, size, found, Boolean(order[1]));
    else if (XML_ZIP.test(name)) await fullXmlZip(absPath, rel, size, found);
    else if (loose) found.files.push({ absPath, path: rel, role: loose.role, release: loose.year, size });
    else if (derived?.[1] && derived[2]) {
      const role = derived[2].toLowerCase() === 'index' ? 'index-csv' : derived[2].toLowerCase();
      found.files.push({ absPath, path: rel, role, release: derived[1], size });
    }
  }
}

/**
 * Of the eindex, drug and neoplasm files only the newest of each is read; of the tabular and index
 * XML of one fiscal year, the April update replaces the October files.
 */
function dropSuperseded(files: DetectedFile[]): DetectedFile[] {
  const newest = new Map<string, DetectedFile>();
  for (const f of files) {
    if (!['eindex', 'drug', 'neoplasm', 'sections', 'chapters'].includes(f.role)) continue;
    const cur = newest.get(f.role);
    if (!cur || compareFiles(cur, f) < 0) newest.set(f.role, f);
  }
  const aprilOf = new Set(
    files.filter((f) => ['tabular', 'index'].includes(f.role) && updateRank(f) === 1).map((f) => `${f.role} ${f.release}`),
  );
  return files.filter((f) => {
    if (newest.has(f.role)) return newest.get(f.role) === f;
    return !(aprilOf.has(`${f.role} ${f.release}`) && updateRank(f) === 0);
  });
}

function missingSentences(files: DetectedFile[]): string[] {
  const has = (role: Icd10cmRole) => files.some((f) => f.role === role);
  const newest = (role: Icd10cmRole) =>
    files
      .filter((f) => f.role === role)
      .map((f) => f.release.slice(0, 4))
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
    for (const year of (await listFolder(join(sourcesDir, 'icd10cm'))).filter((n) => /^\d{4}$/.test(n))) {
      await scanFolder(sourcesDir, `icd10cm/${year}`, year, found);
      await scanFolder(sourcesDir, `icd10cm/${year}/derived`, year, found);
    }
  } catch (err) {
    found.problems.push(`The ICD-10-CM folder could not be scanned (${(err as Error).message}).`);
  }
  const files = dropSuperseded(found.files);
  return { system: 'icd10cm', files, missing: [...found.problems, ...missingSentences(files)] };
}
