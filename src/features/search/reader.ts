/**
 * Read queries of search (docs/search-ranking.md): prepared, cached by shape, always LIMITed.
 * Word postings are read by postings.ts.
 * Filters are numbers only (system indexes, a doc id bound), never user text in SQL.
 */

import type Database from 'better-sqlite3';
import type { Raw } from '../../db/rows.js';

export const SYSTEM_BITS = 8;

export interface SearchDocRow {
  id: number;
  system: string;
  key: string;
  code: string;
  kind: string;
  display: string;
  billable: boolean;
  path: string;
  words: number;
}

export interface DocFilter {
  /** System indexes allowed (null: all). */
  systems: number[] | null;
  /** Highest doc id allowed (billable-only searches stop at the last billable doc). */
  maxId: number | null;
  /** Only docs at or under this hierarchy path. */
  path: string | null;
}

interface TermMatch {
  doc: number;
  field: string;
  text: string;
}

function toDoc(r: Raw): SearchDocRow {
  return {
    id: r.id as number,
    system: r.system as string,
    key: r.key as string,
    code: r.code as string,
    kind: r.kind as string,
    display: r.display as string,
    billable: r.billable === 1,
    path: r.path as string,
    words: r.words as number,
  };
}

/** SQL conditions (on a doc id expression) and their arguments for a filter. */
function filterSql(idExpr: string, f: DocFilter): { sql: string; args: Array<string | number> } {
  const parts: string[] = [];
  const args: Array<string | number> = [];
  if (f.systems) parts.push(`(${idExpr} & 7) IN (${f.systems.map((s) => Math.trunc(s)).join(', ') || '-1'})`);
  if (f.maxId !== null) {
    parts.push(`${idExpr} <= ?`);
    args.push(f.maxId);
  }
  if (f.path !== null) {
    parts.push(`${idExpr} IN (SELECT id FROM search_docs WHERE path = ? OR (path > ? AND path < ?))`);
    args.push(f.path, `${f.path}/`, `${f.path}/\u{10ffff}`);
  }
  return { sql: parts.length > 0 ? ` AND ${parts.join(' AND ')}` : '', args };
}

const DOC_COLS = 'id, system, key, code, kind, display, billable, path, words';

/**
 * Prepared statements kept per open database. The shapes are finite (a filter's parts, a chunk's
 * length up to 200) but many, so the least recently used one is dropped past this bound.
 */
export const STATEMENT_CACHE = 256;

export class SearchReader {
  private readonly cache = new Map<string, Database.Statement>();
  readonly maxBillableId: number;

  constructor(private readonly db: Database.Database) {
    this.maxBillableId = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM search_docs WHERE billable = 1').get() as { n: number }).n;
  }

  /** The stored best doc ids of a lone prefix (prefix-top.ts); null when the prefix has no row. */
  prefixTop(prefix: string, system: string): Buffer | null {
    const row = this.stmt('SELECT docs FROM search_prefix_top WHERE prefix = ? AND system = ? LIMIT 1').get(prefix, system) as
      | { docs: Buffer }
      | undefined;
    return row ? row.docs : null;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (s) this.cache.delete(sql);
    else {
      s = this.db.prepare(sql);
      if (this.cache.size >= STATEMENT_CACHE) this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(sql, s);
    return s;
  }

  /** Prepared statements held. */
  get statementsHeld(): number {
    return this.cache.size;
  }

  /** Docs whose key is exactly this key, in every system. */
  docsByKey(key: string, f: DocFilter): SearchDocRow[] {
    const w = filterSql('id', f);
    return (
      this.stmt(`SELECT ${DOC_COLS} FROM search_docs WHERE key = ?${w.sql} ORDER BY id & 7 LIMIT 20`).all(key, ...w.args) as Raw[]
    ).map(toDoc);
  }

  /** Docs of one system with lo <= key < hi, in key order. */
  docsByKeyRange(system: string, lo: string, hi: string, f: DocFilter, limit: number, offset: number): SearchDocRow[] {
    const w = filterSql('id', f);
    const sql = `SELECT ${DOC_COLS} FROM search_docs WHERE key >= ? AND key < ? AND system = ?${w.sql} ORDER BY key LIMIT ? OFFSET ?`;
    return (this.stmt(sql).all(lo, hi, system, ...w.args, limit, offset) as Raw[]).map(toDoc);
  }

  countByKeyRange(system: string, lo: string, hi: string, f: DocFilter): number {
    const w = filterSql('id', f);
    const sql = `SELECT count(*) AS n FROM search_docs WHERE key >= ? AND key < ? AND system = ?${w.sql}`;
    return (this.stmt(sql).get(lo, hi, system, ...w.args) as { n: number }).n;
  }

  /** Docs of one system whose key matches a GLOB pattern of [A-Z0-9*] only, in key order. */
  docsByGlob(system: string, glob: string, f: DocFilter, limit: number, offset: number): SearchDocRow[] {
    const w = filterSql('id', f);
    const sql = `SELECT ${DOC_COLS} FROM search_docs WHERE key GLOB ? AND system = ?${w.sql} ORDER BY key LIMIT ? OFFSET ?`;
    return (this.stmt(sql).all(glob, system, ...w.args, limit, offset) as Raw[]).map(toDoc);
  }

  countByGlob(system: string, glob: string, f: DocFilter): number {
    const w = filterSql('id', f);
    return (
      this.stmt(`SELECT count(*) AS n FROM search_docs WHERE key GLOB ? AND system = ?${w.sql}`).get(glob, system, ...w.args) as {
        n: number;
      }
    ).n;
  }

  /** Titles and terms whose words are exactly these (exactKey form). */
  exact(norm: string, f: DocFilter, limit: number): TermMatch[] {
    const w = filterSql('e.doc', f);
    const sql = `SELECT e.doc, e.field, coalesce(t.text, d.display) AS text FROM search_exact e
                 JOIN search_docs d ON d.id = e.doc LEFT JOIN search_terms t ON t.id = e.term AND e.term > 0
                 WHERE e.norm = ?${w.sql} ORDER BY e.doc LIMIT ?`;
    return this.stmt(sql).all(norm, ...w.args, limit) as TermMatch[];
  }

  docs(ids: number[]): Map<number, SearchDocRow> {
    const out = new Map<number, SearchDocRow>();
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      const sql = `SELECT ${DOC_COLS} FROM search_docs WHERE id IN (${chunk.map(() => '?').join(', ')}) LIMIT ${chunk.length}`;
      for (const r of this.stmt(sql).all(...chunk) as Raw[]) out.set(r.id as number, toDoc(r));
    }
    return out;
  }

  /** Index terms, inclusion terms and synonyms that lead to a doc (for "why it matched"). */
  termsOf(doc: number): Array<{ field: string; text: string }> {
    return this.stmt('SELECT field, text FROM search_terms WHERE doc = ? LIMIT 500').all(doc) as Array<{ field: string; text: string }>;
  }

  /** Titles of the doc's ancestors (categories and subcategories; not chapters or blocks), nearest first. */
  ancestorsOf(doc: SearchDocRow): string[] {
    const keys = doc.path
      .split('/')
      .slice(0, -1)
      .filter((k) => !k.startsWith('CH') && !k.includes('-'))
      .reverse()
      .slice(0, 6);
    return keys.flatMap((k) => {
      const row = this.stmt('SELECT display FROM search_docs WHERE key = ? AND system = ? LIMIT 1').get(k, doc.system) as
        | { display: string }
        | undefined;
      return row ? [row.display] : [];
    });
  }

  /** The hierarchy path of a node of the default release, for "within" filters. */
  pathOf(key: string): string | null {
    const row = this.stmt('SELECT path FROM search_docs WHERE key = ? LIMIT 1').get(key) as { path: string } | undefined;
    return row?.path ?? null;
  }

  vocabulary(): Array<{ word: string; freq: number }> {
    return this.stmt('SELECT word, freq FROM search_vocab LIMIT 2000000').all() as Array<{ word: string; freq: number }>;
  }

  learnedAbbreviations(): Array<{ abbr: string; expansion: string; pairs: number }> {
    return this.stmt('SELECT abbr, expansion, pairs FROM search_abbreviations ORDER BY abbr, pairs DESC LIMIT 100000').all() as Array<{
      abbr: string;
      expansion: string;
      pairs: number;
    }>;
  }
}
