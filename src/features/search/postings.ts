/**
 * Read side of search_postings (build-postings.ts): posting lists decoded once and kept in a
 * bounded cache, the word list in memory (for prefixes while typing and for "is this word known"),
 * and the hierarchy paths of all docs (for `within` filters: a range of a sorted array, never a scan).
 */
import type Database from 'better-sqlite3';

export interface PostingList {
  token: string;
  df: number;
  /** Diagnosis docs (ICD-10-CM) and procedure docs (ICD-10-PCS, CPT, HCPCS) holding the word. */
  dx: number;
  px: number;
  docs: Int32Array;
  weights: Float32Array;
  fields: Uint8Array;
}

/**
 * Decoded lists kept per open database, by total postings held (9 bytes each: about 72 MB); the least
 * recently used list is dropped past it.
 */
const CACHE_POSTINGS = 8_000_000;

function copy(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

export class PostingsReader {
  private readonly cache = new Map<string, PostingList>();
  private held = 0;
  private readonly one: Database.Statement;
  /** Every word, sorted, with its document frequency. */
  readonly tokens: string[];
  readonly dfs: Int32Array;
  private readonly dfOf = new Map<string, number>();
  /** Number of docs (the idf's N). */
  readonly docCount: number;
  private paths: { paths: string[]; ids: Int32Array } | null = null;
  /** System index of each doc by id >> 3. */
  private readonly systems: Uint8Array;

  constructor(
    private readonly db: Database.Database,
    private readonly maxHeld = CACHE_POSTINGS,
  ) {
    this.one = db.prepare('SELECT token, df, dx, px, docs, weights, fields FROM search_postings WHERE token = ?');
    const rows = db.prepare('SELECT token, df FROM search_postings ORDER BY token').all() as Array<{ token: string; df: number }>;
    this.tokens = rows.map((r) => r.token);
    this.dfs = Int32Array.from(rows, (r) => r.df);
    for (const r of rows) this.dfOf.set(r.token, r.df);
    const ids = db.prepare('SELECT id FROM search_docs').pluck().all() as number[];
    this.docCount = ids.length;
    let max = 0;
    for (const id of ids) max = Math.max(max, id >> 3);
    this.systems = new Uint8Array(max + 2);
    for (const id of ids) this.systems[id >> 3] = id & 7;
  }

  /** Decoded lists and the postings they hold. */
  cached(): { lists: number; postings: number } {
    return { lists: this.cache.size, postings: this.held };
  }

  /** The system index of the doc whose id >> 3 is `rank`. */
  systemAt(rank: number): number {
    return this.systems[rank] as number;
  }

  df(token: string): number {
    return this.dfOf.get(token) ?? 0;
  }

  get(token: string): PostingList | null {
    // A word no doc holds is never read nor kept: hostile words cannot fill the cache.
    if (!this.dfOf.has(token)) return null;
    const hit = this.cache.get(token);
    if (hit !== undefined) {
      // Most recently used last.
      this.cache.delete(token);
      this.cache.set(token, hit);
      return hit;
    }
    const row = this.one.get(token) as
      | { token: string; df: number; dx: number; px: number; docs: Buffer; weights: Buffer; fields: Buffer }
      | undefined;
    if (!row) return null;
    const list = {
      token: row.token,
      df: row.df,
      dx: row.dx,
      px: row.px,
      docs: new Int32Array(copy(row.docs)),
      weights: new Float32Array(copy(row.weights)),
      fields: new Uint8Array(copy(row.fields)),
    };
    this.cache.set(token, list);
    this.held += list.docs.length;
    while (this.held > this.maxHeld && this.cache.size > 1) {
      const [oldest, old] = this.cache.entries().next().value as [string, PostingList];
      this.cache.delete(oldest);
      this.held -= old.docs.length;
    }
    return list;
  }

  /** Words starting with a prefix, most frequent first. */
  withPrefix(prefix: string, limit: number): string[] {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: Array<{ t: string; df: number }> = [];
    for (let i = lo; i < this.tokens.length && (this.tokens[i] as string).startsWith(prefix); i += 1)
      found.push({ t: this.tokens[i] as string, df: this.dfs[i] as number });
    return found
      .sort((a, b) => b.df - a.df || (a.t < b.t ? -1 : 1))
      .slice(0, limit)
      .map((f) => f.t);
  }

  /** Doc ids at or under a hierarchy path, from the sorted path list (loaded on first use). */
  underPath(path: string): Int32Array {
    if (!this.paths) {
      const rows = this.db.prepare('SELECT id, path FROM search_docs ORDER BY path').all() as Array<{ id: number; path: string }>;
      this.paths = { paths: rows.map((r) => r.path), ids: Int32Array.from(rows, (r) => r.id) };
    }
    const { paths, ids } = this.paths;
    const lower = (x: string) => {
      let lo = 0;
      let hi = paths.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((paths[mid] as string) < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = lower(path);
    const to = lower(`${path}/\u{10ffff}`);
    const out: number[] = [];
    if (paths[from] === path) out.push(ids[from] as number);
    for (let i = from; i < to; i += 1) if ((paths[i] as string).startsWith(`${path}/`)) out.push(ids[i] as number);
    return Int32Array.from(out);
  }
}
