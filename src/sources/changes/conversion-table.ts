/**
 * CDC ICD-10-CM conversion tables: "Current code assignment | Effective | Previous Code(s)
 * Assignment". The effective year Y means October 1 of Y (the start of FY Y+1) unless the cell is a
 * date (April updates). Previous codes are lists joined by commas or "and".
 */
import { normalizeCodeKey } from '../../core/codes.js';
import { SourceError } from '../../core/errors.js';
import type { ReplacementRecord } from '../../core/records.js';
import type { DetectedFile } from '../contract.js';
import { cellText, readXlsxRows } from '../files/xlsx-rows.js';

/** ICD-10-CM codes: a letter, then a digit in the second or third place (FY2026 added QA0.0101). */
const CODE = /\b[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\.[0-9A-Z]{1,4})?/g;
const KEY = /^[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])[0-9A-Z]{0,4}$/;

function effectiveOf(cell: string | number | null): string | null {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 2000 && cell < 2100) return `${cell}-10-01`;
  // A date cell read without styles is an Excel serial day number (days since 1899-12-30).
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 30000 && cell < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  if (/^\d{4}$/.test(text)) return `${text}-10-01`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return null;
}

const RANGE = new RegExp(`(${CODE.source})(?:\\.?-(?:\\s*(${CODE.source}))?)?`, 'g');
/** Words of the cell that only introduce codes ("Codes in categories T15-T19", "None"). */
const FILLER = /\b(AND|OR|NONE|A|CODES?|IN|FROM|CATEGORY|CATEGORIES)\b|[,;&/]/g;

interface PreviousCode {
  key: string;
  /** Last code of a range ("H02.101-H02.106"), else null. */
  end: string | null;
}

/**
 * Codes named in a "previous codes" cell: single codes, ranges ("I10-I15.9"), categories written
 * "I63.-" or "R11-"; and what is left over that is neither a code nor a filler word.
 */
function previousCodes(text: string): { codes: PreviousCode[]; leftover: string } {
  const upper = text.toUpperCase();
  const codes: PreviousCode[] = [];
  for (const m of upper.matchAll(RANGE)) {
    codes.push({ key: normalizeCodeKey(m[1] ?? ''), end: m[2] ? normalizeCodeKey(m[2]) : null });
  }
  const leftover = upper.replace(RANGE, ' ').replace(FILLER, ' ').trim();
  return { codes, leftover };
}

interface ConversionResult {
  records: ReplacementRecord[];
  problems: string[];
}

export async function readConversionTable(file: DetectedFile): Promise<ConversionResult> {
  const records: ReplacementRecord[] = [];
  const problems: string[] = [];
  let started = false;
  for await (const row of readXlsxRows(file.absPath, file.path)) {
    const location = `row ${row.number}`;
    const [current, effective, previous] = row.cells.slice(0, 3).map((c) => c);
    if (!started) {
      if (/current code/i.test(cellText(current))) started = true;
      else if (row.number > 20) throw new SourceError(file.path, location, 'no header row "Current code assignment" in the first 20 rows');
      continue;
    }
    if (row.cells.every((c) => cellText(c) === '')) continue;
    const newKey = normalizeCodeKey(cellText(current));
    if (!KEY.test(newKey)) throw new SourceError(file.path, location, `current code "${cellText(current)}" is malformed`);
    const effectiveDate = effectiveOf(effective ?? null);
    if (!effectiveDate) throw new SourceError(file.path, location, `effective "${cellText(effective)}" is neither a year nor a date`);
    const { codes, leftover } = previousCodes(cellText(previous));
    if (leftover !== '') problems.push(`${location}: "${cellText(previous)}" has text that is not a code ("${leftover}")`);
    for (const { key, end } of codes) {
      records.push({
        type: 'replacement',
        system: 'icd10cm',
        newKey,
        oldKey: key,
        oldKeyEnd: end,
        effectiveDate,
        sourceRelease: `FY${file.release}`,
      });
    }
  }
  if (!started) throw new SourceError(file.path, 'header', 'no header row "Current code assignment"');
  return { records, problems };
}
