/**
 * Rows of a GEM file in either published shape: the CMS text format (source, target, five flag
 * digits separated by spaces), the NBER CSV (source, target, flags, then the flags decoded as
 * columns), or a two-column CSV of pairs without flags (the FY2018 ICD-10-CM → ICD-9-CM file).
 */
import { SourceError } from '../../core/errors.js';
import type { DetectedFile } from '../contract.js';
import { readCsvRecords } from '../files/csv-records.js';
import { openMaybeGzip, readLines } from '../files/streams.js';

export interface GemRow {
  from: string;
  /** Target as published: a code, or "NoDx"/"NoPCS"/"NoI9" for no map. */
  to: string;
  /** The five flag digits, or null when the file has none. */
  flags: string | null;
  location: string;
}

const CODE = /^[A-Z0-9]{2,7}$/;
const NO_MAP = /^No(Dx|PCS|I9|I10|Proc)$/i;
const FLAG_NAMES = ['approximate', 'no_map', 'combination', 'scenario', 'choice_list'];

export function isNoMapTarget(to: string): boolean {
  return NO_MAP.test(to);
}

function checkRow(row: GemRow, file: string): GemRow {
  if (!isNoMapTarget(row.to)) row.to = row.to.toUpperCase();
  if (!CODE.test(row.from)) throw new SourceError(file, row.location, `source code "${row.from}" is malformed`);
  if (!CODE.test(row.to) && !isNoMapTarget(row.to)) throw new SourceError(file, row.location, `target code "${row.to}" is malformed`);
  if (row.flags !== null && !/^[01][01][01][0-9][0-9]$/.test(row.flags)) {
    throw new SourceError(file, row.location, `flags "${row.flags}" are not five flag digits`);
  }
  if (row.flags?.[1] === '1' && !isNoMapTarget(row.to)) {
    throw new SourceError(file, row.location, `flags "${row.flags}" say no map but the target is "${row.to}"`);
  }
  return row;
}

/** The NBER CSV repeats the flags as columns: they must agree with the digits. */
function checkDecoded(fields: string[], flags: string, file: string, location: string): void {
  for (let i = 0; i < FLAG_NAMES.length; i++) {
    const cell = fields[3 + i];
    if (cell === undefined) continue;
    if (cell.trim() !== flags[i]) {
      throw new SourceError(file, location, `column ${FLAG_NAMES[i]} is "${cell}" but the flags "${flags}" say ${flags[i]}`);
    }
  }
}

async function* csvRows(file: DetectedFile): AsyncIterable<GemRow> {
  let header: string[] | null = null;
  for await (const record of readCsvRecords(openMaybeGzip(file.absPath), file.path)) {
    const fields = record.fields.map((f) => f.trim());
    if (fields.every((f) => f === '')) continue;
    const location = `line ${record.line}`;
    if (!header) {
      header = fields.map((f) => f.toLowerCase());
      if (header.length < 2 || !/icd/.test(header[0] ?? ''))
        throw new SourceError(file.path, location, 'no header row naming the ICD columns');
      continue;
    }
    if (fields.length < 2) throw new SourceError(file.path, location, `${fields.length} field(s), expected at least 2`);
    const flags = header.length >= 3 ? (fields[2] ?? '') : null;
    if (flags !== null) checkDecoded(fields, flags, file.path, location);
    yield checkRow({ from: (fields[0] ?? '').toUpperCase(), to: fields[1] ?? '', flags, location }, file.path);
  }
  if (!header) throw new SourceError(file.path, 'line 1', 'the file is empty');
}

async function* textRows(file: DetectedFile): AsyncIterable<GemRow> {
  for await (const { line, number } of readLines(openMaybeGzip(file.absPath), 'latin1')) {
    if (line.trim() === '') continue;
    const fields = line.trim().split(/\s+/);
    const location = `line ${number}`;
    if (fields.length !== 3) throw new SourceError(file.path, location, `${fields.length} field(s), expected 3 (source, target, flags)`);
    yield checkRow({ from: (fields[0] ?? '').toUpperCase(), to: fields[1] ?? '', flags: fields[2] ?? '', location }, file.path);
  }
}

export function gemRows(file: DetectedFile): AsyncIterable<GemRow> {
  return /\.csv(\.gz)?$/i.test(file.path) ? csvRows(file) : textRows(file);
}
