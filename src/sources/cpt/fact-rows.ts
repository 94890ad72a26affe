/**
 * Rows of a CMS table (from a CSV or a worksheet) → one fact per row, keyed by the row's code.
 * Finds the header below any banner rows, checks every cell, and keeps descriptor text apart from
 * the facts.
 */
import { SourceError } from '../../core/errors.js';
import { isoFromYearDay } from '../files/dates.js';
import { mapColumns, normalizeHeader } from '../files/header-columns.js';
import { type CellValue, cellText } from '../files/xlsx-rows.js';
import type { FactColumn, FactTable } from './tables.js';

export interface TableRow {
  cells: CellValue[];
  /** "row 12" (worksheet) or "line 12" (CSV). */
  location: string;
}

type FactValues = Record<string, string | number | null>;

export interface FactRow {
  key: string;
  system: 'cpt' | 'hcpcs';
  values: FactValues;
  /** Descriptor text of the row (never a fact). */
  descriptor: string | null;
  /** Further CPT code numbers the row names (AOC primary codes). */
  mentions: string[];
}

/** A row whose code is neither CPT- nor HCPCS Level II-shaped (0001A, 0002M, D-less oddities). */
interface SkippedRow {
  skipped: string;
}

export const CPT_SHAPE = /^[0-9]{4}[0-9AFMTU]$/;
export const HCPCS_SHAPE = /^[A-V][0-9]{4}$/;

/** Code text of a cell: numbers that lost their leading zeros in a worksheet are padded back. */
export function codeOf(cell: CellValue | undefined): string {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 && cell < 100000 ? String(cell).padStart(5, '0') : String(cell);
  return cellText(cell).toUpperCase();
}

function joinedHeader(above: TableRow[], row: TableRow): string[] {
  const block: TableRow[] = [];
  for (let i = above.length - 1; i >= 0; i--) {
    const r = above[i] as TableRow;
    if (r.cells.filter((c) => cellText(c) !== '').length < 2) break;
    block.unshift(r);
  }
  return row.cells.map((_, col) =>
    [...block, row]
      .map((r) => cellText(r.cells[col]))
      .filter((s) => s !== '')
      .join(' '),
  );
}

function factValue(column: FactColumn, cell: CellValue | undefined, file: string, location: string): FactValues {
  const header = column.headers[0];
  if (column.type === 'number') {
    if (typeof cell === 'number') return { [column.key]: Number(cell.toPrecision(12)) };
    const text = cellText(cell).replace(/[$,]/g, '');
    if (text === '' || text === '.') return { [column.key]: null };
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) throw new SourceError(file, location, `${header} "${cellText(cell)}" is not a number`);
    return { [column.key]: Number(text) };
  }
  const text = cellText(cell);
  if (column.type === 'yearDay') {
    if (text === '') return { [column.key]: null };
    const iso = isoFromYearDay(text);
    if (!iso) throw new SourceError(file, location, `${header} "${text}" is not a date (expected YYYYDDD)`);
    return { [column.key]: iso };
  }
  if (column.type === 'numberedText') {
    if (text === '') return { [column.key]: null, [`${column.key}Text`]: null };
    const m = /^(\d+)\s*(.*)$/.exec(text);
    if (!m) throw new SourceError(file, location, `${header} "${text}" does not start with its number`);
    return { [column.key]: Number(m[1]), [`${column.key}Text`]: m[2] === '' ? null : (m[2] ?? null) };
  }
  return { [column.key]: text === '' ? null : text };
}

interface Layout {
  code: number;
  descriptor: number | undefined;
  columns: Map<string, number>;
}

function layoutOf(header: string[], table: FactTable, file: string, location: string): Layout {
  const specs = [
    { key: '__code', headers: table.codeHeaders, required: true },
    ...(table.descriptorHeaders ? [{ key: '__descriptor', headers: table.descriptorHeaders }] : []),
    ...table.columns.map((c) => ({ key: c.key, headers: c.headers, required: c.required ?? false, prefix: c.prefix ?? false })),
  ];
  const columns = mapColumns(header, specs, file, location);
  const code = columns.get('__code') as number;
  const descriptor = columns.get('__descriptor');
  columns.delete('__code');
  columns.delete('__descriptor');
  return { code, descriptor, columns };
}

function isHeader(row: TableRow, table: FactTable): boolean {
  const wanted = table.codeHeaders.map((h) => normalizeHeader(h));
  return row.cells.some((c) => wanted.includes(normalizeHeader(cellText(c))));
}

/** Facts of every data row; rows before the header are banners and are skipped. */
export async function* factRows(rows: AsyncIterable<TableRow>, table: FactTable, file: string): AsyncIterable<FactRow | SkippedRow> {
  const above: TableRow[] = [];
  let layout: Layout | null = null;
  for await (const row of rows) {
    if (!layout) {
      if (!isHeader(row, table)) {
        above.push(row);
        if (above.length > 50)
          throw new SourceError(file, row.location, `no header row naming "${table.codeHeaders[0]}" in the first 50 rows`);
        continue;
      }
      const header = table.multiRowHeader ? joinedHeader(above, row) : row.cells.map((c) => cellText(c));
      layout = layoutOf(header, table, file, `${row.location} (header)`);
      continue;
    }
    const key = codeOf(row.cells[layout.code]);
    if (key === '') {
      if (row.cells.every((c) => cellText(c) === '')) continue;
      throw new SourceError(file, row.location, `no code in column "${table.codeHeaders[0]}"`);
    }
    if (!/^[A-Z0-9]{5}$/.test(key)) throw new SourceError(file, row.location, `code "${key}" is malformed (expected 5 letters or digits)`);
    const system = CPT_SHAPE.test(key) ? 'cpt' : HCPCS_SHAPE.test(key) ? 'hcpcs' : null;
    if (!system) {
      yield { skipped: key };
      continue;
    }
    const values: FactValues = {};
    for (const column of table.columns) {
      const index = layout.columns.get(column.key);
      if (index !== undefined) Object.assign(values, factValue(column, row.cells[index], file, row.location));
    }
    const mentions = (table.mentionColumns ?? []).map((k) => String(values[k] ?? '')).filter((c) => CPT_SHAPE.test(c));
    const descriptor = layout.descriptor === undefined ? null : cellText(row.cells[layout.descriptor]) || null;
    yield { key, system, values, descriptor, mentions };
  }
  if (!layout) throw new SourceError(file, 'header', `no header row naming "${table.codeHeaders[0]}"`);
}
