/**
 * HCPCS Level II plug-in: the CMS quarterly alpha-numeric file (xlsx or fixed-width text) →
 * a release per quarter, letter and section groups, codes and modifiers with every column kept.
 */
import type { CodeRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { detectHcpcs, hcpcsReleaseRecord } from './detect.js';
import { assembleEntries, type HcpcsEntry } from './entry.js';
import { groupRecords, parentOf } from './groups.js';
import { readHcpcsText, readHcpcsXlsx } from './readers.js';

const PROGRESS_EVERY = 2000;

async function readEntries(file: DetectedFile, options: ReadOptions): Promise<HcpcsEntry[]> {
  const raw = file.role === 'xlsx' ? readHcpcsXlsx(file.absPath, file.path) : readHcpcsText(file.absPath, file.path);
  const entries: HcpcsEntry[] = [];
  for await (const entry of assembleEntries(raw, file.path)) {
    entries.push(entry);
    if (entries.length % PROGRESS_EVERY === 0) options.onProgress?.({ system: 'hcpcs', file: file.path, done: entries.length, total: 0 });
  }
  return entries;
}

function codeRecord(entry: HcpcsEntry, release: string, effectiveFrom: string, order: number, parent: string): CodeRecord {
  const terminated = entry.terminationDate !== null && entry.terminationDate <= effectiveFrom;
  return {
    type: 'code',
    system: 'hcpcs',
    release,
    key: entry.key,
    code: entry.key,
    kind: entry.kind,
    display: entry.longDescription,
    shortDisplay: entry.shortDescription === '' ? null : entry.shortDescription,
    billable: entry.kind === 'code' && !terminated,
    parent,
    order,
    attributes: entry.attributes,
  };
}

async function* readRelease(file: DetectedFile, options: ReadOptions): AsyncIterable<SourceRecord> {
  const release = hcpcsReleaseRecord(file.release);
  yield release;
  const entries = await readEntries(file, options);
  const seen = new Set<string>();
  const counts: Record<string, number> = { codes: 0, modifiers: 0, terminatedCodes: 0, terminatedModifiers: 0, groups: 0 };
  const problems: string[] = [];
  const groups = groupRecords(entries, file.release);
  counts.groups = groups.records.length;
  for (const g of groups.records) yield g;
  if (groups.uncovered.length > 0) {
    problems.push(
      `${groups.uncovered.length} codes lie outside every published section range and sit under their letter group: ${groups.uncovered.slice(0, 30).join(', ')}${groups.uncovered.length > 30 ? ', …' : ''}`,
    );
  }
  let order = groups.records.length;
  for (const entry of entries) {
    if (seen.has(entry.key)) {
      problems.push(`${entry.location}: ${entry.key} appears again; the first entry is kept`);
      continue;
    }
    seen.add(entry.key);
    const record = codeRecord(entry, file.release, release.effectiveFrom, ++order, parentOf(entry));
    counts[entry.kind === 'code' ? 'codes' : 'modifiers'] = (counts[entry.kind === 'code' ? 'codes' : 'modifiers'] ?? 0) + 1;
    if (entry.terminationDate !== null && entry.terminationDate <= release.effectiveFrom) {
      const k = entry.kind === 'code' ? 'terminatedCodes' : 'terminatedModifiers';
      counts[k] = (counts[k] ?? 0) + 1;
    }
    yield record;
  }
  yield sourceFileRecord(file, 'hcpcs', await sha256File(file.absPath), counts, problems);
}

async function* readHcpcs(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord> {
  const files = options.newestOnly ? detection.files.slice(-1) : detection.files;
  for (const [index, file] of files.entries()) {
    options.onProgress?.({ system: 'hcpcs', file: file.path, done: index, total: files.length });
    yield* readRelease(file, options);
    options.onProgress?.({ system: 'hcpcs', file: file.path, done: index + 1, total: files.length });
  }
}

export const hcpcsPlugin: SourcePlugin = { system: 'hcpcs', detect: detectHcpcs, read: readHcpcs };
