/**
 * Passages and their links to codes (docs/articles.md, "Linking rules"). Passages are written as
 * the passages plug-in yields them; when the build finishes they are linked to codes by these
 * deterministic rules, in this order, each link recording its rule:
 *
 * 1. `title`: a passage name equals (after normalising case, punctuation and spaces) the title of
 *    an ICD-10-CM code or category of the default release.
 * 2. `index-main-term`: a passage name equals an ICD-10-CM Alphabetic Index main term (its first
 *    entry, nonessential modifiers in parentheses removed); the link goes to the code that entry
 *    points to.
 * 3. `mesh-id`: a MedlinePlus topic is filed under MeSH descriptors; the descriptor's preferred name
 *    and entry terms count as names of the topic for rules 1, 2 and 4.
 * 4. `pcs-index-term`: a MedlinePlus or MeSH passage name equals an ICD-10-PCS index main term (an
 *    entry that is not a "see" reference); the link goes to the ICD-10-PCS table (the first three
 *    characters of the code the entry points to), so every code of the table shows it "about" it.
 *
 * A name is the passage title, its synonyms (MedQuAD) or its MeSH entry terms. A code inherits the
 * passages of its ancestors; the article labels those "about <category>". Passages no rule links
 * are deleted.
 */
import type Database from 'better-sqlite3';
import type { PassageRecord } from '../domain/records.js';
import { ensureArticleTables } from './article-tables.js';

const inserts = new WeakMap<Database.Database, Database.Statement>();

export function writePassage(db: Database.Database, r: PassageRecord): void {
  let stmt = inserts.get(db);
  if (!stmt) {
    ensureArticleTables(db);
    stmt = db.prepare(
      `INSERT INTO article_passages (source, source_release, concept, title, names, mesh, section, text, url, date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    inserts.set(db, stmt);
  }
  stmt.run(
    r.source,
    r.sourceRelease,
    r.concept,
    r.title,
    JSON.stringify(r.names),
    JSON.stringify(r.mesh),
    r.section,
    r.text,
    r.url,
    r.date,
  );
}

/** Lower case, punctuation to spaces, one space between words. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const MIN_NAME = 4;

function namesIndex(db: Database.Database): Map<string, Array<{ id: number; rule: string }>> {
  const rows = db.prepare('SELECT id, source, names, mesh FROM article_passages').all() as Array<{
    id: number;
    source: string;
    names: string;
    mesh: string;
  }>;
  const meshNames = new Map<string, string[]>();
  for (const r of rows) if (r.source === 'mesh') meshNames.set((JSON.parse(r.mesh) as string[])[0] ?? '', JSON.parse(r.names) as string[]);
  const index = new Map<string, Array<{ id: number; rule: string }>>();
  const add = (name: string, id: number, rule: string) => {
    const n = normaliseName(name);
    if (n.length < MIN_NAME) return;
    const list = index.get(n) ?? index.set(n, []).get(n) ?? [];
    if (!list.some((e) => e.id === id)) list.push({ id, rule });
  };
  for (const r of rows) {
    for (const name of JSON.parse(r.names) as string[]) add(name, r.id, '');
    if (r.source !== 'medlineplus') continue;
    for (const m of JSON.parse(r.mesh) as string[]) for (const name of meshNames.get(m) ?? []) add(name, r.id, 'mesh-id');
  }
  return index;
}

function mainTermKeys(db: Database.Database): Map<string, string> {
  const out = new Map<string, string>();
  const rows = db.prepare("SELECT key, text FROM terms WHERE system = 'icd10cm' AND kind = 'index' ORDER BY id").all() as Array<{
    key: string;
    text: string;
  }>;
  for (const r of rows) {
    const main = normaliseName((r.text.split(', ')[0] ?? '').replace(/\([^)]*\)/g, ' '));
    if (main.length >= MIN_NAME && !out.has(main)) out.set(main, r.key);
  }
  return out;
}

function pcsTableKeys(db: Database.Database): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const rows = db
    .prepare(
      "SELECT key, text FROM terms WHERE system = 'icd10pcs' AND kind = 'pcsIndex' AND (detail IS NULL OR detail NOT LIKE 'see%') ORDER BY id",
    )
    .all() as Array<{ key: string; text: string }>;
  for (const r of rows) {
    if (r.key.length < 3) continue;
    const main = normaliseName((r.text.split(', ')[0] ?? '').replace(/\([^)]*\)/g, ' '));
    if (main.length < MIN_NAME) continue;
    (out.get(main) ?? out.set(main, new Set()).get(main))?.add(r.key.slice(0, 3));
  }
  return out;
}

/** Link passages to ICD-10-CM codes and ICD-10-PCS tables by the rules above; returns the number of links. */
export function linkArticlePassages(db: Database.Database): number {
  ensureArticleTables(db);
  const index = namesIndex(db);
  if (index.size === 0) return 0;
  const insert = db.prepare('INSERT INTO article_links (system, key, passage_id, rule) VALUES (?, ?, ?, ?)');
  const seen = new Set<string>();
  const link = (system: string, key: string, id: number, rule: string) => {
    const k = `${system}|${key}|${id}`;
    if (seen.has(k)) return;
    seen.add(k);
    insert.run(system, key, id, rule);
  };
  const codes = db
    .prepare(
      `SELECT c.key, c.display FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
       WHERE c.system = 'icd10cm' AND c.kind IN ('header', 'code')`,
    )
    .all() as Array<{ key: string; display: string }>;
  for (const c of codes) for (const e of index.get(normaliseName(c.display)) ?? []) link('icd10cm', c.key, e.id, e.rule || 'title');
  for (const [main, key] of mainTermKeys(db))
    for (const e of index.get(main) ?? []) link('icd10cm', key, e.id, e.rule || 'index-main-term');
  const overview = new Set(
    (db.prepare("SELECT id FROM article_passages WHERE source IN ('medlineplus', 'mesh')").all() as Array<{ id: number }>).map((r) => r.id),
  );
  for (const [main, tables] of pcsTableKeys(db)) {
    for (const e of index.get(main) ?? []) {
      if (!overview.has(e.id)) continue;
      for (const table of tables) link('icd10pcs', table, e.id, e.rule || 'pcs-index-term');
    }
  }
  db.exec('DELETE FROM article_passages WHERE id NOT IN (SELECT passage_id FROM article_links)');
  return seen.size;
}
