/**
 * Search over one database (docs/search-ranking.md): code-shaped input first, then words, each
 * with its abbreviations, procedure and lay words, word parts and (when unknown) its correction,
 * ranked by how much of the query a code covers and how specific the covered words are.
 */

import type Database from 'better-sqlite3';
import { CODE_SYSTEMS, type CodeSystemId } from '../../core/systems.js';
import { exactKey } from '../../core/text.js';
import { perDatabase } from '../../db/cache.js';
import { codeMatches } from './code-search.js';
import { explain } from './explain-hits.js';
import { PostingsReader } from './postings.js';
import { clauseStarts, parseQuery, queryWords } from './query.js';
import { type GroupContext, type Negation, negations, type QueryGroup, queryGroups } from './query-groups.js';
import type { Match } from './rank.js';
import { type DocFilter, type SearchDocRow, SearchReader } from './reader.js';
import { type Scored, type ScoreResult, scoreGroups } from './scorer.js';
import { Speller } from './spelling.js';
import { buildExpansions, type Expansions, expandedWords } from './word-groups.js';

export interface SearchContext extends GroupContext {
  reader: SearchReader;
  postings: PostingsReader;
  expansions: Expansions;
  speller: () => Speller;
}

/** The search context of an open database, made once (the vocabulary loads on first correction). */
export const searchContext = perDatabase((db: Database.Database): SearchContext => {
  const reader = new SearchReader(db);
  let speller: Speller | null = null;
  return {
    reader,
    postings: new PostingsReader(db),
    expansions: buildExpansions(reader.learnedAbbreviations()),
    speller: () => (speller ??= new Speller(reader.vocabulary())),
  };
});

/**
 * Load what the first queries would otherwise wait for: the word list, the spelling vocabulary and
 * the hierarchy paths (a serving process calls it before it takes requests).
 */
export function warmSearch(db: Database.Database): void {
  const ctx = searchContext(db);
  ctx.speller();
  ctx.postings.underPath('');
}

interface EngineRequest {
  q: string;
  systems: CodeSystemId[] | null;
  billable: boolean;
  /** A hierarchy node key: only codes under it. */
  within: string | null;
  limit: number;
  offset: number;
}

export interface EngineHit {
  doc: SearchDocRow;
  score: number;
  matched: Match[];
  /** Words of the query this code does not cover. */
  missing?: string[];
}

export interface EngineResult {
  query: string;
  total: number;
  hits: EngineHit[];
  facets: Partial<Record<CodeSystemId, number>>;
  corrected?: Array<{ from: string; to: string }>;
  /** Words of the query that no code holds, even after correction. */
  unmatched?: string[];
  exact?: { system: CodeSystemId; code: string };
}

export function docFilter(ctx: SearchContext, req: Pick<EngineRequest, 'systems' | 'billable' | 'within'>): DocFilter | null {
  let path: string | null = null;
  if (req.within) {
    path = ctx.reader.pathOf(req.within);
    if (path === null) return null;
  }
  const systems = req.systems && req.systems.length > 0 ? req.systems.map((s) => CODE_SYSTEMS.indexOf(s)) : null;
  return { systems, maxId: req.billable ? ctx.reader.maxBillableId : null, path };
}

function facetRecord(counts: Map<number, number>): Partial<Record<CodeSystemId, number>> {
  const out: Partial<Record<CodeSystemId, number>> = {};
  CODE_SYSTEMS.forEach((s, i) => {
    const n = counts.get(i);
    if (n) out[s] = n;
  });
  return out;
}

function totalOf(facets: Map<number, number>, f: DocFilter): number {
  let total = 0;
  for (const [s, n] of facets) if (!f.systems || f.systems.includes(s)) total += n;
  return total;
}

function explainHits(ctx: SearchContext, page: Scored[], groups: QueryGroup[]): EngineHit[] {
  const docs = ctx.reader.docs(page.map((c) => c.doc));
  return page.flatMap((c) => {
    const doc = docs.get(c.doc);
    if (!doc) return [];
    const { matched, missing } = explain(ctx.reader, ctx.postings, doc, c, groups);
    const hit: EngineHit = { doc, score: Math.round(c.score * 100) / 100, matched };
    if (missing.length > 0) hit.missing = missing;
    return [hit];
  });
}

function emptyResult(query: string): EngineResult {
  return { query, total: 0, hits: [], facets: {} };
}

export function search(ctx: SearchContext, req: EngineRequest): EngineResult {
  const parsed = parseQuery(req.q);
  const filter = docFilter(ctx, req);
  if (!filter || (parsed.code === null && parsed.words.length === 0)) return emptyResult(parsed.text);
  if (parsed.code) {
    const codes = codeMatches(ctx.reader, parsed.code, filter, req.limit, req.offset);
    const total = totalOf(codes.facets, filter);
    if (total > 0) {
      const result: EngineResult = {
        query: parsed.text,
        total,
        facets: facetRecord(codes.facets),
        hits: codes.page.map((p) => ({ doc: p.doc, score: p.candidate.tier, matched: p.candidate.matched })),
      };
      if (codes.exact) result.exact = { system: codes.exact.system as CodeSystemId, code: codes.exact.code };
      return result;
    }
  }
  return searchWords(ctx, parsed.text, parsed.code ? queryWords(parsed.text.replace(/[.*]/g, ' ')) : parsed.words, filter, req);
}

function searchWords(ctx: SearchContext, text: string, words: string[], filter: DocFilter, req: EngineRequest): EngineResult {
  if (words.length === 0) return emptyResult(text);
  const k = req.offset + req.limit;
  const { words: positive, negated, optional } = negations(words, clauseStarts(text));
  const groups = queryGroups(ctx, positive, false, true, optional);
  const ranked = rankWords(ctx, groups, positive, filter, k, negated);
  const corrected = groups.flatMap((g) => (g.correctedTo ? [{ from: g.word, to: g.correctedTo }] : []));
  const unmatched = groups.filter((g) => g.alternatives.length === 0).map((g) => g.word);
  const facets = facetRecord(ranked.facets);
  const result: EngineResult = {
    query: text,
    total: totalOf(ranked.facets, filter),
    facets,
    hits: explainHits(ctx, ranked.top.slice(req.offset, k), groups),
  };
  if (corrected.length > 0) result.corrected = corrected;
  if (unmatched.length > 0) result.unmatched = unmatched;
  return result;
}

/** Exact-title and exact-term boosts for the query's words (as typed, and with abbreviations expanded). */
const EXACT_BOOST = { title: 1.6, index: 1.45, inclusion: 1.45, synonym: 1.35 } as const;

export function exactBoosts(ctx: SearchContext, words: string[], filter: DocFilter): Map<number, number> {
  const out = new Map<number, number>();
  for (const norm of new Set([exactKey(words.join(' ')), exactKey(expandedWords(words, ctx.expansions).join(' '))])) {
    if (!norm) continue;
    for (const row of ctx.reader.exact(norm, filter, 200)) {
      const boost = EXACT_BOOST[row.field as keyof typeof EXACT_BOOST] ?? 1;
      if (boost > (out.get(row.doc) ?? 1)) out.set(row.doc, boost);
    }
  }
  return out;
}

/** The scored docs of word groups, after the filter: what search and autocomplete share. */
export function rankWords(
  ctx: SearchContext,
  groups: QueryGroup[],
  words: string[],
  filter: DocFilter,
  k: number,
  negated: readonly Negation[] = [],
): ScoreResult {
  const only = filter.path !== null ? new Set(ctx.postings.underPath(filter.path)) : null;
  return scoreGroups(
    ctx.postings,
    groups,
    { systems: filter.systems, maxId: filter.maxId, only },
    k,
    exactBoosts(ctx, words, { ...filter, path: null }),
    ctx.reader.maxBillableId,
    negated,
  );
}
