/**
 * The CMS Restructured BETOS Classification System (RBCS, rbcs/<year>/RBCS_RY_<year>.csv[.gz]):
 * category, subcategory, family and major-procedure flag of each HCPCS/CPT code, as facts (source
 * "rbcs") for the articles' Purpose section. Only the current assignment of each code
 * (rbcs_latest_assignment = 1) is read. Header names are matched case-insensitively (the copy in the
 * sources folder has lower-case headers, the CMS original mixed case). The text columns are CMS
 * category names, not CPT descriptors.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SourceError } from '../../core/errors.js';
import type { FactRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { readCsvRecords } from '../files/csv-records.js';
import { openMaybeGzip } from '../files/streams.js';

const NAME = /^RBCS_RY_(\d{4})\.csv(\.gz)?$/i;
const CPT_SHAPE = /^[0-9]{4}[0-9AFMTU]$/;
const HCPCS_SHAPE = /^[A-V][0-9]{4}$/;
const COLUMNS = [
  'hcpcs_cd',
  'rbcs_id',
  'rbcs_cat_desc',
  'rbcs_subcat_desc',
  'rbcs_family_desc',
  'rbcs_major_ind',
  'rbcs_latest_assignment',
];

async function detectRbcs(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  const root = join(sourcesDir, 'rbcs');
  for (const year of (await readdir(root).catch(() => [] as string[])).sort()) {
    for (const name of (await readdir(join(root, year)).catch(() => [] as string[])).sort()) {
      const m = NAME.exec(name);
      if (!m) continue;
      const absPath = join(root, year, name);
      files.push({ absPath, path: relative(sourcesDir, absPath), role: 'rbcs', release: `RY${m[1]}`, size: (await stat(absPath)).size });
    }
  }
  const newest = files.sort((a, b) => a.release.localeCompare(b.release)).slice(-1);
  return {
    system: 'cpt',
    files: newest,
    missing: newest.length ? [] : ['no RBCS file (rbcs/<year>/RBCS_RY_<year>.csv): articles have no RBCS purpose'],
  };
}

function columnIndex(header: string[], file: string): Map<string, number> {
  const lower = header.map((h) => h.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !lower.includes(c));
  if (missing.length > 0) throw new SourceError(file, 'line 1', `missing column(s) ${missing.join(', ')}`);
  return new Map(COLUMNS.map((c) => [c, lower.indexOf(c)]));
}

async function* readRbcsFile(file: DetectedFile): AsyncIterable<FactRecord> {
  let cols: Map<string, number> | null = null;
  for await (const rec of readCsvRecords(openMaybeGzip(file.absPath), file.path)) {
    if (!cols) {
      cols = columnIndex(rec.fields, file.path);
      continue;
    }
    const get = (c: string) => (rec.fields[cols?.get(c) ?? -1] ?? '').trim();
    if (get('rbcs_latest_assignment') !== '1') continue;
    const key = get('hcpcs_cd').toUpperCase();
    const system = CPT_SHAPE.test(key) ? 'cpt' : HCPCS_SHAPE.test(key) ? 'hcpcs' : null;
    if (!system) continue;
    yield {
      type: 'fact',
      system,
      key,
      source: 'rbcs',
      sourceRelease: file.release,
      values: {
        rbcsId: get('rbcs_id'),
        category: get('rbcs_cat_desc'),
        subcategory: get('rbcs_subcat_desc'),
        family: get('rbcs_family_desc'),
        major: get('rbcs_major_ind'),
      },
    };
  }
}

async function* readRbcs(detection: Detection): AsyncIterable<SourceRecord> {
  for (const file of detection.files) {
    let n = 0;
    for await (const fact of readRbcsFile(file)) {
      n += 1;
      yield fact;
    }
    yield sourceFileRecord(file, 'cpt', await sha256File(file.absPath), { facts: n }, [], 'rbcs');
  }
}

export const rbcsPlugin: SourcePlugin = { system: 'cpt', name: 'rbcs', detect: detectRbcs, read: readRbcs };
