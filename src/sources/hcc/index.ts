/**
 * CMS-HCC risk adjustment mappings plug-in: ICD-10-CM code → category in each model of the CMS
 * table (CMS-HCC V22/V24/V28, ESRD V21/V24, RxHCC V08). Yields hccMapping records only; the codes
 * themselves come from the ICD-10-CM plug-in. See docs/crosswalks-history.md.
 */

import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { normalizeCodeKey } from '../../core/codes.js';
import { SourceError } from '../../core/errors.js';
import type { HccMappingRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { readCsvRecords } from '../files/csv-records.js';
import { listFolder } from '../files/folders.js';
import { openMaybeGzip } from '../files/streams.js';
import { type HccLayout, hccLayout, isHeaderRow } from './columns.js';

const NAME = /mappings?.*\.csv(\.gz)?$/i;
const ICD10CM = /^[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])[0-9A-Z]{0,4}$/;

/** "PY2026 initial" from the folder year and the edition named in the file name. */
function hccRelease(year: string, name: string): string {
  const edition = /\b(initial|midyear|final)\b/i.exec(name)?.[1]?.toLowerCase();
  return edition ? `PY${year} ${edition}` : `PY${year}`;
}

async function detectHcc(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  const root = join(sourcesDir, 'cms-hcc');
  for (const year of await listFolder(root)) {
    if (!/^\d{4}$/.test(year)) continue;
    for (const name of await listFolder(join(root, year))) {
      if (!NAME.test(name)) continue;
      const absPath = join(root, year, name);
      const s = await stat(absPath);
      if (!s.isFile() || s.size === 0) continue;
      files.push({ absPath, path: relative(sourcesDir, absPath), role: 'hcc-mappings', release: hccRelease(year, name), size: s.size });
    }
  }
  const missing =
    files.length === 0 ? ['no CMS-HCC mapping table (cms-hcc/<year>/… Mappings.csv): no HCC categories on ICD-10-CM codes'] : [];
  return { system: 'icd10cm', files, missing };
}

function yesNo(text: string, file: string, location: string): boolean | null {
  if (text === '') return null;
  if (/^yes$/i.test(text)) return true;
  if (/^no$/i.test(text)) return false;
  throw new SourceError(file, location, `"${text}" is neither Yes nor No`);
}

function* mappingsOf(fields: string[], layout: HccLayout, file: DetectedFile, location: string): Iterable<HccMappingRecord> {
  const key = normalizeCodeKey(fields[layout.code] ?? '');
  for (const column of layout.categories) {
    const category = (fields[column.index] ?? '').trim();
    if (category === '') continue;
    if (!/^\d{1,4}$/.test(category))
      throw new SourceError(file.path, location, `${column.model} category "${category}" of ${key} is not a number`);
    const flagIndex = layout.previousYear.get(column.model);
    const inPreviousYear = flagIndex === undefined ? null : yesNo((fields[flagIndex] ?? '').trim(), file.path, location);
    yield { type: 'hccMapping', system: 'icd10cm', key, sourceRelease: file.release, model: column.model, category, inPreviousYear };
  }
}

async function* readFile(file: DetectedFile): AsyncIterable<SourceRecord> {
  let layout: HccLayout | null = null;
  let count = 0;
  let codes = 0;
  for await (const record of readCsvRecords(openMaybeGzip(file.absPath), file.path, 'latin1')) {
    const location = `line ${record.line}`;
    if (!layout) {
      if (isHeaderRow(record.fields)) layout = hccLayout(record.fields, file.path, location);
      else if (record.record > 30) throw new SourceError(file.path, location, 'no header row "Diagnosis Code" in the first 30 records');
      continue;
    }
    const first = (record.fields[0] ?? '').trim();
    const rest = record.fields.slice(1).some((f) => f.trim() !== '');
    if (!ICD10CM.test(first.replace('.', ''))) {
      if (!rest) continue; // blank rows and the footnotes under the table
      throw new SourceError(file.path, location, `diagnosis code "${first}" is malformed`);
    }
    codes += 1;
    for (const mapping of mappingsOf(record.fields, layout, file, location)) {
      count += 1;
      yield mapping;
    }
  }
  if (!layout) throw new SourceError(file.path, 'header', 'no header row "Diagnosis Code"');
  yield sourceFileRecord(file, 'icd10cm', await sha256File(file.absPath), { hccMapping: count, codes }, [], 'hcc-mappings');
}

async function* readHcc(detection: Detection, _options: ReadOptions): AsyncIterable<SourceRecord> {
  for (const file of detection.files) yield* readFile(file);
}

export const hccPlugin: SourcePlugin = { system: 'icd10cm', name: 'cms-hcc', detect: detectHcc, read: readHcc };
