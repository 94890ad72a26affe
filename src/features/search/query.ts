/**
 * Query parsing (pure): code-shaped input (a code, a partial code, a range, a wildcard) and words.
 */

import { normalizeCodeKey } from '../../core/codes.js';
import { STOP_WORDS, tokenize } from '../../core/text.js';
import { PHRASE_ABBREVIATIONS } from './abbreviations.js';

/** At most this many words of a query count; the rest are ignored. */
const MAX_WORDS = 12;
/** Longest query text considered (adapters reject longer input first). */
export const MAX_QUERY_CHARS = 500;

export type CodeQuery = { kind: 'code'; key: string } | { kind: 'range'; from: string; to: string } | { kind: 'wildcard'; glob: string };

interface ParsedQuery {
  /** The query as cleaned (control characters removed, spaces collapsed). */
  text: string;
  code: CodeQuery | null;
  /** Words that must match (lower case, no stop words unless the query has nothing else). */
  words: string[];
  /** Also look the whole input up as a code (short letter-only input such as modifiers "LT"). */
  alsoCode: string | null;
}

const CODE_CHARS = /^[A-Za-z0-9.]+-?$/;
const RANGE = /^([A-Za-z0-9.]{2,9})\s*[-\u2013\u2014]\s*([A-Za-z0-9.]{2,9})$/;
const WILDCARD = /^[A-Za-z0-9.*]+$/;

/** Remove control and format characters, normalise width, collapse spaces. */
function cleanQuery(q: string): string {
  return q
    .slice(0, MAX_QUERY_CHARS * 2)
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}

const hasDigit = (s: string) => /[0-9]/.test(s);

/** A code or partial code: 2 to 8 characters, at least one digit ("E11.9", "0src0jz", "J17", "E11."). */
function codeKeyOf(token: string): string | null {
  if (!CODE_CHARS.test(token)) return null;
  const key = normalizeCodeKey(token);
  if (key.length < 2 || key.length > 8 || !hasDigit(key) || !/^[A-Z0-9]+$/.test(key)) return null;
  return key;
}

function parseCode(text: string): CodeQuery | null {
  const range = RANGE.exec(text);
  if (range) {
    const a = codeKeyOf(range[1] as string);
    const b = codeKeyOf(range[2] as string);
    if (a && b) return a <= b ? { kind: 'range', from: a, to: b } : { kind: 'range', from: b, to: a };
  }
  if (text.includes('*') && WILDCARD.test(text)) {
    const glob = text.toUpperCase().replace(/\./g, '').replace(/\*+/g, '*');
    if (/[A-Z0-9]/.test(glob) && glob.length <= 9) return { kind: 'wildcard', glob };
  }
  const key = codeKeyOf(text);
  return key ? { kind: 'code', key } : null;
}

/** The words of a query: abbreviation phrases rewritten, stop words dropped (unless nothing else is left). */
export function queryWords(text: string): string[] {
  let rewritten = text;
  for (const [pattern, replacement] of PHRASE_ABBREVIATIONS) rewritten = rewritten.replace(pattern, replacement);
  const tokens = tokenize(rewritten).filter((t) => t.length <= 40);
  const kept = tokens.filter((t) => !STOP_WORDS.has(t));
  return [...new Set(kept.length > 0 ? kept : tokens)].slice(0, MAX_WORDS);
}

/** The first word of every clause after the first: the words that follow a comma, semicolon or bracket. */
export function clauseStarts(text: string): Set<string> {
  const out = new Set<string>();
  for (const clause of text.split(/[,;()[\]]/).slice(1)) {
    const first = tokenize(clause).find((t) => !STOP_WORDS.has(t));
    if (first) out.add(first);
  }
  return out;
}

export function parseQuery(q: string): ParsedQuery {
  const text = cleanQuery(q);
  const code = parseCode(text);
  const letters = /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : null;
  return { text, code, words: code ? [] : queryWords(text), alsoCode: letters };
}
