/**
 * Writes reviewed (imported) and machine-written (generated) article texts into an existing
 * database file. These are operator batch jobs (`medcodes articles import|generate`): they open the
 * file for writing, upsert rows of article_texts, and never touch the code tables.
 */
import Database from 'better-sqlite3';

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

  /** The facts hash of the generated text stored for a code (to resume an interrupted run), or null. */
  generatedHashes(system: string, key: string): string | null {
    const row = this.db
      .prepare("SELECT facts_hash FROM article_texts WHERE system = ? AND key = ? AND origin = 'generated' LIMIT 1")
      .get(system, key) as { facts_hash: string | null } | undefined;
    return row?.facts_hash ?? null;
  }

  close(): void {
    this.db.close();
  }
}
