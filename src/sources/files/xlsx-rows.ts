/**
 * Rows of a worksheet read with exceljs's streaming reader, cell values flattened to text or
 * numbers (rich text joined, formulas replaced by their cached result, dates as ISO dates).
 */
import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { SourceError } from '../../core/errors.js';

export type CellValue = string | number | null;

interface XlsxRow {
  /** 1-based row number in the worksheet. */
  number: number;
  /** Cell values by 0-based column index (column A is cells[0]). */
  cells: CellValue[];
}

/** One cell of exceljs as plain text or a number; null when empty. */
function flattenCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text ?? '').join('');
    if ('result' in v) return flattenCell(v.result);
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return String(value);
}

/** The text of a cell value, trimmed; '' when empty. Numbers print as JavaScript writes them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value.trim();
}

/**
 * Workbooks up to this size are read whole: exceljs's streaming reader intermittently fails with
 * "Cannot read properties of undefined (reading 'sheets')" when worksheet parts are parsed before
 * the workbook part (seen under load in CI). Every official workbook we read is under 2 MB.
 */
const READ_WHOLE_BELOW_BYTES = 64 * 1024 * 1024;

function rowOf(row: ExcelJS.Row): XlsxRow {
  const values = Array.isArray(row.values) ? row.values : [];
  const cells: CellValue[] = [];
  for (let i = 1; i < values.length; i++) cells.push(flattenCell(values[i]));
  return { number: row.number, cells };
}

async function* wholeWorkbookRows(path: string, label: string, sheetIndex: number): AsyncIterable<XlsxRow> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    throw new SourceError(label, 'workbook', `not a readable xlsx workbook (${(err as Error).message})`);
  }
  const sheet = workbook.worksheets[sheetIndex];
  if (!sheet) throw new SourceError(label, 'workbook', `has no worksheet number ${sheetIndex + 1}`);
  const rows: XlsxRow[] = [];
  sheet.eachRow((row) => {
    rows.push(rowOf(row));
  });
  yield* rows;
}

async function* streamedWorkbookRows(path: string, label: string, sheetIndex: number): AsyncIterable<XlsxRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let index = 0;
  try {
    for await (const sheet of reader) {
      if (index++ !== sheetIndex) {
        for await (const _row of sheet) {
          // drain sheets before the wanted one
        }
        continue;
      }
      for await (const row of sheet) yield rowOf(row as ExcelJS.Row);
      return;
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError(label, 'workbook', `not a readable xlsx workbook (${(err as Error).message})`);
  }
  throw new SourceError(label, 'workbook', `has no worksheet number ${sheetIndex + 1}`);
}

/**
 * Rows of one worksheet (the first by default). Empty rows are skipped, so row numbers may jump.
 * An unreadable workbook becomes a SourceError naming `label`.
 */
export async function* readXlsxRows(path: string, label: string, sheetIndex = 0): AsyncIterable<XlsxRow> {
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    throw new SourceError(label, 'workbook', `cannot be read (${(err as Error).message})`);
  }
  if (size < READ_WHOLE_BELOW_BYTES) yield* wholeWorkbookRows(path, label, sheetIndex);
  else yield* streamedWorkbookRows(path, label, sheetIndex);
}
