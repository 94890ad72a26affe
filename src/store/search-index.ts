/**
 * Builds the search tables from the default release of every system (docs/search-ranking.md):
 * search_docs in rank order, lay synonyms linked from the lexicon, one row per term that leads to a
 * code, the FTS5 indexes, exact-words keys, the spelling vocabulary and learned abbreviations.
 */
import type Database from 'better-sqlite3';
import { CODE_SYSTEMS } from '../domain/systems.js';
import { linkLexicon } from './search-lexicon.js';
import { buildSearchTerms, type DocIndex } from './search-terms-build.js';
import { exactKey, wordSet } from './search-text.js';
import { buildVocabulary, learnAbbreviations } from './search-vocab.js';

/** Doc ids carry the system's index in their low three bits. */
export const SYSTEM_BITS = 8;

interface CodeForDoc {
  id: number;
  system: string;
  key: string;
  code: string;
  kind: string;
  display: string;
  short_display: string | null;
  billable: number;
  path: string;
  ord: number;
}

function systemIndex(system: string): number {
  const i = (CODE_SYSTEMS as readonly string[]).indexOf(system);
  return i < 0 ? SYSTEM_BITS - 1 : i;
}

/** search_docs: every default-release code, numbered in rank order (billable, fewer words, system, official order). */
function buildDocs(db: Database.Database): DocIndex {
  const rows = db
    .prepare(
      `SELECT c.id, c.system, c.key, c.code, c.kind, c.display, c.short_display, c.billable, c.path, c.ord FROM codes c
       JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1`,
    )
    .all() as CodeForDoc[];
  const sized = rows.map((r) => ({ r, words: wordSet(r.display).length, sys: systemIndex(r.system) }));
  sized.sort(
    (a, b) => b.r.billable - a.r.billable || a.words - b.words || a.sys - b.sys || a.r.ord - b.r.ord || (a.r.key < b.r.key ? -1 : 1),
  );
  const insert = db.prepare(
    'INSERT INTO search_docs (id, code_id, system, key, code, kind, display, billable, path, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const exact = db.prepare('INSERT INTO search_exact (norm, doc, field, term) VALUES (?, ?, ?, ?)');
  const index: DocIndex = { byKey: new Map(), keys: new Map() };
  sized.forEach(({ r, words, sys }, i) => {
    const id = (i + 1) * SYSTEM_BITS + sys;
    insert.run(id, r.id, r.system, r.key, r.code, r.kind, r.display, r.billable, r.path, words);
    index.byKey.set(`${r.system}|${r.key}`, id);
    const keys = index.keys.get(r.system) ?? [];
    keys.push(r.key);
    index.keys.set(r.system, keys);
    const titles = new Set([exactKey(r.display), exactKey(r.short_display ?? '')]);
    for (const norm of titles) if (norm) exact.run(norm, id, 'title', 0);
  });
  for (const keys of index.keys.values()) keys.sort();
  return index;
}

function fillFts(db: Database.Database): void {
  db.exec(`
    INSERT INTO search_fts (rowid, code, title, terms, synonyms)
    SELECT d.id,
           CASE WHEN d.code = d.key THEN d.code ELSE d.code || ' ' || d.key END,
           c.display || CASE WHEN c.short_display IS NULL OR c.short_display = c.display THEN '' ELSE ' | ' || c.short_display END,
           coalesce((SELECT group_concat(t.text, ' | ') FROM search_terms t WHERE t.doc = d.id AND t.field <> 'synonym'), ''),
           coalesce((SELECT group_concat(t.text, ' | ') FROM search_terms t WHERE t.doc = d.id AND t.field = 'synonym'), '')
    FROM search_docs d JOIN codes c ON c.id = d.code_id;
    INSERT INTO search_terms_fts (search_terms_fts) VALUES ('rebuild');
    INSERT INTO search_terms_fts (search_terms_fts) VALUES ('optimize');
  `);
}

/** Fill every search table. Runs inside the build transaction, after the hierarchy is known. */
export function fillSearchIndex(db: Database.Database): void {
  const docs = buildDocs(db);
  linkLexicon(db, docs);
  buildSearchTerms(db, docs);
  fillFts(db);
  buildVocabulary(db);
  learnAbbreviations(db);
}
