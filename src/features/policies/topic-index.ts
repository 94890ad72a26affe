/**
 * Candidate codes for topic matching: an in-memory index from stems to the codes of the default
 * releases whose descriptor contains them. topic-match.ts then scores and caps the candidates.
 */
import type Database from 'better-sqlite3';
import { equivalentsOf, requiredMatches, stem, type TopicCandidate, words } from './topic-match.js';

export class TopicIndex {
  private readonly codes: TopicCandidate[] = [];
  private readonly postings = new Map<string, number[]>();

  /**
   * Index the descriptors of the default release of every system (grouping nodes excluded). CPT
   * numbers without a descriptor (no AMA file) are indexed by their CMS RBCS family ("Arthroplasty -
   * Knee"): public CMS words for the procedure, never CPT text.
   */
  static fromDatabase(db: Database.Database): TopicIndex {
    const index = new TopicIndex();
    const rows = db
      .prepare(
        `SELECT c.system, c.key, c.display FROM codes c
         JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
         WHERE c.kind IN ('header', 'code') AND c.display <> ''`,
      )
      .iterate() as IterableIterator<TopicCandidate>;
    for (const row of rows) index.add(row);
    const hasFacts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'facts'").get();
    if (hasFacts) {
      const families = db
        .prepare(
          `SELECT DISTINCT c.system, c.key, json_extract(f."values", '$.family') AS display FROM codes c
           JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
           JOIN facts f ON f.system = c.system AND f.key = c.key AND f.source = 'rbcs'
           WHERE c.system = 'cpt' AND c.kind = 'code' AND c.display = '' AND json_extract(f."values", '$.family') IS NOT NULL`,
        )
        .iterate() as IterableIterator<TopicCandidate>;
      const seen = new Set<string>();
      for (const row of families) {
        if (seen.has(row.key)) continue;
        seen.add(row.key);
        index.add(row);
      }
    }
    return index;
  }

  add(code: TopicCandidate): void {
    const id = this.codes.length;
    this.codes.push(code);
    for (const s of new Set(words(code.display).map(stem))) {
      const list = this.postings.get(s);
      if (list) list.push(id);
      else this.postings.set(s, [id]);
    }
  }

  /** Number of descriptors holding the stem. */
  frequency(stem: string): number {
    return this.postings.get(stem)?.length ?? 0;
  }

  /**
   * Codes whose descriptor may hold enough of the stems (requiredMatches): a code holding `k` of
   * `n` stems holds one of the `n - k + 1` rarest, so only their postings are read. At most `limit`.
   */
  candidates(stems: readonly string[], limit = 5000): TopicCandidate[] {
    if (stems.length === 0) return [];
    const need = requiredMatches(stems.length);
    // A stem's list also holds the codes of its equivalents (by the rarest word of each alternative).
    const listOf = (s: string): number[] => {
      const own = this.postings.get(s) ?? [];
      const alts = equivalentsOf(s).map((alt) => [...alt].sort((a, b) => this.frequency(a) - this.frequency(b))[0] as string);
      if (alts.length === 0) return own;
      return [...new Set([...own, ...alts.flatMap((w) => this.postings.get(w) ?? [])])];
    };
    const lists = stems.map(listOf).sort((a, b) => a.length - b.length);
    const ids = new Set<number>();
    for (const list of lists.slice(0, stems.length - need + 1)) {
      for (const id of list) {
        ids.add(id);
        if (ids.size >= limit) break;
      }
    }
    return [...ids].map((id) => this.codes[id] as TopicCandidate);
  }
}
