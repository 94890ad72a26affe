/**
 * The ICD-10-PCS plug-in: order files (every release), the tables XML (axis labels, the valid
 * code set and title cross-check), definitions and index XML. See docs/sources/icd10pcs.md.
 */
import type { SourceRecord } from '../../core/records.js';
import type { Detection, ReadOptions, SourcePlugin } from '../contract.js';
import { detectIcd10pcs, newestOf } from './detect.js';
import { readOrderBatches } from './read-order.js';
import { readDefinitions, readIndex, readTables, type TablesResult } from './read-xml.js';

export { composePcsTitle } from './compose-title.js';

async function* readAll(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord> {
  const orders = detection.files.filter((f) => f.role === 'order').sort((a, b) => a.release.localeCompare(b.release));
  const selected = options.newestOnly ? orders.slice(-1) : orders;
  const tablesFile = newestOf(detection.files, 'tables');
  const tables: TablesResult | null = tablesFile ? await readTables(tablesFile, options) : null;
  const labels = tables?.labels ?? new Map<string, string>();
  let tablesReleaseCodes: Set<string> | null = null;
  for (const file of selected) {
    const isTablesRelease = tables !== null && tables.release === file.release;
    const validCodes = isTablesRelease ? new Set<string>() : undefined;
    const ctx = { labels, composed: isTablesRelease ? tables.composed : null, options, validCodes };
    // Batches, then one yield per record: no extra async-generator level per record.
    for await (const batch of readOrderBatches(file, ctx)) for (const record of batch) yield record;
    if (validCodes) tablesReleaseCodes = validCodes;
  }
  if (tables) {
    yield* tables.axes;
    if (tablesReleaseCodes) tables.file.problems.push(...crossCheck(tables, tablesReleaseCodes));
    tables.file.counts.orderFileCodesCompared = tablesReleaseCodes ? tablesReleaseCodes.size : 0;
    yield tables.file;
  }
  const definitions = newestOf(detection.files, 'definitions');
  if (definitions) yield* readDefinitions(definitions);
  const index = newestOf(detection.files, 'index');
  if (index) yield* readIndex(index);
}

/** Codes the tables enumerate but the order file of the same release lacks, and the reverse. */
function crossCheck(tables: TablesResult, orderCodes: ReadonlySet<string>): string[] {
  const onlyTables = [...tables.composed.keys()].filter((c) => !orderCodes.has(c));
  const onlyOrder = [...orderCodes].filter((c) => !tables.composed.has(c));
  const out: string[] = [];
  const list = (codes: string[]) => `${codes.slice(0, 20).join(', ')}${codes.length > 20 ? ', …' : ''}`;
  if (onlyTables.length > 0)
    out.push(
      `${onlyTables.length} codes enumerated from the tables are not valid in the FY${tables.release} order file: ${list(onlyTables)}`,
    );
  if (onlyOrder.length > 0)
    out.push(`${onlyOrder.length} valid codes of the FY${tables.release} order file are not in the tables: ${list(onlyOrder)}`);
  return out;
}

export const icd10pcsPlugin: SourcePlugin = {
  system: 'icd10pcs',
  detect: detectIcd10pcs,
  read: readAll,
};
