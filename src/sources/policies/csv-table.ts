/** Rows of a CSV table with a header line, as objects keyed by lower-case column name. */
import { existsSync } from 'node:fs';
import { SourceError } from '../../core/errors.js';
import { readCsvRecords } from '../files/csv-records.js';
import { openMaybeGzip } from '../files/streams.js';

export interface TableRow {
  values: Record<string, string>;
  /** Line of the file on which the row starts. */
  line: number;
}

/**
 * Stream the rows of `absPath` (gzipped when it ends in .gz). Throws SourceError naming the file
 * when a required column is missing; a row with fewer fields than the header is reported by line.
 */
export async function* readTable(absPath: string, label: string, required: readonly string[]): AsyncIterable<TableRow> {
  let header: string[] | null = null;
  for await (const rec of readCsvRecords(openMaybeGzip(absPath), label)) {
    if (!header) {
      header = rec.fields.map((h) => h.trim().toLowerCase());
      const missing = required.filter((r) => !header?.includes(r));
      if (missing.length > 0)
        throw new SourceError(label, 'line 1', `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
      continue;
    }
    if (rec.fields.length === 1 && rec.fields[0]?.trim() === '') continue;
    if (rec.fields.length < header.length) {
      throw new SourceError(label, `line ${rec.line}`, `${rec.fields.length} fields, expected ${header.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => {
      values[h] = (rec.fields[i] ?? '').trim();
    });
    yield { values, line: rec.line };
  }
}

/** Rows of an optional table: nothing when the file is not there. */
export async function* readOptionalTable(absPath: string, label: string, required: readonly string[]): AsyncIterable<TableRow> {
  if (!existsSync(absPath)) return;
  yield* readTable(absPath, label, required);
}

/** CMS dates in the forms the MCD files use ("2020-07-01 00:00:00", "07/01/2020", "N/A") as ISO dates. */
export function mcdDate(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (mdy) return `${mdy[3]}-${(mdy[1] as string).padStart(2, '0')}-${(mdy[2] as string).padStart(2, '0')}`;
  return null;
}
