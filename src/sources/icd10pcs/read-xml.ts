/** Reads the tables, definitions and index XML files into records. */
import type { AxisRecord, SourceFileRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type ReadOptions, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { openMaybeGzip } from '../files/streams.js';
import { streamXmlElements } from '../files/xml.js';
import { composePcsTitle } from './compose-title.js';
import { definitionsOfSection } from './definitions.js';
import { termsOfMainTerm } from './pcs-index.js';
import { type AxisTally, axisRecordsOf, expandPcsTable, readPcsTable, rowCountProblems, tableKey } from './tables.js';

/** What the tables XML gives the rest of the read. */
export interface TablesResult {
  release: string;
  /** Section ("0") and body system ("0S") labels. */
  labels: Map<string, string>;
  /** Composed long title of every valid code. */
  composed: Map<string, string>;
  axes: AxisRecord[];
  file: SourceFileRecord;
}

export async function readTables(f: DetectedFile, options: ReadOptions): Promise<TablesResult> {
  const labels = new Map<string, string>();
  const composed = new Map<string, string>();
  const axes: AxisRecord[] = [];
  const seenAxes = new Set<string>();
  const tally: AxisTally = { ambiguous: 0, rowSpecific: 0, unresolved: 0 };
  const problems: string[] = [];
  const counts = {
    tables: 0,
    rows: 0,
    codes: 0,
    axes: 0,
    axisValuesWithSeveralLabels: 0,
    rowSpecificAxisLabels: 0,
    axisLabelsNeedingLaterCharacters: 0,
  };
  for await (const el of streamXmlElements(openMaybeGzip(f.absPath), f.path, new Set(['pcsTable']))) {
    const table = readPcsTable(f.path, el);
    counts.tables += 1;
    counts.rows += table.rows.length;
    const key = tableKey(table);
    labels.set(key.slice(0, 1), table.head[0].label);
    labels.set(key.slice(0, 2), table.head[1].label);
    problems.push(...rowCountProblems(table));
    axes.push(...axisRecordsOf(table, f.release, seenAxes, tally));
    for (const { code, axes: codeAxes } of expandPcsTable(table)) {
      if (composed.has(code)) problems.push(`${table.where}: code ${code} is enumerated twice`);
      composed.set(code, composePcsTitle(codeAxes));
    }
    if (counts.tables % 100 === 0) options.onProgress?.({ system: 'icd10pcs', file: f.path, done: counts.tables, total: 0 });
  }
  counts.codes = composed.size;
  counts.axes = axes.length;
  counts.axisValuesWithSeveralLabels = tally.ambiguous;
  counts.rowSpecificAxisLabels = tally.rowSpecific;
  counts.axisLabelsNeedingLaterCharacters = tally.unresolved;
  return {
    release: f.release,
    labels,
    composed,
    axes,
    file: sourceFileRecord(f, 'icd10pcs', await sha256File(f.absPath), counts, problems),
  };
}

export async function* readDefinitions(f: DetectedFile): AsyncIterable<SourceRecord> {
  const counts = { definitions: 0, deviceAggregates: 0 };
  for await (const el of streamXmlElements(openMaybeGzip(f.absPath), f.path, new Set(['section', 'aggregate']))) {
    if (el.name === 'aggregate') {
      counts.deviceAggregates += 1;
      continue;
    }
    for (const d of definitionsOfSection(f.path, el, f.release)) {
      counts.definitions += 1;
      yield d;
    }
  }
  yield sourceFileRecord(f, 'icd10pcs', await sha256File(f.absPath), counts);
}

export async function* readIndex(f: DetectedFile): AsyncIterable<SourceRecord> {
  const tally = { withoutCode: 0 };
  const counts = { mainTerms: 0, terms: 0, crossReferencesWithoutCode: 0 };
  for await (const el of streamXmlElements(openMaybeGzip(f.absPath), f.path, new Set(['mainTerm']))) {
    counts.mainTerms += 1;
    for (const t of termsOfMainTerm(el, f.release, tally)) {
      counts.terms += 1;
      yield t;
    }
  }
  counts.crossReferencesWithoutCode = tally.withoutCode;
  yield sourceFileRecord(f, 'icd10pcs', await sha256File(f.absPath), counts);
}
