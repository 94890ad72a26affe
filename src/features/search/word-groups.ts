/**
 * Word groups of a query (pure): each word with its abbreviation expansions (the curated list and
 * pairs learned from short titles) and, when asked, its typo correction.
 */
import { STOP_WORDS, tokenize } from '../../core/text.js';
import { ABBREVIATIONS } from './abbreviations.js';

export interface Expansions {
  /** Lower-case abbreviation → expansions, each a list of words. */
  byAbbr: Map<string, string[][]>;
}

function expansionWords(text: string): string[] {
  return tokenize(text).filter((w) => !STOP_WORDS.has(w));
}

export function buildExpansions(learned: Array<{ abbr: string; expansion: string }>): Expansions {
  const byAbbr = new Map<string, string[][]>();
  const add = (abbr: string, expansion: string) => {
    const words = expansionWords(expansion);
    if (words.length === 0 || /[^\p{L}\p{N}]/u.test(abbr)) return;
    const list = byAbbr.get(abbr) ?? [];
    if (!list.some((l) => l.join(' ') === words.join(' '))) list.push(words);
    byAbbr.set(abbr, list);
  };
  for (const a of ABBREVIATIONS) add(a.abbr, a.expansion);
  for (const a of learned) add(a.abbr, a.expansion);
  return { byAbbr };
}

/** Words of the query with each abbreviation replaced by its first expansion (for exact-words lookups). */
export function expandedWords(words: string[], expansions: Expansions): string[] {
  return words.flatMap((w) => expansions.byAbbr.get(w)?.[0] ?? [w]);
}
