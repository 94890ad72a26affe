/** The two editions of the HCPCS file as streams of raw records: the xlsx workbook and the fixed-width text. */
import { SourceError } from '../../core/errors.js';
import { mapColumns } from '../files/header-columns.js';
import { openMaybeGzip, readLines } from '../files/streams.js';
import { cellText, readXlsxRows } from '../files/xlsx-rows.js';
import type { RawHcpcsRecord } from './entry.js';
import { HCPCS_FIELDS, type HcpcsFields, RECORD_LENGTH } from './fields.js';

const SPECS = HCPCS_FIELDS.map((f) => ({ key: f.key, headers: f.headers, required: f.required }));

/** Rows of the xlsx edition: row 1 is the header, one row per code or modifier. */
export async function* readHcpcsXlsx(absPath: string, label: string): AsyncIterable<RawHcpcsRecord> {
  let columns: Map<string, number> | null = null;
  for await (const row of readXlsxRows(absPath, label)) {
    if (!columns) {
      columns = mapColumns(
        row.cells.map((c) => cellText(c)),
        SPECS,
        label,
        `row ${row.number} (header)`,
      );
      continue;
    }
    const fields: HcpcsFields = {};
    for (const [key, index] of columns) fields[key] = cellText(row.cells[index]);
    if (Object.values(fields).every((v) => v === '')) continue;
    yield { fields, location: `row ${row.number}` };
  }
  if (!columns) throw new SourceError(label, 'row 1', 'the worksheet is empty (no header row)');
}

/** Records of the fixed-width text edition: 320 characters each, no header. */
export async function* readHcpcsText(absPath: string, label: string): AsyncIterable<RawHcpcsRecord> {
  for await (const { line, number } of readLines(openMaybeGzip(absPath), 'latin1')) {
    if (line.trim() === '') continue;
    const location = `record ${number}`;
    if (line.length > RECORD_LENGTH) throw new SourceError(label, location, `${line.length} characters, expected ${RECORD_LENGTH}`);
    if (line.length < 11) throw new SourceError(label, location, `${line.length} characters, too short for a HCPCS record`);
    const padded = line.padEnd(RECORD_LENGTH, ' ');
    const fields: HcpcsFields = {};
    for (const f of HCPCS_FIELDS) fields[f.key] = padded.slice(f.start - 1, f.start - 1 + f.length).trim();
    yield { fields, location };
  }
}
