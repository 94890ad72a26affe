/**
 * Finding the files the CPT plug-in reads: the CMS payment and edit files that name CPT codes,
 * and the operator's AMA CPT data files under cpt/<year>/.
 */
import { join, relative } from 'node:path';
import type { DetectedFile, Detection } from '../contract.js';
import { fileSizeOf, listFolder } from '../files/folders.js';

export type CptRole = 'pfs-rvu' | 'pfs-time' | 'opps-addb' | 'ncci-aoc' | 'ncci-mue' | AmaRole;
export type AmaRole = 'ama-long' | 'ama-medium' | 'ama-short' | 'ama-consumer' | 'ama-clinician';

interface Pattern {
  role: CptRole;
  /** Top folder under the sources folder. */
  folder: string;
  name: RegExp;
  missing: string;
}

const CMS_PATTERNS: readonly Pattern[] = [
  {
    role: 'pfs-rvu',
    folder: 'pfs',
    name: /^PPRRVU\d{4}_[A-Za-z]{3}\.csv(\.gz)?$/i,
    missing: 'no PFS RVU file (pfs/<release>/PPRRVU<YYYY>_<Mon>.csv): no fee schedule facts',
  },
  {
    role: 'pfs-time',
    folder: 'pfs',
    name: /work_?time.*\.xlsx$/i,
    missing: 'no PFS physician work time workbook (pfs/physician-time-cy<YYYY>/…Work_Time….xlsx): no physician time facts',
  },
  {
    role: 'opps-addb',
    folder: 'opps',
    name: /Addendum_?B.*\.xlsx$/i,
    missing: 'no OPPS Addendum B workbook (opps/…Addendum_B….xlsx): no OPPS status indicators',
  },
  {
    role: 'ncci-aoc',
    folder: 'ncci',
    name: /^AOC_.*\.xlsx$/i,
    missing: 'no NCCI add-on code edit workbook (ncci/<release>/AOC_….xlsx): no add-on code edits',
  },
  {
    role: 'ncci-mue',
    folder: 'ncci',
    name: /MUE_PractitionerServices.*\.(csv|csv\.gz|xlsx)$/i,
    missing: 'no NCCI practitioner MUE table (ncci/<release>/…MUE_PractitionerServices….csv or .xlsx): no MUE values',
  },
];

const AMA_NAMES: ReadonlyArray<[AmaRole, RegExp]> = [
  ['ama-long', /^LONGULT\.txt$/i],
  ['ama-medium', /^MEDU\.txt$/i],
  ['ama-short', /^SHORTU\.txt$/i],
  ['ama-consumer', /^ConsumerDescriptor\.txt$/i],
  ['ama-clinician', /^ClinicianDescriptor\.txt$/i],
];

/** Files in `dir` and one level of sub-folders below it. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await listFolder(dir)) {
    const path = join(dir, name);
    if ((await fileSizeOf(path)) > 0) out.push(path);
    else for (const inner of await listFolder(path)) out.push(join(path, inner));
  }
  return out;
}

/** A "MUE…csv.gz" and a "MUE….xlsx" of the same table: keep the CSV (streamed, same rows). */
function preferCsv(files: DetectedFile[]): DetectedFile[] {
  const mue = files.filter((f) => f.role === 'ncci-mue');
  if (mue.length < 2) return files;
  const base = (p: string) => p.replace(/\.(csv|csv\.gz|xlsx)$/i, '');
  return files.filter(
    (f) => f.role !== 'ncci-mue' || !f.path.endsWith('.xlsx') || !mue.some((m) => m !== f && base(m.path) === base(f.path)),
  );
}

async function detectCms(sourcesDir: string, missing: string[]): Promise<DetectedFile[]> {
  const found: DetectedFile[] = [];
  for (const pattern of CMS_PATTERNS) {
    const before = found.length;
    for (const absPath of await filesUnder(join(sourcesDir, pattern.folder))) {
      const name = absPath.split('/').pop() ?? '';
      if (!pattern.name.test(name)) continue;
      const size = await fileSizeOf(absPath);
      if (size > 0) found.push({ absPath, path: relative(sourcesDir, absPath), role: pattern.role, release: '', size });
    }
    if (found.length === before) missing.push(pattern.missing);
  }
  return preferCsv(found);
}

async function detectAma(sourcesDir: string): Promise<DetectedFile[]> {
  const found: DetectedFile[] = [];
  for (const year of await listFolder(join(sourcesDir, 'cpt'))) {
    if (!/^\d{4}$/.test(year)) continue;
    for (const name of await listFolder(join(sourcesDir, 'cpt', year))) {
      const role = AMA_NAMES.find(([, re]) => re.test(name))?.[0];
      const absPath = join(sourcesDir, 'cpt', year, name);
      const size = await fileSizeOf(absPath);
      if (role && size > 0) found.push({ absPath, path: relative(sourcesDir, absPath), role, release: year, size });
    }
  }
  return found;
}

/** The year the CMS files speak for: the PFS RVU file's year, else the physician time year, else the newest year named. */
function cmsYear(files: readonly DetectedFile[]): string | null {
  const yearIn = (f: DetectedFile | undefined, re: RegExp) => (f ? (re.exec(f.path)?.[1] ?? null) : null);
  const rvu = yearIn(
    files.find((f) => f.role === 'pfs-rvu'),
    /PPRRVU(\d{4})/i,
  );
  const time = yearIn(
    files.find((f) => f.role === 'pfs-time'),
    /cy-?(\d{4})/i,
  );
  const any = files
    .map((f) => /(20\d{2})/.exec(f.path)?.[1])
    .filter((y): y is string => y !== undefined)
    .sort()
    .at(-1);
  return rvu ?? time ?? any ?? null;
}

export async function detectCpt(sourcesDir: string): Promise<Detection> {
  const missing: string[] = [];
  const ama = await detectAma(sourcesDir);
  const cms = await detectCms(sourcesDir, missing);
  if (!ama.some((f) => f.role === 'ama-long')) {
    missing.unshift('no AMA CPT data files (cpt/<year>/LONGULT.txt, SHORTU.txt, …): CPT codes are shown without descriptors');
  }
  const years = ama.map((f) => f.release);
  const cmsRelease = cmsYear(cms);
  const newest = [...years, ...(cmsRelease ? [cmsRelease] : [])].sort().at(-1) ?? '';
  for (const f of cms) f.release = newest;
  if (ama.length === 0 && cms.length === 0) missing.unshift('no CPT code numbers: none of the CMS files that name CPT codes is present');
  return { system: 'cpt', files: [...ama, ...cms], missing };
}
