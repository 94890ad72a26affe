/**
 * Search over one database (docs/search-ranking.md): code-shaped input first, then words with
 * abbreviations, then typo corrections when the exact words find too little.
 */
import type Database from 'better-sqlite3';
import { CODE_SYSTEMS, type CodeSystemId } from '../domain/systems.js';
import { type DocFilter, type SearchDocRow, SearchReader } from '../store/search-reader.js';
import { codeMatches } from './code-search.js';
import { ftsExpression, type WordGroup } from './fts-expression.js';
import { parseQuery, queryWords } from './query.js';
import { type Candidate, CORRECTION_PENALTY, type Match } from './rank.js';
import { Speller } from './spelling.js';
import { exactNorms, type TextMatches, textCandidates } from './text-search.js';
import { buildExpansions, type Expansions, expandedWords, withCorrections, wordGroups } from './word-groups.js';

/** Fewer uncorrected matches than this and unknown words are corrected. */
export const CORRECT_BELOW = 3;

export interface SearchContext {
  reader: SearchReader;
  expansions: Expansions;
  speller: () => Speller;
}

const contexts = new WeakMap<Database.Database, SearchContext>();

/** The search context of an open database, made once (the vocabulary loads on first correction). */
export function searchContext(db: Database.Database): SearchContext {
  let ctx = contexts.get(db);
  if (!ctx) {
    const reader = new SearchReader(db);
    let speller: Speller | null = null;
    ctx = {
      reader,
      expansions: buildExpansions(reader.learnedAbbreviations()),
      speller: () => (speller ??= new Speller(reader.vocabulary())),
    };
    contexts.set(db, ctx);
  }
  return ctx;
}

export interface EngineRequest {
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
}

export interface EngineResult {
  query: string;
  total: number;
  hits: EngineHit[];
  facets: Partial<Record<CodeSystemId, number>>;
  corrected?: Array<{ from: string; to: string }>;
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

function corrections(ctx: SearchContext, groups: WordGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  const speller = ctx.speller();
  for (const g of groups) {
    if (g.alternatives.length > 1) continue; // an abbreviation is not a typo
    const to = speller.correct(g.word);
    if (to) out.set(g.word, to);
  }
  return out;
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
  const last = words[words.length - 1] as string;
  const groups = wordGroups(words, ctx.expansions, last.length >= 3 && !ctx.speller().has(last));
  const norms = exactNorms(words, expandedWords(words, ctx.expansions));
  let found: TextMatches = textCandidates(ctx.reader, groups, norms, filter, k);
  let total = totalOf(found.facets, filter);
  let corrected: Array<{ from: string; to: string }> | undefined;
  if (total < CORRECT_BELOW) {
    const fixes = corrections(ctx, groups);
    if (fixes.size > 0) {
      const fixedGroups = withCorrections(groups, fixes);
      const fixedWords = words.map((w) => fixes.get(w) ?? w);
      const more = textCandidates(ctx.reader, fixedGroups, exactNorms(fixedWords, expandedWords(fixedWords, ctx.expansions)), filter, k);
      corrected = [...fixes].map(([from, to]) => ({ from, to }));
      const note: Match[] = corrected.map((c) => ({ field: 'correction', text: `${c.from}→${c.to}` }));
      const penalised = more.candidates.map((c) => ({ ...c, tier: c.tier - CORRECTION_PENALTY, matched: [...note, ...c.matched] }));
      found = {
        candidates: [...found.candidates, ...penalised.filter((c) => !found.candidates.some((x) => x.doc === c.doc))],
        facets: mergeFacets(found.facets, more.facets),
      };
      total = totalOf(found.facets, filter);
      groups.splice(0, groups.length, ...fixedGroups);
    }
  }
  const result: EngineResult = {
    query: text,
    total: Math.max(total, found.candidates.length),
    facets: facetRecord(found.facets),
    hits: assemble(ctx, found.candidates.slice(req.offset, k), groups),
  };
  if (corrected) result.corrected = corrected;
  return result;
}

function mergeFacets(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const out = new Map(a);
  for (const [s, n] of b) out.set(s, Math.max(out.get(s) ?? 0, n));
  return out;
}

function abbreviationNotes(groups: WordGroup[]): Match[] {
  return groups
    .filter((g) => g.alternatives.length > 1 && g.alternatives[0]?.[0] === g.word)
    .map((g) => ({
      field: 'abbreviation',
      text: `${g.word} → ${g.alternatives
        .slice(1)
        .map((a) => a.join(' '))
        .join(' / ')}`,
    }));
}

function assemble(ctx: SearchContext, page: Candidate[], groups: WordGroup[]): EngineHit[] {
  const docs = ctx.reader.docs(page.map((c) => c.doc));
  const notes = abbreviationNotes(groups);
  const all = ftsExpression(groups, ['code', 'title', 'terms', 'synonyms']);
  return page.flatMap((c) => {
    const doc = docs.get(c.doc);
    if (!doc) return [];
    let matched = c.matched.map((m) => (m.field === 'title' && m.text === '' ? { field: m.field, text: doc.display } : m));
    if (!matched.some((m) => m.field !== 'correction') && all) {
      const parts = ctx.reader.matchedParts(all, c.doc).slice(0, 3);
      matched = [
        ...matched,
        ...parts.map(
          (p): Match => ({ field: p.column === 'title' ? 'title' : p.column === 'synonyms' ? 'synonym' : 'index', text: p.text }),
        ),
      ];
    }
    const unique = [...matched, ...notes].filter((m, i, all) => all.findIndex((x) => x.field === m.field && x.text === m.text) === i);
    return [{ doc, score: c.tier, matched: unique.slice(0, 6) }];
  });
}
