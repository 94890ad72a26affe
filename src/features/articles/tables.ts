/**
 * Tables of the plain-language articles (docs/articles.md), migration 7:
 *
 * - article_passages: passages of MedlinePlus, MeSH and MedQuAD, one per source concept and section.
 * - article_links: which passage speaks of which code, by which rule (article-links.ts).
 * - article_texts: reviewed (imported) and machine-written (generated) section texts per code.
 */
import type Database from 'better-sqlite3';

export const ARTICLE_TABLES = `
  CREATE TABLE article_passages (
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
  CREATE TABLE article_links (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    passage_id INTEGER NOT NULL,
    rule TEXT NOT NULL,
    about_key TEXT
  );
  CREATE INDEX article_links_by_key ON article_links (system, key);
  CREATE TABLE article_texts (
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

/**
 * Keep the reviewed and generated article texts of the database being replaced: they are operator
 * work, not derived from the source files, so a rebuild must not lose them.
 */
export function carryArticleTexts(db: Database.Database, previousPath: string, exists: (path: string) => boolean): number {
  if (!exists(previousPath)) return 0;
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
