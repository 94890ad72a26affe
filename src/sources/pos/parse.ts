/**
 * Place of service lists: the JSON array ({code, description, is_telehealth}) and the CMS table as
 * CSV (Place of Service Code(s), Place of Service Name, Place of Service Description). Both are
 * checked strictly: every problem names the file and the entry or line.
 */
import { SourceError } from '../../core/errors.js';
import { readCsvRecords } from '../files/csv-records.js';
import { mapColumns } from '../files/header-columns.js';
import { openMaybeGzip } from '../files/streams.js';

export interface PosEntry {
  code: string;
  name: string;
  description: string | null;
  telehealth: boolean | null;
}

const CODE = /^[0-9]{2}$/;

/** "line 3, column 7" of a character offset in a text. */
function place(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function telehealthOf(value: unknown, file: string, location: string): boolean | null {
  if (value === undefined || value === null) return null;
  if (value === 0 || value === 1 || typeof value === 'boolean') return Boolean(value);
  if (value === '0' || value === '1') return value === '1';
  throw new SourceError(file, location, `is_telehealth ${JSON.stringify(value)} is not 0, 1, true or false`);
}

export function parsePosJson(text: string, file: string): PosEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    throw new SourceError(file, at ? place(text, Number(at[1])) : 'JSON', `not valid JSON (${message})`);
  }
  if (!Array.isArray(data)) throw new SourceError(file, 'top level', 'expected an array of place of service entries');
  return data.map((item: unknown, i) => {
    const location = `entry ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new SourceError(file, location, 'expected an object');
    const o = item as Record<string, unknown>;
    const missing = ['code', 'description'].filter((k) => !(k in o));
    if (missing.length > 0) throw new SourceError(file, location, `missing field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    const code = typeof o.code === 'string' ? o.code.trim() : String(o.code);
    if (!CODE.test(code)) throw new SourceError(file, location, `code ${JSON.stringify(o.code)} is not two digits`);
    if (typeof o.description !== 'string' || o.description.trim() === '')
      throw new SourceError(file, location, `code ${code} has no description`);
    return { code, name: o.description.trim(), description: null, telehealth: telehealthOf(o.is_telehealth, file, location) };
  });
}

const CSV_COLUMNS = [
  { key: 'code', headers: ['Place of Service Code(s)', 'Place of Service Code', 'POS Code', 'Code'], required: true },
  { key: 'name', headers: ['Place of Service Name', 'POS Name', 'Name'], required: true },
  { key: 'description', headers: ['Place of Service Description', 'Description'] },
];

/** The CMS table as CSV. Rows for unassigned code ranges ("35-40 Unassigned") are skipped. */
export async function parsePosCsv(absPath: string, file: string): Promise<PosEntry[]> {
  const out: PosEntry[] = [];
  let columns: Map<string, number> | null = null;
  for await (const record of readCsvRecords(openMaybeGzip(absPath), file, 'latin1')) {
    const cells = record.fields.map((f) => f.trim());
    if (cells.every((c) => c === '')) continue;
    const location = `line ${record.line}`;
    if (!columns) {
      columns = mapColumns(cells, CSV_COLUMNS, file, `${location} (header)`);
      continue;
    }
    const code = cells[columns.get('code') as number] ?? '';
    const name = cells[columns.get('name') as number] ?? '';
    if (/^unassigned$/i.test(name) || /^\d{2}\s*-\s*\d{2}$/.test(code)) continue;
    if (!CODE.test(code)) throw new SourceError(file, location, `code "${code}" is not two digits`);
    if (name === '') throw new SourceError(file, location, `code ${code} has no name`);
    const d = columns.get('description');
    out.push({ code, name, description: d === undefined ? null : cells[d] || null, telehealth: null });
  }
  if (!columns) throw new SourceError(file, 'line 1', 'the file is empty (no header row)');
  return out;
}
