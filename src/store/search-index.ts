import type Database from 'better-sqlite3';

/**
 * Fill the full-text index with the default release of every system: the code in both forms,
 * the descriptors, and the words that lead to the code (index terms, inclusion terms).
 */
export function fillSearchIndex(db: Database.Database): void {
  db.exec(`
    INSERT INTO search_fts (rowid, code, display, terms)
    SELECT c.id,
           CASE WHEN c.code = c.key THEN c.code ELSE c.code || ' ' || c.key END,
           c.display || CASE WHEN c.short_display IS NULL OR c.short_display = c.display THEN '' ELSE ' | ' || c.short_display END,
           coalesce((SELECT group_concat(t.text, ' | ') FROM terms t WHERE t.system = c.system AND t.key = c.key), '')
             || coalesce((SELECT ' | ' || group_concat(n.text, ' | ') FROM notes n
                          WHERE n.system = c.system AND n.key = c.key AND n.kind = 'inclusionTerm'), '')
    FROM codes c
    JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
  `);
}
