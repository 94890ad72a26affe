import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';

/** A one-sheet workbook for a test's temporary folder. */
export async function writeXlsxForTest(path: string, rows: Array<Array<string | number | null>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const row of rows) ws.addRow(row);
  mkdirSync(dirname(path), { recursive: true });
  await wb.xlsx.writeFile(path);
}
