/**
 * Read queries of the article tables; every one LIMITed. Absent tables read as empty. Statements are
 * kept per connection (db/statements.ts): the passage query's text varies with its IN list.
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from '../../db/statements.js';

export interface PassageRow {
  source: string;
  sourceRelease: string;
  title: string;
  section: string;
  text: string;
  url: string | null;
  date: string | null;
  rule: string;
  /** The code key the passage is linked to (the code itself or an ancestor). */
  linkedKey: string;
}

export interface ArticleTextRow {
  section: string;
  origin: 'reviewed' | 'generated';
  statements: string[];
  author: string | null;
  reviewedOn: string | null;
  url: string | null;
  model: string | null;
  generatedAt: string | null;
  factsHash: string | null;
}

const MAX_PASSAGES = 300;

export function passagesOf(db: Database.Database, system: string, keys: string[]): PassageRow[] {
  if (keys.length === 0) return [];
  const marks = keys.map(() => '?').join(', ');
  const rows = cachedStatement(
    db,
    `SELECT p.source, p.source_release, p.title, p.section, p.text, p.url, p.date, l.rule, l.key AS linked_key
       FROM article_links l JOIN article_passages p ON p.id = l.passage_id
       WHERE l.system = ? AND l.key IN (${marks})
       ORDER BY CASE l.rule WHEN 'title' THEN 0 WHEN 'title-unspecified' THEN 1 WHEN 'mesh-id' THEN 2 ELSE 3 END, p.source, p.id
       LIMIT ${MAX_PASSAGES}`,
  ).all(system, ...keys) as Array<Record<string, string | null>>;
  return rows.map((r) => ({
    source: r.source as string,
    sourceRelease: r.source_release as string,
    title: r.title as string,
    section: r.section as string,
    text: r.text as string,
    url: r.url ?? null,
    date: r.date ?? null,
    rule: r.rule as string,
    linkedKey: r.linked_key as string,
  }));
}

export function articleTextsOf(db: Database.Database, system: string, key: string): ArticleTextRow[] {
  const rows = cachedStatement(db, 'SELECT * FROM article_texts WHERE system = ? AND key = ? ORDER BY section, origin LIMIT 100').all(
    system,
    key,
  ) as Array<Record<string, string | null>>;
  return rows.map((r) => ({
    section: r.section as string,
    origin: r.origin as 'reviewed' | 'generated',
    statements: JSON.parse(r.statements as string) as string[],
    author: r.author ?? null,
    reviewedOn: r.reviewed_on ?? null,
    url: r.url ?? null,
    model: r.model ?? null,
    generatedAt: r.generated_at ?? null,
    factsHash: r.facts_hash ?? null,
  }));
}
