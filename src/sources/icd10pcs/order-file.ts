/**
 * The ICD-10-PCS order file (icd10pcs_order_<year>.txt inside the official zip): fixed width,
 * ASCII, CRLF. Columns: order number (5) · space · code (7, left-aligned, space-padded) · space ·
 * valid flag (0/1) · space · short title (60, padded) · space · long title (to end of line).
 */
import { SourceError } from '../../core/errors.js';

export interface OrderEntry {
  order: number;
  code: string;
  valid: boolean;
  shortTitle: string;
  longTitle: string;
}

const PCS_CHARS = /^[0-9A-HJ-NP-Z]+$/;

/** Base name of the order file member for a year (not order_addenda_<year>.txt). */
export function orderMemberPattern(year: string): RegExp {
  return new RegExp(`^icd10pcs_order_${year}\\.txt$`, 'i');
}

function failLine(file: string, number: number, line: string, what: string): never {
  throw new SourceError(file, `line ${number}`, `${what}; got "${line.slice(0, 90)}"`);
}

/** One line of the order file, strictly checked. `file` names the zip member for errors. */
export function parseOrderLine(line: string, number: number, file: string): OrderEntry {
  if (line.length < 78) failLine(file, number, line, 'expected at least 78 characters (order 5, code 7, flag, short title 60, long title)');
  const orderText = line.slice(0, 5);
  if (!/^\d{5}$/.test(orderText)) failLine(file, number, line, 'expected a 5-digit order number in columns 1-5');
  if (line[5] !== ' ' || line[13] !== ' ' || line[15] !== ' ' || line[76] !== ' ')
    failLine(file, number, line, 'expected single spaces in columns 6, 14, 16 and 77 (fixed-width layout)');
  const code = line.slice(6, 13).trimEnd();
  if (!PCS_CHARS.test(code))
    failLine(file, number, line, 'expected an ICD-10-PCS code (digits and letters other than I and O) in columns 7-13');
  const flag = line[14];
  if (flag !== '0' && flag !== '1') failLine(file, number, line, 'expected valid flag 0 or 1 in column 15');
  const valid = flag === '1';
  if (valid && code.length !== 7) failLine(file, number, line, `expected a 7-character code for a valid entry, got "${code}"`);
  if (!valid && code.length !== 3) failLine(file, number, line, `expected a 3-character table header for a non-valid entry, got "${code}"`);
  const shortTitle = line.slice(16, 76).trim();
  const longTitle = line.slice(77).trim();
  if (shortTitle === '' || longTitle === '')
    failLine(file, number, line, 'expected a short title (columns 17-76) and a long title (from column 78)');
  return { order: Number(orderText), code, valid, shortTitle, longTitle };
}
