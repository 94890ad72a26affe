/** Reading one CMS file (CSV or workbook) as rows of a fact table, and naming the release it speaks for. */

import type { DetectedFile } from '../contract.js';
import { readCsvRecords } from '../files/csv-records.js';
import { openMaybeGzip } from '../files/streams.js';
import { readXlsxRows } from '../files/xlsx-rows.js';
import type { TableRow } from './fact-rows.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Rows of a CSV (Windows-1252, as CMS writes them) or of the first worksheet. */
export async function* tableRows(file: DetectedFile): AsyncIterable<TableRow> {
  if (/\.xlsx$/i.test(file.path)) {
    for await (const row of readXlsxRows(file.absPath, file.path)) yield { cells: row.cells, location: `row ${row.number}` };
    return;
  }
  for await (const record of readCsvRecords(openMaybeGzip(file.absPath), file.path, 'latin1')) {
    yield { cells: record.fields, location: `line ${record.line}` };
  }
}

function month(name: string): string | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : String(i + 1).padStart(2, '0');
}

/**
 * The release of a fact file, from its name: PFS RVU "PPRRVU2025_Oct" → "2025-10"; physician
 * time "…cy2025…" → "CY2025"; OPPS "2023_January_…" → "2023-01"; NCCI "2026-q2"/"V2026Q2" →
 * "2026-04" (first month of the quarter), MUE "Eff_04-01-2026" → "2026-04".
 */
export function factReleaseOf(file: DetectedFile): string {
  const p = file.path;
  if (file.role === 'pfs-rvu') {
    const m = /PPRRVU(\d{4})_([A-Za-z]{3})/i.exec(p);
    const mm = m ? month(m[2] ?? '') : null;
    if (m && mm) return `${m[1]}-${mm}`;
  }
  if (file.role === 'pfs-time') {
    const m = /cy-?(\d{4})/i.exec(p);
    if (m) return `CY${m[1]}`;
  }
  if (file.role === 'opps-addb') {
    const m = /(\d{4})_([A-Za-z]+)_/.exec(p);
    const mm = m ? month(m[2] ?? '') : null;
    if (m && mm) return `${m[1]}-${mm}`;
  }
  if (file.role === 'ncci-aoc' || file.role === 'ncci-mue') {
    const eff = /Eff_(\d{2})-\d{2}-(\d{4})/i.exec(p);
    if (eff) return `${eff[2]}-${eff[1]}`;
    const q = /(\d{4})-?q([1-4])/i.exec(p);
    if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  }
  return /(\d{4})/.exec(p)?.[1] ?? file.release;
}
