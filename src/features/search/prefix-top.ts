/**
 * The best codes of a lone word being typed, ranked ahead of time (docs/search-ranking.md,
 * "Autocomplete"). A lone common prefix (`app`, `dia`, `pre`) stands for its 16 most frequent
 * completions, whose codes number in the tens of thousands; so does a longer lone word of a common
 * stem or reading (`injur`, `percutaneous`, `closed` → closed/external/percutaneous): scoring them all
 * on every keystroke costs several milliseconds. The build runs the same scorer autocomplete runs —
 * all systems, and each system alone — and keeps the best PREFIX_TOP.k doc ids in search_prefix_top
 * for every 2–4 letter prefix whose completions hold at least PREFIX_TOP.minDocs codes, and for every
 * beginning of 5 or more letters of an indexed word or a title word whose word group finds at least
 * PREFIX_TOP.longMinDocs candidate codes. Autocomplete reads them when the query is that one word; any
 * other query (or a larger limit, several systems) is scored as before.
 */
import type Database from 'better-sqlite3';
import { CODE_SYSTEMS, type CodeSystemId } from '../../core/systems.js';
import { rankWords, type SearchContext, searchContext } from './engine.js';
import { queryGroups } from './query-groups.js';
import type { DocFilter } from './reader.js';
import { findingDocs } from './scorer.js';

export const PREFIX_TOP = { minLength: 2, maxLength: 4, minDocs: 3000, longMinDocs: 15_000, maxWordLength: 40, k: 25 } as const;

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

/** A lone word the table may hold: letters only, 2–40 of them. */
export function isTablePrefix(word: string): boolean {
  return word.length >= PREFIX_TOP.minLength && word.length <= PREFIX_TOP.maxWordLength && /^[a-z]+$/.test(word);
}

/**
 * The words worth a row: the 2–4 letter prefixes whose completions hold at least minDocs codes
 * together, and the beginnings of 5+ letters of indexed words and title words (the spelling
 * vocabulary) whose word group finds at least longMinDocs candidate codes.
 */
export function heavyPrefixes(ctx: SearchContext): string[] {
  const short = new Set<string>();
  const long = new Set<string>();
  const add = (word: string) => {
    if (!/^[a-z]+$/.test(word)) return;
    for (let n = PREFIX_TOP.minLength; n <= Math.min(PREFIX_TOP.maxWordLength, word.length); n += 1)
      (n <= PREFIX_TOP.maxLength ? short : long).add(word.slice(0, n));
  };
  for (const token of ctx.postings.tokens) add(token);
  for (const { word } of ctx.reader.vocabulary()) add(word);
  const heavyShort = [...short].filter(
    (p) => ctx.postings.withPrefix(p, 16).reduce((n, t) => n + ctx.postings.df(t), 0) >= PREFIX_TOP.minDocs,
  );
  const heavyLong = [...long].filter((w) => {
    const group = queryGroups(ctx, [w], true, false)[0];
    return group !== undefined && findingDocs(ctx.postings, group) >= PREFIX_TOP.longMinDocs;
  });
  return [...heavyShort, ...heavyLong];
}

/** Build step: one row per heavy prefix and system ('' = all systems). Runs after the postings and the vocabulary. */
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

/** The stored best doc ids of a lone word being typed, or null when the table cannot answer. */
export function storedPrefixTop(ctx: SearchContext, word: string, systems: CodeSystemId[] | null, limit: number): number[] | null {
  if (!isTablePrefix(word) || limit > PREFIX_TOP.k || (systems && systems.length > 1)) return null;
  const docs = ctx.reader.prefixTop(word, systems?.[0] ?? '');
  if (!docs) return null;
  return Array.from(new Uint32Array(docs.buffer, docs.byteOffset, docs.byteLength / 4).subarray(0, limit));
}
