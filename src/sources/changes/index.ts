/**
 * ICD-10-CM changes plug-in: change lists newer than any order file (applied as an incomplete
 * release: complete: false, never the default) and the CDC conversion tables (which old codes a new
 * code replaced). Yields release, change and replacement records, never codes, so the integrity
 * checks of the code lists are untouched. See docs/crosswalks-history.md.
 */
import type { ReleaseRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { changeRecords, fiscalYearStart } from './change-lists.js';
import { readConversionTable } from './conversion-table.js';
import { detectChanges } from './detect.js';

function changeRelease(fy: string): ReleaseRecord {
  return {
    type: 'release',
    system: 'icd10cm',
    release: fy,
    label: `FY${fy} changes`,
    effectiveFrom: fiscalYearStart(fy),
    effectiveTo: `${fy}-09-30`,
    complete: false,
  };
}

async function* readChangeLists(files: DetectedFile[]): AsyncIterable<SourceRecord> {
  const years = [...new Set(files.map((f) => f.release))].sort();
  for (const fy of years) {
    yield changeRelease(fy);
    for (const file of files.filter((f) => f.release === fy)) {
      let count = 0;
      for await (const change of changeRecords(file)) {
        count += 1;
        yield change;
      }
      yield sourceFileRecord(file, 'icd10cm', await sha256File(file.absPath), { change: count });
    }
  }
}

/** Newest table first; a (new, old) pair already given by a newer table is not repeated. */
async function* readConversionTables(files: DetectedFile[]): AsyncIterable<SourceRecord> {
  const seen = new Set<string>();
  for (const file of [...files].sort((a, b) => b.release.localeCompare(a.release))) {
    const { records, problems } = await readConversionTable(file);
    let count = 0;
    for (const record of records) {
      const id = `${record.newKey}|${record.oldKey}|${record.oldKeyEnd}`;
      if (seen.has(id)) continue;
      seen.add(id);
      count += 1;
      yield record;
    }
    yield sourceFileRecord(file, 'icd10cm', await sha256File(file.absPath), { replacement: count, rows: records.length }, problems);
  }
}

async function* readChanges(detection: Detection, _options: ReadOptions): AsyncIterable<SourceRecord> {
  yield* readChangeLists(detection.files.filter((f) => f.role.startsWith('changes-')));
  yield* readConversionTables(detection.files.filter((f) => f.role === 'conversion-table'));
}

export const changesPlugin: SourcePlugin = { system: 'icd10cm', name: 'icd10cm-changes', detect: detectChanges, read: readChanges };
