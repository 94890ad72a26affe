/**
 * General Equivalence Mappings plug-in: ICD-9-CM ↔ ICD-10-CM and ICD-9-CM volume 3 ↔ ICD-10-PCS,
 * both directions, every row with its flags spelled out. Yields crosswalk records only (no codes,
 * no releases): ICD-9 is a crosswalk-only system. See docs/crosswalks-history.md.
 */
import type { CrosswalkRecord, SourceFileRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { detectGems, type GemKind, gemKindOf } from './detect.js';
import { type GemRow, gemRows, isNoMapTarget } from './gem-rows.js';

function crosswalkOf(row: GemRow, kind: GemKind, vintage: string, flags: string | null): CrosswalkRecord {
  const noMap = isNoMapTarget(row.to);
  const digit = (i: number) => (flags === null ? null : Number(flags[i]));
  return {
    type: 'crosswalk',
    source: kind.source,
    sourceRelease: vintage,
    fromSystem: kind.fromSystem,
    fromKey: row.from,
    toSystem: kind.toSystem,
    toKey: noMap ? null : row.to,
    approximate: flags === null ? null : flags[0] === '1',
    noMap,
    combination: flags === null ? null : flags[2] === '1',
    scenario: digit(3),
    choiceList: digit(4),
    flags,
  };
}

async function fileRecord(file: DetectedFile, count: number, problems: string[]): Promise<SourceFileRecord> {
  const kind = gemKindOf(file.role);
  const system = kind.source === 'gem-cm' ? 'icd10cm' : 'icd10pcs';
  return sourceFileRecord(file, system, await sha256File(file.absPath), { crosswalk: count }, problems, `gem ${file.role}`);
}

async function* readOne(file: DetectedFile): AsyncIterable<SourceRecord> {
  const kind = gemKindOf(file.role);
  let count = 0;
  for await (const row of gemRows(file)) {
    count += 1;
    yield crosswalkOf(row, kind, file.release, row.flags);
  }
  yield await fileRecord(file, count, []);
}

/**
 * Two files of one direction, one with flags (older) and one of pairs only (newer, e.g. FY2018):
 * the newer pairs win for every source code they list, taking the flags of the same pair from the
 * older file when it has it (flags unknown otherwise); source codes only the older file lists
 * (codes deleted before the newer vintage) keep their older rows.
 */
async function* readMerged(flagged: Loaded, pairs: Loaded): AsyncIterable<SourceRecord> {
  const kind = gemKindOf(flagged.file.role);
  const flagsOf = new Map(flagged.rows.map((r) => [`${r.from}|${r.to}`, r.flags]));
  const newerSources = new Set(pairs.rows.map((r) => r.from));
  let withoutFlags = 0;
  for (const row of pairs.rows) {
    const flags = flagsOf.get(`${row.from}|${row.to}`) ?? (isNoMapTarget(row.to) ? '11000' : null);
    if (flags === null) withoutFlags += 1;
    yield crosswalkOf(row, kind, pairs.file.release, flags);
  }
  let fromOlder = 0;
  for (const row of flagged.rows) {
    if (newerSources.has(row.from)) continue;
    fromOlder += 1;
    yield crosswalkOf(row, kind, flagged.file.release, row.flags);
  }
  const note = withoutFlags > 0 ? [`${withoutFlags} pairs are not in ${flagged.file.path}: their flags are unknown`] : [];
  yield await fileRecord(pairs.file, pairs.rows.length, note);
  yield await fileRecord(flagged.file, fromOlder, []);
}

interface Loaded {
  file: DetectedFile;
  rows: GemRow[];
}

async function load(file: DetectedFile): Promise<Loaded> {
  const rows: GemRow[] = [];
  for await (const row of gemRows(file)) rows.push(row);
  return { file, rows };
}

async function* readGems(detection: Detection, _options: ReadOptions): AsyncIterable<SourceRecord> {
  const byRole = new Map<string, DetectedFile[]>();
  for (const file of detection.files) byRole.set(file.role, [...(byRole.get(file.role) ?? []), file]);
  for (const files of byRole.values()) {
    if (files.length !== 2) {
      for (const file of files) yield* readOne(file);
      continue;
    }
    const loaded = await Promise.all(files.map(load));
    const flagged = loaded.filter((l) => l.rows[0]?.flags !== null);
    const pairs = loaded.filter((l) => l.rows[0]?.flags === null);
    if (flagged.length === 1 && pairs.length === 1) {
      yield* readMerged(flagged[0] as Loaded, pairs[0] as Loaded);
      continue;
    }
    for (const file of files) yield* readOne(file);
  }
}

export const gemsPlugin: SourcePlugin = {
  system: 'icd10cm',
  name: 'gems',
  detect: detectGems,
  read: readGems,
};
