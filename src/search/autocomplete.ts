/**
 * Autocomplete (docs/search-ranking.md, "Autocomplete"): the shortest path for every keystroke.
 * A code-shaped prefix lists the code and what follows it in code order; words match the title
 * with the last word as a prefix (billable, shorter titles first); only when no title matches, the
 * shortest index terms and synonyms. A lone letter lists codes starting with it.
 */
import type { CodeSystemId } from '../domain/systems.js';
import { CODE_SYSTEMS } from '../domain/systems.js';
import type { SearchDocRow } from '../store/search-reader.js';
import { docFilter, type SearchContext } from './engine.js';
import { ftsExpression } from './fts-expression.js';
import { parseQuery } from './query.js';
import { wordGroups } from './word-groups.js';

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
  const groups = wordGroups(words, ctx.expansions, true);
  const ids = ctx.reader.matchDocs(ftsExpression(groups, ['title']) as string, filter, limit);
  if (ids.length === 0) {
    for (const t of ctx.reader.matchTerms(ftsExpression(groups) as string, filter, limit * 3))
      if (ids.length < limit && !ids.includes(t.doc)) ids.push(t.doc);
  }
  const docs = ctx.reader.docs(ids);
  return ids.flatMap((id) => {
    const d = docs.get(id);
    return d ? [suggestion(d)] : [];
  });
}
