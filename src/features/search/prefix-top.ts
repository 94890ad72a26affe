/**
 * The best codes of a lone short prefix, ranked ahead of time (docs/search-ranking.md,
 * "Autocomplete"). A lone common prefix (`app`, `dia`, `pre`) stands for its 16 most frequent
 * completions, whose codes number in the tens of thousands: scoring them all on every keystroke
 * costs several milliseconds. For every 2–4 letter prefix whose completions hold at least
 * PREFIX_TOP.minDocs codes, the build runs the same scorer autocomplete runs — all systems, and each
 * system alone — and keeps the best PREFIX_TOP.k doc ids in search_prefix_top. Autocomplete reads
 * them when the query is that one prefix; any other query (or a larger limit, several systems)
 * is scored as before.
 */
import type Database from 'better-sqlite3';
import { CODE_SYSTEMS, type CodeSystemId } from '../../core/systems.js';
import { rankWords, type SearchContext, searchContext } from './engine.js';
import { queryGroups } from './query-groups.js';
import type { DocFilter } from './reader.js';

export const PREFIX_TOP = { minLength: 2, maxLength: 4, minDocs: 3000, k: 25 } as const;

export const PREFIX_TOP_TABLE = `
  CREATE TABLE search_prefix_top (
    prefix TEXT NOT NULL,
    system TEXT NOT NULL,
    docs BLOB NOT NULL,
    PRIMARY KEY (prefix, system)
  ) WITHOUT ROWID;
`;

/** The full scorer's answer for one lone word being typed: what autocomplete ranks. */
export function scoreLonePrefix(ctx: SearchContext, word: string, filter: DocFilter, k: number): number[] {
  const groups = queryGroups(ctx, [word], true, false);
  return rankWords(ctx, groups, [word], filter, k).top.map((t) => t.doc);
}

/** A lone word the table may hold: letters only, 2–4 of them. */
function isTablePrefix(word: string): boolean {
  return word.length >= PREFIX_TOP.minLength && word.length <= PREFIX_TOP.maxLength && /^[a-z]+$/.test(word);
}

/** The prefixes worth a row: those whose completions hold at least minDocs codes together. */
export function heavyPrefixes(ctx: SearchContext): string[] {
  const seen = new Set<string>();
  for (const token of ctx.postings.tokens) {
    for (let n = PREFIX_TOP.minLength; n <= Math.min(PREFIX_TOP.maxLength, token.length); n += 1) {
      const p = token.slice(0, n);
      if (isTablePrefix(p)) seen.add(p);
    }
  }
  return [...seen].filter((p) => ctx.postings.withPrefix(p, 16).reduce((n, t) => n + ctx.postings.df(t), 0) >= PREFIX_TOP.minDocs);
}

/** Build step: one row per heavy prefix and system ('' = all systems). Runs after the postings. */
export function buildPrefixTop(db: Database.Database): number {
  const ctx = searchContext(db);
  const insert = db.prepare('INSERT INTO search_prefix_top (prefix, system, docs) VALUES (?, ?, ?)');
  const scopes: Array<{ system: string; filter: DocFilter }> = [
    { system: '', filter: { systems: null, maxId: null, path: null } },
    ...CODE_SYSTEMS.map((s, i) => ({ system: s as string, filter: { systems: [i], maxId: null, path: null } })),
  ];
  const prefixes = heavyPrefixes(ctx);
  for (const p of prefixes) {
    for (const { system, filter } of scopes) {
      const ids = scoreLonePrefix(ctx, p, filter, PREFIX_TOP.k);
      insert.run(p, system, Buffer.from(new Uint32Array(ids).buffer));
    }
  }
  return prefixes.length;
}

/** The stored best doc ids of a lone prefix, or null when the table cannot answer. */
export function storedPrefixTop(ctx: SearchContext, word: string, systems: CodeSystemId[] | null, limit: number): number[] | null {
  if (!isTablePrefix(word) || limit > PREFIX_TOP.k || (systems && systems.length > 1)) return null;
  const docs = ctx.reader.prefixTop(word, systems?.[0] ?? '');
  if (!docs) return null;
  return Array.from(new Uint32Array(docs.buffer, docs.byteOffset, docs.byteLength / 4).subarray(0, limit));
}
