/**
 * Candidate codes for topic matching: an in-memory index from stems to the codes of the default
 * releases whose descriptor contains them. topic-match.ts then scores and caps the candidates.
 */
import type Database from 'better-sqlite3';
import { requiredMatches, stem, type TopicCandidate, words } from './topic-match.js';

export class TopicIndex {
  private readonly codes: TopicCandidate[] = [];
  private readonly postings = new Map<string, number[]>();

  /** Index the descriptors of the default release of every system (grouping nodes excluded). */
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
    const lists = stems.map((s) => this.postings.get(s) ?? []).sort((a, b) => a.length - b.length);
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
