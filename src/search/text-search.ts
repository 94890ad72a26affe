/**
 * Word search (docs/search-ranking.md rules 3–8): exact words of a title or term, all words in the
 * title, in one index or inclusion term, in one synonym, then anywhere in the code's text.
 */

import type { DocFilter, SearchReader, TermMatch } from '../store/search-reader.js';
import { exactKey } from '../store/search-text.js';
import { ftsExpression, type WordGroup } from './fts-expression.js';
import { type Candidate, type Match, type MatchField, mergeCandidates, TIER } from './rank.js';

export interface TextMatches {
  candidates: Candidate[];
  /** Matches per system index (all systems, other filters applied). */
  facets: Map<number, number>;
}

/** Most matches counted for totals and facets. */
export const COUNT_CAP = 50_000;

function termField(field: string): MatchField {
  return field === 'synonym' ? 'synonym' : field === 'inclusion' ? 'inclusion' : 'index';
}

function termCandidates(rows: TermMatch[], exact: boolean): Candidate[] {
  return rows.map((r) => {
    const field: MatchField = r.field === 'title' ? 'title' : termField(r.field);
    let tier: number = field === 'synonym' ? TIER.synonymWords : TIER.termWords;
    if (exact) tier = field === 'title' ? TIER.exactTitle : field === 'synonym' ? TIER.exactSynonym : TIER.exactIndex;
    return { doc: r.doc, tier, matched: [{ field, text: r.text }] };
  });
}

function exactCandidates(reader: SearchReader, norms: string[], filter: DocFilter, k: number): Candidate[] {
  const rows = norms.filter((n) => n !== '').flatMap((n) => reader.exact(n, filter, k));
  const byTier = termCandidates(rows, true);
  return [TIER.exactTitle, TIER.exactIndex, TIER.exactSynonym].flatMap((t) => byTier.filter((c) => c.tier === t));
}

/**
 * Candidates in rank order for one set of word groups. `norms` are the exact-words keys to look up;
 * `k` is how many hits the caller needs (offset + limit).
 */
export function textCandidates(reader: SearchReader, groups: WordGroup[], norms: string[], filter: DocFilter, k: number): TextMatches {
  const all = ftsExpression(groups, ['code', 'title', 'terms', 'synonyms']);
  if (!all) return { candidates: [], facets: new Map() };
  const title = ftsExpression(groups, ['title']) as string;
  const terms = ftsExpression(groups) as string;
  const titleHit = (doc: number): Candidate => ({ doc, tier: TIER.titleWords, matched: [{ field: 'title', text: '' }] });
  const termRows = termCandidates(reader.matchTerms(terms, filter, k * 2), false);
  const lists: Candidate[][] = [
    exactCandidates(reader, norms, filter, k),
    reader.matchDocs(title, filter, k).map(titleHit),
    termRows.filter((c) => c.tier === TIER.termWords),
    termRows.filter((c) => c.tier === TIER.synonymWords),
    reader.matchDocs(all, filter, k).map((doc) => ({ doc, tier: TIER.spread, matched: [] as Match[] })),
  ];
  const facets = reader.countMatches(all, { ...filter, systems: null }, COUNT_CAP);
  return { candidates: mergeCandidates(lists), facets };
}

/** Exact-words keys of a query: as typed and with abbreviations expanded. */
export function exactNorms(words: string[], expanded: string[]): string[] {
  return [...new Set([exactKey(words.join(' ')), exactKey(expanded.join(' '))])];
}
