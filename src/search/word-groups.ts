/**
 * Word groups of a query (pure): each word with its abbreviation expansions (the curated list and
 * pairs learned from short titles) and, when asked, its typo correction.
 */
import { STOP_WORDS, tokenize } from '../store/search-text.js';
import { ABBREVIATIONS } from './abbreviations.js';
import type { WordGroup } from './fts-expression.js';

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

export function wordGroups(words: string[], expansions: Expansions, prefixLast: boolean): WordGroup[] {
  return words.map((word, i) => ({
    word,
    alternatives: [[word], ...(expansions.byAbbr.get(word) ?? []).slice(0, 3)],
    prefix: prefixLast && i === words.length - 1,
  }));
}

/** Words of the query with each abbreviation replaced by its first expansion (for exact-words lookups). */
export function expandedWords(words: string[], expansions: Expansions): string[] {
  return words.flatMap((w) => expansions.byAbbr.get(w)?.[0] ?? [w]);
}

/** Groups with corrected words added as alternatives. */
export function withCorrections(groups: WordGroup[], corrections: Map<string, string>): WordGroup[] {
  return groups.map((g) => {
    const to = corrections.get(g.word);
    return to ? { ...g, alternatives: [[to], ...g.alternatives.slice(1)], prefix: false } : g;
  });
}
