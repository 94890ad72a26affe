/**
 * The search use-cases: what the API, the pages and the CLI call (docs/search-ranking.md).
 */

import { AppError } from '../../core/errors.js';
import type { CodeSystemId } from '../../core/systems.js';
import { perDatabase } from '../../db/cache.js';
import type { AutocompleteView, ReadStore, SearchHit, SearchRequest, SearchResult } from '../codes/index.js';
import { cptLabelsOf } from '../codes/index.js';
import { type Suggestion, autocomplete as suggest } from './autocomplete.js';
import { type EngineHit, search, searchContext } from './engine.js';
import { MAX_QUERY_CHARS } from './query.js';

const SEARCH_LIMITS = { maxQuery: MAX_QUERY_CHARS, maxLimit: 100, maxOffset: 10_000, maxAutocomplete: 20 } as const;

function hitView(h: EngineHit): SearchHit {
  return {
    system: h.doc.system as CodeSystemId,
    code: h.doc.code,
    display: h.doc.display,
    billable: h.doc.billable,
    kind: h.doc.kind,
    score: h.score,
    matched: h.matched,
    ...(h.missing ? { missing: h.missing } : {}),
  };
}

/** CPT hits without a licensed descriptor show their public category label (app/cpt-labels.ts), marked as such. */
function withCptLabels(store: ReadStore, hits: SearchHit[]): SearchHit[] {
  const bare = hits.filter((h) => h.system === 'cpt' && !h.display).map((h) => h.code);
  if (bare.length === 0) return hits;
  const labels = cptLabelsOf(store, bare);
  return hits.map((h) => (h.system === 'cpt' && !h.display && labels.has(h.code) ? { ...h, display: labels.get(h.code) as string } : h));
}

/** Suggestions too: a CPT code without a licensed descriptor is named by its category label ("Category label: …"). */
function withCptSuggestionLabels(store: ReadStore, hits: Suggestion[]): Suggestion[] {
  const bare = hits.filter((h) => h.system === 'cpt' && !h.display).map((h) => h.code);
  if (bare.length === 0) return hits;
  const labels = cptLabelsOf(store, bare);
  return hits.map((h) => (h.system === 'cpt' && !h.display && labels.has(h.code) ? { ...h, display: labels.get(h.code) as string } : h));
}

function validate(req: SearchRequest): void {
  const problems: string[] = [];
  if (req.q.length > SEARCH_LIMITS.maxQuery) problems.push(`q: longer than ${SEARCH_LIMITS.maxQuery} characters`);
  if (!Number.isInteger(req.limit) || req.limit < 1 || req.limit > SEARCH_LIMITS.maxLimit)
    problems.push(`limit: must be 1 to ${SEARCH_LIMITS.maxLimit}`);
  if (!Number.isInteger(req.offset) || req.offset < 0 || req.offset > SEARCH_LIMITS.maxOffset)
    problems.push(`offset: must be 0 to ${SEARCH_LIMITS.maxOffset}`);
  if (problems.length > 0) throw new AppError('invalid', `invalid search: ${problems.join('; ')}`, problems[0]?.split(':')[0], problems);
}

/** Hits of another release than the default: the same codes, as that release has them (absent ones dropped). */
function inRelease(store: ReadStore, req: SearchRequest, result: SearchResult): SearchResult {
  const system = req.systems?.length === 1 ? req.systems[0] : undefined;
  if (!system) throw new AppError('invalid', 'release: name exactly one system to search another release', 'release');
  const release = store.releases().find((r) => r.system === system && (r.release === req.release || r.label === req.release));
  if (!release) throw new AppError('not-found', `${system} has no release "${req.release}"`, 'release');
  if (release.isDefault) return result;
  const keys = result.hits.map((h) => h.code.replace(/\./g, ''));
  const rows = new Map(store.codesByKeys(system, release.release, keys).map((r) => [r.key, r]));
  const hits = result.hits.flatMap((h) => {
    const row = rows.get(h.code.replace(/\./g, ''));
    return row ? [{ ...h, code: row.code, display: row.display, billable: row.billable, kind: row.kind }] : [];
  });
  return { ...result, hits };
}

export function searchCodes(store: ReadStore, req: SearchRequest): SearchResult {
  validate(req);
  const ctx = searchContext(store.db);
  const found = search(ctx, {
    q: req.q,
    systems: req.systems && req.systems.length > 0 ? req.systems : null,
    billable: Boolean(req.billable),
    within: req.within ? req.within.trim().toUpperCase().replace(/\./g, '') : null,
    limit: req.limit,
    offset: req.offset,
  });
  const result: SearchResult = {
    query: found.query,
    total: found.total,
    hits: withCptLabels(store, found.hits.map(hitView)),
    facets: { system: found.facets },
  };
  if (found.corrected) result.corrected = found.corrected;
  if (found.unmatched) result.unmatched = found.unmatched;
  if (found.exact) result.exact = found.exact;
  return req.release ? inRelease(store, req, result) : result;
}

/**
 * Recent autocomplete answers per open database (prefixes repeat across users and keystrokes): at
 * most this many, oldest dropped first; a key is at most SEARCH_LIMITS.maxQuery characters long and
 * an answer at most SEARCH_LIMITS.maxAutocomplete suggestions.
 */
export const AUTOCOMPLETE_CACHE = 5000;
const answers = perDatabase(() => new Map<string, Suggestion[]>());

export function autocomplete(store: ReadStore, q: string, systems: CodeSystemId[] = [], limit = 10): AutocompleteView {
  if (q.length > SEARCH_LIMITS.maxQuery) throw new AppError('invalid', `q: longer than ${SEARCH_LIMITS.maxQuery} characters`, 'q');
  const n = Math.max(1, Math.min(SEARCH_LIMITS.maxAutocomplete, Math.trunc(limit) || 10));
  const recent = answers(store.db);
  const id = `${n}|${systems.join(',')}|${q}`;
  let hits = recent.get(id);
  if (!hits) {
    hits = withCptSuggestionLabels(store, suggest(searchContext(store.db), q, systems.length > 0 ? systems : null, n));
    if (recent.size >= AUTOCOMPLETE_CACHE) recent.delete(recent.keys().next().value as string);
    recent.set(id, hits);
  }
  return { query: q, hits };
}

/** Answers held in the autocomplete cache of an open database. */
export function autocompleteCacheSize(store: ReadStore): number {
  return answers(store.db).size;
}
