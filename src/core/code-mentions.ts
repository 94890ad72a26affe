/**
 * Finding code mentions in free text (policy documents): every token shaped like a code of some
 * system, single or as a range ("63001-63048", "E11.0 - E11.9", "A4206 through A4210"), with the
 * text around it. Numbers that are something else — phone numbers, dates, dollar amounts, page
 * numbers, ZIP codes, times — are masked out first. Whether a token really is a code is decided
 * later, against the code lists of the database (see docs/policies.md).
 */
import { normalizeCodeKey, systemsForShape } from './codes.js';
import type { CodeSystemId } from './systems.js';

export interface CodeMention {
  /** The mention as written ("E11.0-E11.9"). */
  text: string;
  /** Normalised key of the code, or of the first code of a range. */
  key: string;
  /** Last code of a range, or null. */
  keyTo: string | null;
  /** Systems whose code shape fits (for a range: both ends). */
  systems: CodeSystemId[];
  start: number;
  end: number;
  /** The text around the mention, whitespace collapsed. */
  snippet: string;
}

/** Things that look like numbers but are not codes. Each is blanked out before codes are sought. */
const NOT_CODES: readonly RegExp[] = [
  // phone numbers: 1-800-633-4227, (410) 786-3000, 410.786.3000, 800 633 4227
  /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g,
  // dates: 01/15/2024, 1-15-2024, 2024-01-15, 15.01.2024
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  // money: $12,345.67, $10000, USD 20000, 12345 dollars
  /\$\s?[\d,]+(?:\.\d+)?/g,
  /\bUSD\s?[\d,]+(?:\.\d+)?/g,
  /\b[\d,]+(?:\.\d+)?\s?(?:dollars|USD)\b/gi,
  // page numbers: page 12345, p. 3, pp. 10-12, Page 3 of 10
  /\b(?:pages?|pp?\.)\s*\d+(?:\s*(?:of|-|–|to)\s*\d+)?/gi,
  // US addresses: "MD 21244", "Baltimore, MD 21244-1850", "PO Box 12345", "Suite 29880"
  /\b(?:P\.?\s?O\.?\s+Box|Suite|Ste\.?|Room|Rm\.?|Fax|Tel\.?|Phone)\s*#?\s*\d+/gi,
  // US addresses: "MD 21244", "Baltimore, MD 21244-1850"
  /\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b/g,
  // vitamin names: "vitamin B12", "vitamins B6 and B12"
  /\bvitamins?\s+[A-Z]\d{0,2}(?:\s*(?:,|and|or)\s*[A-Z]\d{0,2})*\b/gi,
  // ZIP+4 alone, times, percentages, numbers with thousands separators or decimals beyond codes
  /\b\d{5}-\d{4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d+(?:\.\d+)?\s?%/g,
  /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g,
];

/** A single code token: ICD-10-CM (with or without the dot), HCPCS, CPT, ICD-10-PCS. Case-sensitive: codes are written in capitals. */
const TOKEN = String.raw`(?:[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?|[0-9A-HJ-NP-Z]{7}|[A-Z][0-9]{4}|[0-9]{4}[0-9FTU])`;
const RANGE_JOIN = String.raw`\s*(?:-|–|—|\bthrough\b|\bthru\b|\bto\b)\s*`;
const MENTION = new RegExp(String.raw`(?<![\w.$/-])(${TOKEN})(?:${RANGE_JOIN}(${TOKEN}))?(?![\w/]|\.\d)`, 'g');

function blankOut(text: string): string {
  let masked = text;
  for (const re of NOT_CODES) masked = masked.replace(re, (m) => ' '.repeat(m.length));
  return masked;
}

/** Systems a written token may belong to; PCS-shaped tokens need a digit (words are not codes). */
function tokenSystems(token: string): CodeSystemId[] {
  const key = normalizeCodeKey(token);
  let systems = systemsForShape(key).filter((s) => s !== 'pos');
  if (token.includes('.')) systems = systems.filter((s) => s === 'icd10cm');
  if (!/[0-9]/.test(key)) return [];
  if (/^[0-9]+$/.test(key) && key.length === 7) systems = systems.filter((s) => s !== 'icd10pcs' || /^0/.test(key));
  return systems;
}

function snippetAround(text: string, start: number, end: number, radius = 80): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Every code-shaped mention of the text, in order. Never throws. */
export function findCodeMentions(text: string, radius = 80): CodeMention[] {
  const masked = blankOut(text);
  const out: CodeMention[] = [];
  for (const m of masked.matchAll(MENTION)) {
    const first = m[1] as string;
    const second = m[2];
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const firstSystems = tokenSystems(first);
    if (second) {
      const both = firstSystems.filter((s) => tokenSystems(second).includes(s));
      const from = normalizeCodeKey(first);
      const to = normalizeCodeKey(second);
      if (both.length > 0 && from < to) {
        out.push({ text: m[0], key: from, keyTo: to, systems: both, start, end, snippet: snippetAround(text, start, end, radius) });
        continue;
      }
      // Not a range after all: two separate mentions.
      pushSingle(out, text, first, start, radius);
      pushSingle(out, text, second, start + m[0].lastIndexOf(second), radius);
      continue;
    }
    pushSingle(out, text, first, start, radius);
  }
  return out;
}

function pushSingle(out: CodeMention[], text: string, token: string, start: number, radius: number): void {
  const systems = tokenSystems(token);
  if (systems.length === 0) return;
  const end = start + token.length;
  out.push({
    text: token,
    key: normalizeCodeKey(token),
    keyTo: null,
    systems,
    start,
    end,
    snippet: snippetAround(text, start, end, radius),
  });
}
