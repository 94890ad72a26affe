/**
 * FTS5 expressions built from word groups (pure). Every word is a quoted string with its quotes
 * doubled, joined only by AND/OR and parentheses that this module writes, so no user text can
 * become FTS syntax and no expression can be a syntax error.
 */

/** One required word with its alternatives (abbreviation expansions, corrections). */
export interface WordGroup {
  /** The word as typed. */
  word: string;
  /** Ways to match it: each a list of words that must all be present. The first is the word itself. */
  alternatives: string[][];
  /** Match it as a prefix (the last word while typing). */
  prefix: boolean;
}

export type FtsColumn = 'code' | 'title' | 'terms' | 'synonyms';

export function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

function alternative(words: string[], prefix: boolean): string {
  const parts = words.map((w) => quote(w));
  if (prefix && words.length === 1) parts[0] = `${parts[0]}*`;
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`;
}

function group(g: WordGroup): string {
  const alts = g.alternatives.filter((a) => a.length > 0).map((a, i) => alternative(a, g.prefix && i === 0));
  return alts.length === 1 ? (alts[0] as string) : `(${alts.join(' OR ')})`;
}

/** All groups required, optionally within some columns; null when there is nothing to match. */
export function ftsExpression(groups: WordGroup[], columns?: FtsColumn[]): string | null {
  const usable = groups.filter((g) => g.alternatives.some((a) => a.length > 0));
  if (usable.length === 0) return null;
  const body = usable.map(group).join(' AND ');
  return columns ? `{${columns.join(' ')}} : (${body})` : body;
}
