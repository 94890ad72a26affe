/**
 * Writes reviewed (imported) and machine-written (generated) article texts into an existing
 * database file. These are operator batch jobs (`medcodes articles import|generate`): they open the
 * file for writing, upsert rows of article_texts, and never touch the code tables.
 */
import Database from 'better-sqlite3';
import { ensureArticleTables } from './article-tables.js';

export interface ArticleTextWrite {
  system: string;
  key: string;
  section: string;
  origin: 'reviewed' | 'generated';
  statements: string[];
  author?: string | null;
  reviewedOn?: string | null;
  url?: string | null;
  model?: string | null;
  generatedAt?: string | null;
  factsHash?: string | null;
}

export class ArticleTextWriter {
  private readonly db: Database.Database;
  private readonly upsert: Database.Statement;

  constructor(dbPath: string) {
    this.db = new Database(dbPath, { fileMustExist: true });
    this.db.pragma('busy_timeout = 5000');
    ensureArticleTables(this.db);
    this.upsert = this.db.prepare(
      `INSERT OR REPLACE INTO article_texts
         (system, key, section, origin, statements, author, reviewed_on, url, model, generated_at, facts_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Write the sections of one code in one transaction. */
  write(rows: readonly ArticleTextWrite[]): void {
    const run = this.db.transaction((list: readonly ArticleTextWrite[]) => {
      for (const r of list) {
        this.upsert.run(
          r.system,
          r.key,
          r.section,
          r.origin,
          JSON.stringify(r.statements),
          r.author ?? null,
          r.reviewedOn ?? null,
          r.url ?? null,
          r.model ?? null,
          r.generatedAt ?? null,
          r.factsHash ?? null,
        );
      }
    });
    run(rows);
  }

  /** Facts hashes of the generated texts already stored (to resume an interrupted run). */
  generatedHashes(system: string): Map<string, string> {
    const rows = this.db
      .prepare("SELECT key, facts_hash FROM article_texts WHERE system = ? AND origin = 'generated' GROUP BY key LIMIT 1000000")
      .all(system) as Array<{ key: string; facts_hash: string | null }>;
    return new Map(rows.map((r) => [r.key, r.facts_hash ?? '']));
  }

  close(): void {
    this.db.close();
  }
}
