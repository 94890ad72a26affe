/**
 * search_postings: the word index of search (docs/search-ranking.md, "How words are weighed").
 * For every stemmed word, the docs holding it in doc-id order, each with a weight in (0, 2) that
 * says how strongly the doc is about that word, and the fields it occurs in:
 *   title    the long and short title (a short title weighs more: fewer words, each says more);
 *   index    index terms, table cells and inclusion terms that lead to the code (the shortest
 *            term holding the word decides; words of nonessential modifiers count less);
 *   synonym  lay names linked from MeSH, MedlinePlus and MedQuAD;
 *   context  what the code inherits: for ICD-10-CM the titles and terms of its category and
 *            subcategories (an index term that leads to "S52.5-" describes every code under it);
 *            for ICD-10-PCS the body-part key and device key of its axes ("Foreskin" is Prepuce).
 * Field strengths are combined BM25F-style and saturated; the query side multiplies them by the
 * word's idf (search/scorer.ts).
 */

import type Database from 'better-sqlite3';
import { isDiagnosisSystem, isProcedureSystem } from '../../core/systems.js';
import { essentialText, FILLER_WORDS, STOP_WORDS, stem, tokenize } from '../../core/text.js';

export const FIELD = { title: 1, index: 2, synonym: 4, context: 8 } as const;

/** How much each field counts before saturation. */
const FIELD_WEIGHT = { title: 1, index: 0.8, synonym: 0.7, context: 0.45 } as const;
/** Length damping: a text of L words gives each of its words 1 / (1 + LENGTH_DAMPING × (L − 1)). */
const LENGTH_DAMPING = 0.15;
/** What each further field holding a word adds, relative to its own weight (1 = BM25F's sum). */
const EXTRA_FIELDS = 1;
/** Saturation constant: weight = x (1 + K) / (x + K). */
const SATURATION = 0.8;
/** Words in parentheses or brackets (nonessential modifiers) count this much of an essential word. */
const NONESSENTIAL = 0.6;
/** What a code inherits from an ancestor's text, relative to its own. */
const INHERITED = 0.55;

/** Per doc: word → strength per field (title, index, synonym, context). */
type Strengths = Map<string, [number, number, number, number]>;

function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (!STOP_WORDS.has(t) && !FILLER_WORDS.has(t)) out.push(stem(t));
  return out;
}

const damp = (n: number) => 1 / (1 + LENGTH_DAMPING * (Math.max(1, n) - 1));

/** Add a text's words to one field, keeping each word's best strength. */
function addText(s: Strengths, field: 0 | 1 | 2 | 3, text: string, factor = 1): void {
  const essential = words(essentialText(text));
  const all = words(text);
  const strength = damp(new Set(essential).size || new Set(all).size) * factor;
  const ess = new Set(essential);
  for (const w of all) {
    const v = ess.has(w) ? strength : strength * NONESSENTIAL;
    let row = s.get(w);
    if (!row) {
      row = [0, 0, 0, 0];
      s.set(w, row);
    }
    if (v > row[field]) row[field] = v;
  }
}

interface DocRow {
  id: number;
  system: string;
  key: string;
  path: string;
  display: string;
  short: string | null;
}

/** Growable posting lists, one per word. */
class Postings {
  readonly lists = new Map<string, { docs: number[]; weights: number[]; fields: number[] }>();

  add(doc: number, s: Strengths): void {
    for (const [w, [t, i, y, c]] of s) {
      const parts = [FIELD_WEIGHT.title * t, FIELD_WEIGHT.index * i, FIELD_WEIGHT.synonym * y, FIELD_WEIGHT.context * c];
      const best = Math.max(...parts);
      // The best field decides; each further field holding the word adds EXTRA_FIELDS of its own
      // weight (1: a plain sum, which measured best on queries written outside the project).
      const x = best + EXTRA_FIELDS * (parts.reduce((a, b) => a + b, 0) - best);
      if (x <= 0) continue;
      let list = this.lists.get(w);
      if (!list) {
        list = { docs: [], weights: [], fields: [] };
        this.lists.set(w, list);
      }
      list.docs.push(doc);
      list.weights.push((x * (1 + SATURATION)) / (x + SATURATION));
      list.fields.push((t > 0 ? FIELD.title : 0) | (i > 0 ? FIELD.index : 0) | (y > 0 ? FIELD.synonym : 0) | (c > 0 ? FIELD.context : 0));
    }
  }
}

/** Terms and synonyms per doc, from search_terms. */
function termsByDoc(db: Database.Database): Map<number, Array<{ field: string; text: string }>> {
  const out = new Map<number, Array<{ field: string; text: string }>>();
  for (const r of db.prepare('SELECT doc, field, text FROM search_terms').iterate() as Iterable<{
    doc: number;
    field: string;
    text: string;
  }>) {
    const list = out.get(r.doc) ?? [];
    list.push({ field: r.field, text: r.text });
    out.set(r.doc, list);
  }
  return out;
}

/** A doc's own strengths: its titles and the terms that lead to it. */
function ownStrengths(d: DocRow, terms: Array<{ field: string; text: string }> | undefined): Strengths {
  const s: Strengths = new Map();
  addText(s, 0, d.display);
  if (d.short && d.short !== d.display) addText(s, 0, d.short, 0.9);
  for (const t of terms ?? []) addText(s, t.field === 'synonym' ? 2 : 1, t.text);
  return s;
}

/** Inherit an ancestor's words into the context field of a doc. */
function inherit(into: Strengths, from: Strengths): void {
  for (const [w, row] of from) {
    const v = Math.max(row[0], row[1], row[2], row[3] * 0.5) * INHERITED;
    let mine = into.get(w);
    if (!mine) {
      mine = [0, 0, 0, 0];
      into.set(w, mine);
    }
    if (v > mine[3]) mine[3] = v;
  }
}

/** ICD-10-PCS axis keys: per (prefix, position, value), the body-part or device key's included terms. */
function pcsAxisTerms(db: Database.Database): Map<string, string[]> {
  const includes = new Map<string, string[]>();
  const defs = db
    .prepare(`SELECT section, position, term, includes FROM pcs_definitions WHERE position >= 4 AND includes <> '[]'`)
    .all() as Array<{
    section: string;
    position: number;
    term: string;
    includes: string;
  }>;
  for (const d of defs) includes.set(`${d.section}|${d.position}|${d.term}`, JSON.parse(d.includes) as string[]);
  const out = new Map<string, string[]>();
  const axes = db.prepare('SELECT prefix, position, value, label FROM pcs_axes WHERE position >= 4').all() as Array<{
    prefix: string;
    position: number;
    value: string;
    label: string;
  }>;
  for (const a of axes) {
    const list = includes.get(`${a.prefix.slice(0, 1)}|${a.position}|${a.label}`);
    if (list) out.set(`${a.prefix}|${a.position}|${a.value}`, list);
  }
  return out;
}

function pcsContext(s: Strengths, key: string, axisTerms: Map<string, string[]>): void {
  if (key.length !== 7) return;
  const table = key.slice(0, 3);
  for (let pos = 4; pos <= 7; pos += 1) {
    for (const term of axisTerms.get(`${table}|${pos}|${key[pos - 1]}`) ?? []) {
      const own = new Map() as Strengths;
      addText(own, 3, term);
      for (const [w, row] of own) {
        let mine = s.get(w);
        if (!mine) {
          mine = [0, 0, 0, 0];
          s.set(w, mine);
        }
        if (row[3] > mine[3]) mine[3] = row[3];
      }
    }
  }
}

/**
 * Nodes whose words their descendants inherit: ICD-10-CM categories and subcategories (chapters and
 * blocks are too broad) and ICD-10-PCS tables (an index entry such as "Sphenoidectomy see Excision,
 * Ear, Nose, Sinus 09B" names a table: every code of it may be the one meant).
 */
function lendsWords(d: DocRow): boolean {
  if (d.system === 'icd10cm') return !d.key.startsWith('CH') && !d.key.includes('-');
  if (d.system === 'icd10pcs') return d.key.length >= 3 && d.key.length < 7;
  return false;
}

/**
 * Build search_postings from search_docs and search_terms (filled before) and the PCS axes.
 * Returns how many words and postings were written.
 */
export function buildPostings(db: Database.Database): { words: number; postings: number } {
  const docs = db
    .prepare(
      `SELECT d.id, d.system, d.key, d.path, d.display, c.short_display AS short FROM search_docs d JOIN codes c ON c.id = d.code_id ORDER BY d.system, d.path`,
    )
    .all() as DocRow[];
  const terms = termsByDoc(db);
  const axisTerms = pcsAxisTerms(db);
  const postings = new Postings();
  // Depth-first over each system's hierarchy (path order): the ancestors of a doc are on the stack.
  const stack: Array<{ path: string; own: Strengths }> = [];
  let system = '';
  for (const d of docs) {
    if (d.system !== system) {
      stack.length = 0;
      system = d.system;
    }
    while (stack.length > 0 && !d.path.startsWith(`${(stack[stack.length - 1] as { path: string }).path}/`)) stack.pop();
    const own = ownStrengths(d, terms.get(d.id));
    const s: Strengths = new Map([...own].map(([w, row]) => [w, [...row] as [number, number, number, number]]));
    if (d.system === 'icd10cm' || d.system === 'icd10pcs') for (const a of stack) inherit(s, a.own);
    if (d.system === 'icd10pcs') pcsContext(s, d.key, axisTerms);
    postings.add(d.id, s);
    if (lendsWords(d)) stack.push({ path: d.path, own });
  }
  const kinds = new Map(docs.map((d) => [d.id, d.system]));
  const insert = db.prepare('INSERT INTO search_postings (token, df, dx, px, docs, weights, fields) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let total = 0;
  for (const [token, list] of postings.lists) {
    const order = list.docs.map((_, i) => i).sort((a, b) => (list.docs[a] as number) - (list.docs[b] as number));
    const ids = Int32Array.from(order, (i) => list.docs[i] as number);
    const weights = Float32Array.from(order, (i) => list.weights[i] as number);
    const fields = Uint8Array.from(order, (i) => list.fields[i] as number);
    let dx = 0;
    let px = 0;
    for (const id of ids) {
      const sys = kinds.get(id) as string;
      if (isDiagnosisSystem(sys)) dx += 1;
      else if (isProcedureSystem(sys)) px += 1;
    }
    insert.run(token, ids.length, dx, px, Buffer.from(ids.buffer), Buffer.from(weights.buffer), Buffer.from(fields.buffer));
    total += ids.length;
  }
  return { words: postings.lists.size, postings: total };
}
