/**
 * Tables of the plain-language articles (docs/articles.md). They are created when first needed
 * (CREATE TABLE IF NOT EXISTS) rather than by a schema migration, so a database built before
 * articles existed still opens: it simply has no passages and no imported or generated texts.
 *
 * - article_passages: passages of MedlinePlus, MeSH and MedQuAD, one per source concept and section.
 * - article_links: which passage speaks of which code, by which rule (article-links.ts).
 * - article_texts: reviewed (imported) and machine-written (generated) section texts per code.
 */
import type Database from 'better-sqlite3';

export const ARTICLE_TABLES_SQL = `
  CREATE TABLE IF NOT EXISTS article_passages (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_release TEXT NOT NULL,
    concept TEXT NOT NULL,
    title TEXT NOT NULL,
    names TEXT NOT NULL,
    mesh TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT,
    date TEXT
  );
  CREATE TABLE IF NOT EXISTS article_links (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    passage_id INTEGER NOT NULL,
    rule TEXT NOT NULL,
    about_key TEXT
  );
  CREATE INDEX IF NOT EXISTS article_links_by_key ON article_links (system, key);
  CREATE TABLE IF NOT EXISTS article_texts (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    section TEXT NOT NULL,
    origin TEXT NOT NULL,
    statements TEXT NOT NULL,
    author TEXT,
    reviewed_on TEXT,
    url TEXT,
    model TEXT,
    generated_at TEXT,
    facts_hash TEXT,
    PRIMARY KEY (system, key, section, origin)
  ) WITHOUT ROWID;
`;

export function ensureArticleTables(db: Database.Database): void {
  db.exec(ARTICLE_TABLES_SQL);
}

export function hasArticleTables(db: Database.Database): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'article_links'").get() as { n: number };
  return row.n > 0;
}

/**
 * Keep the reviewed and generated article texts of the database being replaced: they are operator
 * work, not derived from the source files, so a rebuild must not lose them.
 */
export function carryArticleTexts(db: Database.Database, previousPath: string, exists: (path: string) => boolean): number {
  if (!exists(previousPath)) return 0;
  ensureArticleTables(db);
  db.prepare('ATTACH DATABASE ? AS previous').run(previousPath);
  try {
    const has = db.prepare("SELECT count(*) AS n FROM previous.sqlite_master WHERE type = 'table' AND name = 'article_texts'").get() as {
      n: number;
    };
    if (has.n === 0) return 0;
    return db.prepare('INSERT OR REPLACE INTO article_texts SELECT * FROM previous.article_texts').run().changes;
  } finally {
    db.exec('DETACH DATABASE previous');
  }
}
