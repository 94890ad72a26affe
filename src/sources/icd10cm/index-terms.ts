/** What the index readers share: code normalisation, term texts and the term records they yield. */
import { normalizeCodeKey } from '../../core/codes.js';
import type { TermKind, TermRecord } from '../../core/records.js';

const CM_KEY = /^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$/;

/**
 * The key of a code as the index writes it: "S52.5-" → "S525", "E11.-" → "E11", "T51.3X1" →
 * "T513X1". Null for anything that is not a (partial) ICD-10-CM code ("--", "-", empty).
 */
export function indexCodeKey(text: string): string | null {
  const key = normalizeCodeKey(text);
  return CM_KEY.test(key) ? key : null;
}

/** True for the "no code" markers of table cells ("--", "-", empty). */
export function isEmptyCell(text: string): boolean {
  return /^[\s\-–—]*$/.test(text);
}

/** Whitespace collapsed to single spaces, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "see X" / "see also Y", joined with "; ", or undefined when neither is given. */
export function seeDetail(see: string, seeAlso: string): string | undefined {
  const parts: string[] = [];
  if (see) parts.push(`see ${see}`);
  if (seeAlso) parts.push(`see also ${seeAlso}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function termRecord(kind: TermKind, sourceRelease: string, text: string, key: string, detail: string | undefined): TermRecord {
  const record: TermRecord = { type: 'term', system: 'icd10cm', sourceRelease, key, kind, text };
  if (detail) record.detail = detail;
  return record;
}

/** Remembers (text, key) pairs already yielded, so older sources add only what newer ones lack. */
export class TermPairs {
  private readonly pairs = new Set<string>();

  has(text: string, key: string): boolean {
    return this.pairs.has(`${text}\u0000${key}`);
  }

  add(text: string, key: string): void {
    this.pairs.add(`${text}\u0000${key}`);
  }
}
