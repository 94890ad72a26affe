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
 *    and entry terms count as names of the topic for rules 1 and 2.
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
  stmt.run(r.source, r.sourceRelease, r.concept, r.title, JSON.stringify(r.names), JSON.stringify(r.mesh), r.section, r.text, r.url, r.date);
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
  const rows = db.prepare('SELECT id, source, names, mesh FROM article_passages').all() as Array<{ id: number; source: string; names: string; mesh: string }>;
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
  const rows = db.prepare("SELECT key, text FROM terms WHERE system = 'icd10cm' AND kind = 'index' ORDER BY id").all() as Array<{ key: string; text: string }>;
  for (const r of rows) {
    const main = normaliseName((r.text.split(', ')[0] ?? '').replace(/\([^)]*\)/g, ' '));
    if (main.length >= MIN_NAME && !out.has(main)) out.set(main, r.key);
  }
  return out;
}

/** Link passages to ICD-10-CM codes by the rules above; returns the number of links. */
export function linkArticlePassages(db: Database.Database): number {
  ensureArticleTables(db);
  const index = namesIndex(db);
  if (index.size === 0) return 0;
  const insert = db.prepare('INSERT INTO article_links (system, key, passage_id, rule) VALUES (?, ?, ?, ?)');
  const seen = new Set<string>();
  const link = (key: string, id: number, rule: string) => {
    const k = `${key}|${id}`;
    if (seen.has(k)) return;
    seen.add(k);
    insert.run('icd10cm', key, id, rule);
  };
  const codes = db
    .prepare(
      `SELECT c.key, c.display FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
       WHERE c.system = 'icd10cm' AND c.kind IN ('header', 'code')`,
    )
    .all() as Array<{ key: string; display: string }>;
  for (const c of codes) for (const e of index.get(normaliseName(c.display)) ?? []) link(c.key, e.id, e.rule || 'title');
  for (const [main, key] of mainTermKeys(db)) for (const e of index.get(main) ?? []) link(key, e.id, e.rule || 'index-main-term');
  db.exec('DELETE FROM article_passages WHERE id NOT IN (SELECT passage_id FROM article_links)');
  return seen.size;
}
