/**
 * search_terms: one row per (term, code) for every index term, table cell, inclusion term and
 * synonym of the default releases. A term that names a partial code leads to the node with that key
 * when there is one (a category, a PCS table), otherwise to the codes that start with it (at most
 * MAX_EXPANSION, in code order). Rows are numbered shortest term first.
 */
import type Database from 'better-sqlite3';
import { essentialText, exactKey, wordSet } from '../../core/text.js';

export interface DocIndex {
  /** "system|key" → doc id. */
  byKey: Map<string, number>;
  /** Sorted keys of each system. */
  keys: Map<string, string[]>;
}

/** A default-release code in rank order: `id` is its search_docs id. */
export interface RankedDoc {
  id: number;
  codeId: number;
  system: string;
  key: string;
  code: string;
  kind: string;
  display: string;
  shortDisplay: string | null;
  billable: number;
  words: number;
  titleKey: string;
}

export const MAX_EXPANSION = 100;

interface RawTerm {
  system: string;
  key: string;
  kind: string;
  text: string;
  detail: string | null;
}

/** Doc ids a (possibly partial) key leads to. */
export function docsForKey(index: DocIndex, system: string, key: string): number[] {
  const exact = index.byKey.get(`${system}|${key}`);
  if (exact !== undefined) return [exact];
  const keys = index.keys.get(system);
  if (!keys || key.length < 3) return [];
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < keys.length && out.length < MAX_EXPANSION; i += 1) {
    const k = keys[i] as string;
    if (!k.startsWith(key)) break;
    const id = index.byKey.get(`${system}|${k}`);
    if (id !== undefined) out.push(id);
  }
  return out;
}

function fieldOf(kind: string): string {
  if (kind === 'synonym') return 'synonym';
  if (kind === 'inclusion') return 'inclusion';
  return 'index';
}

/** The searchable text of a term: table cells carry their column heading ("Aspirin, Poisoning, Accidental"). */
function termText(t: RawTerm): string {
  if ((t.kind === 'drug' || t.kind === 'neoplasm') && t.detail) return `${t.text}, ${t.detail}`;
  return t.text;
}

export function buildSearchTerms(db: Database.Database, index: DocIndex): void {
  const raw = db
    .prepare(
      `SELECT system, key, kind, text, detail FROM terms
       UNION SELECT system, key, 'inclusion', text, NULL FROM notes WHERE kind = 'inclusionTerm'`,
    )
    .all() as RawTerm[];
  const seen = new Set<string>();
  const rows: Array<{ doc: number; field: string; text: string; words: number }> = [];
  for (const t of raw) {
    const text = termText(t);
    const field = fieldOf(t.kind);
    const words = wordSet(text).length;
    if (words === 0) continue;
    for (const doc of docsForKey(index, t.system, t.key)) {
      const id = `${doc}|${field}|${text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({ doc, field, text, words });
    }
  }
  rows.sort((a, b) => a.words - b.words || a.doc - b.doc || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const insert = db.prepare('INSERT INTO search_terms (id, doc, field, text, words) VALUES (?, ?, ?, ?, ?)');
  const exact = db.prepare('INSERT INTO search_exact (norm, doc, field, term) VALUES (?, ?, ?, ?)');
  rows.forEach((r, i) => {
    insert.run(i + 1, r.doc, r.field, r.text, r.words);
    const norm = exactKey(essentialText(r.text));
    if (norm) exact.run(norm, r.doc, r.field, i + 1);
  });
}
