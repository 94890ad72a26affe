/**
 * The FY change lists as change records: deleted.csv, revised.csv and billable-status-changes.csv,
 * each effective October 1 before the fiscal year.
 */
import { SourceError } from '../../core/errors.js';
import type { CodeChangeRecord } from '../../core/records.js';
import type { DetectedFile } from '../contract.js';
import { readCsvRecords } from '../files/csv-records.js';
import { openMaybeGzip } from '../files/streams.js';

const KEY = /^[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])[0-9A-Z]{0,4}$/;

const REQUIRED: Record<string, string[]> = {
  'changes-deleted': ['code', 'codeDotted', 'wasBillable', 'longTitle'],
  'changes-revised': ['code', 'codeDotted', 'billable', 'previousLongTitle', 'newLongTitle'],
  'changes-billable': ['code', 'codeDotted', 'previousBillable', 'newBillable'],
};

/** October 1 of the calendar year before the fiscal year: FY2027 → 2026-10-01. */
export function fiscalYearStart(fy: string): string {
  return `${Number(fy) - 1}-10-01`;
}

function bool(value: string | undefined, column: string, file: string, location: string): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  throw new SourceError(file, location, `${column} "${value ?? ''}" is not true or false`);
}

function changeOf(
  role: string,
  get: (c: string) => string,
  b: (c: string) => boolean,
): Omit<CodeChangeRecord, 'type' | 'system' | 'release' | 'key' | 'code' | 'effectiveDate' | 'source'> {
  if (role === 'changes-deleted') {
    return {
      change: 'deleted',
      displayBefore: get('longTitle'),
      displayAfter: null,
      billableBefore: b('wasBillable'),
      billableAfter: null,
    };
  }
  if (role === 'changes-revised') {
    const billable = b('billable');
    return {
      change: 'revised',
      displayBefore: get('previousLongTitle'),
      displayAfter: get('newLongTitle'),
      billableBefore: billable,
      billableAfter: billable,
    };
  }
  const title = get('longTitle') || null;
  return {
    change: 'billable-changed',
    displayBefore: title,
    displayAfter: title,
    billableBefore: b('previousBillable'),
    billableAfter: b('newBillable'),
  };
}

export async function* changeRecords(file: DetectedFile): AsyncIterable<CodeChangeRecord> {
  let header: string[] | null = null;
  const required = REQUIRED[file.role] ?? [];
  for await (const record of readCsvRecords(openMaybeGzip(file.absPath), file.path)) {
    const location = `line ${record.line}`;
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (!header) {
      header = record.fields.map((f) => f.trim());
      const absent = required.filter((c) => !header?.includes(c));
      if (absent.length > 0) throw new SourceError(file.path, location, `missing column(s) ${absent.join(', ')}`);
      continue;
    }
    const columns = header;
    const get = (c: string) => (record.fields[columns.indexOf(c)] ?? '').trim();
    const b = (c: string) => bool(record.fields[columns.indexOf(c)], c, file.path, location);
    const key = get('code').toUpperCase();
    if (!KEY.test(key)) throw new SourceError(file.path, location, `code "${key}" is not an ICD-10-CM code`);
    yield {
      type: 'change',
      system: 'icd10cm',
      release: file.release,
      key,
      code: get('codeDotted') || key,
      effectiveDate: fiscalYearStart(file.release),
      source: file.path.split('/').slice(-2).join('/'),
      ...changeOf(file.role, get, b),
    };
  }
}
