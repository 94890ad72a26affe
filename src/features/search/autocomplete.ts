/**
 * Autocomplete (docs/search-ranking.md, "Autocomplete"): the shortest path for every keystroke.
 * A code-shaped prefix lists the code and what follows it in code order; words are ranked by the
 * same contract as search, the last word also standing for the words it begins ("diab" →
 * diabetes), without corrections or totals. A lone letter lists codes starting with it; a lone
 * common 2–4 letter prefix reads its best codes, ranked at build time by the same scorer (prefix-top.ts).
 */
import type { CodeSystemId } from '../../core/systems.js';
import { CODE_SYSTEMS } from '../../core/systems.js';
import { docFilter, exactBoosts, rankWords, type SearchContext } from './engine.js';
import { storedPrefixTop } from './prefix-top.js';
import { parseQuery } from './query.js';
import { type QueryGroup, queryGroups } from './query-groups.js';
import type { DocFilter, SearchDocRow } from './reader.js';

export interface Suggestion {
  system: CodeSystemId;
  code: string;
  display: string;
  billable: boolean;
}

function suggestion(doc: SearchDocRow): Suggestion {
  return { system: doc.system as CodeSystemId, code: doc.code, display: doc.display, billable: doc.billable };
}

/** The code itself, then the codes that start with it, system by system, without counting them. */
function codePrefix(ctx: SearchContext, key: string, filter: NonNullable<ReturnType<typeof docFilter>>, limit: number): SearchDocRow[] {
  const out = ctx.reader.docsByKey(key, filter).slice(0, limit);
  for (const system of CODE_SYSTEMS) {
    if (out.length >= limit) break;
    out.push(...ctx.reader.docsByKeyRange(system, `${key}\u0001`, `${key}\u007f`, filter, limit - out.length, 0));
  }
  return out;
}

function sameBoosts(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [doc, boost] of a) if (b.get(doc) !== boost) return false;
  return true;
}

/**
 * The stored answer of the word being typed (prefix-top.ts) when the query has other words too but
 * every one of them is a word no code holds (a misspelling: autocomplete does not correct) — then those
 * words only divide every score by the number of groups, a power of two here so that the division is
 * exact and the order cannot change — and the exact-title boosts are the same as the lone word's.
 */
function storedAnswer(
  ctx: SearchContext,
  words: string[],
  groups: QueryGroup[],
  filter: DocFilter,
  systems: CodeSystemId[] | null,
  limit: number,
): number[] | null {
  const last = words[words.length - 1] as string;
  const n = groups.length;
  if (n < 2 || (n & (n - 1)) !== 0 || groups.slice(0, -1).some((g) => g.alternatives.length > 0)) return null;
  const stored = storedPrefixTop(ctx, last, systems, limit);
  if (!stored) return null;
  const lone = queryGroups(ctx, [last], true, false);
  if (JSON.stringify(lone) !== JSON.stringify(groups.slice(-1))) return null;
  // The boosts as rankWords would read them for this query and for the lone word (the same filter).
  const f = { ...filter, path: null };
  return sameBoosts(exactBoosts(ctx, words, f), exactBoosts(ctx, [last], f)) ? stored : null;
}

export function autocomplete(ctx: SearchContext, q: string, systems: CodeSystemId[] | null, limit: number): Suggestion[] {
  const parsed = parseQuery(q);
  const filter = docFilter(ctx, { systems, billable: false, within: null });
  if (!filter) return [];
  if (parsed.code?.kind === 'code') {
    const found = codePrefix(ctx, parsed.code.key, filter, limit);
    if (found.length > 0) return found.map(suggestion);
  }
  // A one-letter last word would expand to every indexed word with that letter: wait for the next keystroke.
  const typed = parsed.code ? [] : parsed.words;
  const words = typed.length > 1 && (typed[typed.length - 1] as string).length < 2 ? typed.slice(0, -1) : typed;
  if (words.length === 0) return [];
  if (words.length === 1 && (words[0] as string).length < 2)
    return codePrefix(ctx, (words[0] as string).toUpperCase(), filter, limit).map(suggestion);
  const stored = words.length === 1 ? storedPrefixTop(ctx, words[0] as string, systems, limit) : null;
  const groups = stored ? [] : queryGroups(ctx, words, true, false);
  const ids =
    stored ??
    storedAnswer(ctx, words, groups, filter, systems, limit) ??
    rankWords(ctx, groups, words, filter, limit).top.map((t) => t.doc);
  const docs = ctx.reader.docs(ids);
  return ids.flatMap((id) => {
    const d = docs.get(id);
    return d ? [suggestion(d)] : [];
  });
}
