/**
 * The pages' view of the search use-case. Search lives in src/app/search.ts; until a database's
 * Medcodes offers it, the pages fall back to exact code look-ups so they keep working.
 */
import type { Medcodes } from '../../app/medcodes.js';
import type { SearchHit, SearchRequest, SearchResult } from '../../app/views.js';
import { AppError } from '../../domain/errors.js';

type SearchFn = (request: SearchRequest) => SearchResult | Promise<SearchResult>;

function searchFn(medcodes: Medcodes): SearchFn | null {
  const fn = (medcodes as unknown as { search?: SearchFn }).search;
  return typeof fn === 'function' ? fn : null;
}

/** Exact matches of the query as a code in any system (the fallback without a search engine). */
function exactCodes(medcodes: Medcodes, request: SearchRequest): SearchResult {
  let hits: SearchHit[] = [];
  try {
    hits = medcodes
      .findCode(request.q)
      .filter((r) => !request.systems?.length || request.systems.includes(r.system))
      .filter((r) => !request.billable || r.billable)
      .map((r) => ({ ...r, score: 1, matched: [{ field: 'code', text: r.code }] }));
  } catch (err) {
    if (!(err instanceof AppError) || err.kind !== 'invalid') throw err;
  }
  const facets: SearchResult['facets'] = { system: {} };
  for (const h of hits) facets.system[h.system] = (facets.system[h.system] ?? 0) + 1;
  const first = hits[0];
  const result: SearchResult = {
    query: request.q,
    total: hits.length,
    hits: hits.slice(request.offset, request.offset + request.limit),
    facets,
  };
  if (hits.length === 1 && first) result.exact = { system: first.system, code: first.code };
  return result;
}

export async function runSearch(medcodes: Medcodes, request: SearchRequest): Promise<SearchResult> {
  const fn = searchFn(medcodes);
  return fn ? await fn(request) : exactCodes(medcodes, request);
}

/** True when the database's Medcodes has a full-text search (results pages say so when not). */
export function hasSearch(medcodes: Medcodes): boolean {
  return searchFn(medcodes) !== null;
}

interface SuggestionHit {
  system: SearchHit['system'];
  code: string;
  display: string;
}
type AutocompleteFn = (q: string, systems?: SearchHit['system'][], limit?: number) => { hits: SuggestionHit[] };

/** Suggestions for the autocomplete: the autocomplete use-case when there is one, else the first search hits. */
export async function runSuggest(medcodes: Medcodes, q: string, limit: number): Promise<SuggestionHit[]> {
  const fn = (medcodes as unknown as { autocomplete?: AutocompleteFn }).autocomplete;
  if (typeof fn === 'function') return fn(q, [], limit).hits;
  return (await runSearch(medcodes, { q, systems: [], billable: false, limit, offset: 0 })).hits;
}
