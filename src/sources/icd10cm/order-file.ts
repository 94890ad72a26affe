/**
 * The ICD-10-CM order file (`icd10cm_order_<year>.txt` inside the official CMS zip): fixed width,
 * CRLF. Columns: order number (5) · space · code without dot (7, left-aligned, space-padded) ·
 * space · valid flag (0 header / 1 billable) · space · short title (60, padded) · space · long
 * title (to end of line). Every FY2014–FY2026 file is plain ASCII; bytes above 0x7F are read as
 * UTF-8 when they form valid UTF-8 and as Latin-1 otherwise (the columns count bytes).
 */
import type { Readable } from 'node:stream';
import { formatCode } from '../../core/codes.js';
import { SourceError } from '../../core/errors.js';
import type { CodeRecord } from '../../core/records.js';

export interface OrderEntry {
  order: number;
  /** Code without dot, as in the file (E119). */
  key: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
}

/** Letter, then letters or digits (FY2026 added QA0, the first category with a letter second). */
const CM_CODE = /^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A title read as Latin-1 (one char per byte) turned back into UTF-8 when its bytes are UTF-8. */
export function decodeTitle(latin1Text: string): string {
  if (!/[\u0080-\u00ff]/.test(latin1Text)) return latin1Text;
  try {
    return utf8.decode(Buffer.from(latin1Text, 'latin1'));
  } catch {
    return latin1Text;
  }
}

/**
 * The display form with a dot after the category (E11.9). formatCode of the domain inserts the dot
 * only when the second character is a digit, so QA0 subcodes (QA0.0, FY2026) get theirs here.
 */
export function displayCode(key: string): string {
  const formatted = formatCode('icd10cm', key);
  return key.length > 3 && !formatted.includes('.') ? `${key.slice(0, 3)}.${key.slice(3)}` : formatted;
}

/** One line of the order file (decoded as Latin-1), strictly checked. `file` names the zip member. */
export function parseOrderLine(line: string, number: number, file: string): OrderEntry {
  const fail = (what: string): never => {
    throw new SourceError(file, `line ${number}`, `${what}; got "${line.slice(0, 90)}"`);
  };
  if (line.length < 78) fail(`expected at least 78 characters (order 5, code 7, flag 1, short title 60, long title), found ${line.length}`);
  const orderText = line.slice(0, 5);
  if (!/^\d{5}$/.test(orderText)) fail('expected a 5-digit order number in columns 1-5');
  if (line[5] !== ' ' || line[13] !== ' ' || line[15] !== ' ' || line[76] !== ' ')
    fail('expected single spaces in columns 6, 14, 16 and 77 (fixed-width layout)');
  const codeField = line.slice(6, 13);
  const key = codeField.trimEnd();
  if (!CM_CODE.test(key) || /\s/.test(key))
    fail(`expected an ICD-10-CM code without dot (a letter, then 2 to 6 letters or digits) in columns 7-13, found "${codeField}"`);
  const flag = line[14];
  if (flag !== '0' && flag !== '1') fail(`expected valid flag 0 or 1 in column 15, found "${flag}"`);
  const shortTitle = decodeTitle(line.slice(16, 76).trim());
  const longTitle = decodeTitle(line.slice(77).trim());
  if (shortTitle === '') fail('expected a short title in columns 17-76');
  if (longTitle === '') fail('expected a long title from column 78');
  return { order: Number(orderText), key, billable: flag === '1', shortTitle, longTitle };
}

/**
 * Lines of a Latin-1 stream without their CRLF/LF endings, numbered from 1, in batches per chunk
 * (several times faster than node:readline on the 14 MB order files).
 */
async function* latin1Lines(stream: Readable): AsyncIterable<Array<{ line: string; number: number }>> {
  stream.setEncoding('latin1');
  let carry = '';
  let number = 0;
  for await (const chunk of stream) {
    const parts = (carry + (chunk as string)).split('\n');
    carry = parts.pop() ?? '';
    yield parts.map((part) => ({ line: part.endsWith('\r') ? part.slice(0, -1) : part, number: ++number }));
  }
  if (carry !== '') yield [{ line: carry.endsWith('\r') ? carry.slice(0, -1) : carry, number: ++number }];
}

/** The parent of each entry: the nearest previous entry whose key is a prefix (the file is in tabular order). */
class PrefixParents {
  private readonly chain: string[] = [];

  parentOf(key: string): string | null {
    while (this.chain.length > 0 && !key.startsWith(this.chain.at(-1) as string)) this.chain.pop();
    const parent = this.chain.at(-1) ?? null;
    this.chain.push(key);
    return parent;
  }
}

interface OrderFileContents {
  codes: CodeRecord[];
  /** 3-character categories in file order. */
  categories: string[];
  bytes: number;
}

function codeRecord(entry: OrderEntry, release: string, parent: string | null): CodeRecord {
  return {
    type: 'code',
    system: 'icd10cm',
    release,
    key: entry.key,
    code: displayCode(entry.key),
    kind: entry.billable ? 'code' : 'header',
    display: entry.longTitle,
    shortDisplay: entry.shortTitle,
    billable: entry.billable,
    parent,
    order: entry.order,
  };
}

/**
 * Reads a whole order file into code records. Categories get a null parent here: the caller
 * attaches them to their section. Throws SourceError for any malformed line, duplicate code,
 * decreasing order number or subdivision without an earlier parent.
 */
export async function readOrderFile(
  stream: Readable,
  file: string,
  release: string,
  onBytes?: (bytes: number) => void,
): Promise<OrderFileContents> {
  const codes: CodeRecord[] = [];
  const categories: string[] = [];
  const seen = new Set<string>();
  const parents = new PrefixParents();
  let previousOrder = 0;
  let blankLine = 0;
  let bytes = 0;
  for await (const lines of latin1Lines(stream)) {
    for (const { line, number } of lines) {
      bytes += line.length + 2;
      if (line.trim() === '') {
        blankLine ||= number;
        continue;
      }
      if (blankLine) throw new SourceError(file, `line ${blankLine}`, 'expected an entry, found an empty line');
      const entry = parseOrderLine(line, number, file);
      if (entry.order <= previousOrder)
        throw new SourceError(file, `line ${number}`, `expected an order number above ${previousOrder}, found ${entry.order}`);
      if (seen.has(entry.key)) throw new SourceError(file, `line ${number}`, `code ${entry.key} appears twice`);
      previousOrder = entry.order;
      seen.add(entry.key);
      const parent = parents.parentOf(entry.key);
      if (entry.key.length > 3 && parent === null)
        throw new SourceError(file, `line ${number}`, `no earlier entry is a prefix of ${entry.key}, expected its category first`);
      if (entry.key.length === 3) categories.push(entry.key);
      codes.push(codeRecord(entry, release, entry.key.length === 3 ? null : parent));
    }
    onBytes?.(bytes);
  }
  if (codes.length === 0) throw new SourceError(file, 'line 1', 'expected order-file entries, found none');
  onBytes?.(bytes);
  return { codes, categories, bytes };
}
