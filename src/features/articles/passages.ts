/**
 * Passages and their links to codes (docs/articles.md, "Linking rules"). Passages are written as
 * the passages plug-in yields them; when the build finishes they are linked to codes by these
 * deterministic rules, in this order, each link recording its rule:
 *
 * Names are compared as word sets (core/passage-fit.ts: order, case, plurals and parenthesised
 * words do not matter). For every ICD-10-CM node of the default release (chapter, block, category,
 * code), most specific rule first:
 *
 * 1. `title`: a passage name equals the node's title ("Diabetes Mellitus, Type 2" = "Type 2
 *    diabetes mellitus").
 * 2. `title-unspecified`: a passage name equals the node's title less the words that only say "not
 *    further specified" ("Depression" = "Depression, unspecified"; "Urinary Tract Infections" =
 *    "Urinary tract infection, site not specified").
 * 3. `mesh-id`: a MedlinePlus topic is filed under MeSH descriptors; the descriptor's preferred name
 *    and entry terms count as names of the topic for rules 1, 2 and 5 ("Heart Attack" is filed
 *    under "Myocardial Infarction").
 * 4. `index-main-term`: a passage name equals an ICD-10-CM Alphabetic Index main term (its first
 *    entry, nonessential modifiers in parentheses removed); the link goes to the code that entry
 *    points to.
 * 5. `topic-in-title`: only for a node that rules 1-3 leave without a passage, a MedlinePlus or
 *    MedQuAD topic whose name's words all occur in the node's title side by side (any order, stop
 *    words other than "of" skipped), the longest such names only ("Retinal Detachment" for "Retinal
 *    detachment with retinal break", not for "Serous detachment of retinal pigment epithelium");
 *    names made only of general words
 *    ("disease", "pain", "injury") do not count.
 * 6. `pcs-index-term`: a MedlinePlus or MeSH passage name equals an ICD-10-PCS index main term (an
 *    entry that is not a "see" reference); the link goes to the ICD-10-PCS table (the first three
 *    characters of the code the entry points to), so every code of the table shows it "about" it.
 *
 * Every link is checked by passageConflicts: a passage whose title or opening sentence contradicts a
 * qualifier of the node's title (type 1 / type 2, acute / chronic, left / right, benign /
 * malignant) or names another organ is not linked. A code inherits the passages of its ancestors;
 * the article labels those "about <code> <title>". Passages no rule links are deleted.
 */
import type Database from 'better-sqlite3';
import {
  nameIsPhraseIn,
  nameKey,
  nameWords,
  narrower,
  passageConflicts,
  titleWordSequence,
  UNSPECIFIED_WORDS,
} from '../../core/passage-fit.js';
import type { PassageRecord } from '../../core/records.js';

/** The writer of passage records (build.ts). */
export function passageWriter(db: Database.Database): (r: PassageRecord) => void {
  const stmt = db.prepare(
    `INSERT INTO article_passages (source, source_release, concept, title, names, mesh, section, text, url, date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (r) => {
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
  };
}

const MIN_NAME = 4;
const MAX_HEADINGS = 4;
/** Words too general to name a topic on their own (rule 5). */
const GENERAL_WORDS = new Set(
  'disease disorder syndrome injury wound pain condition complication abnormality other unspecified acute chronic left right initial encounter subsequent sequela closed open type body part health effect adverse finding sign symptom infection problem care test'.split(
    ' ',
  ),
);

interface Passage {
  id: number;
  source: string;
  title: string;
  text: string;
}

interface NamedPassage {
  passage: Passage;
  viaMesh: boolean;
}

interface Names {
  exact: Map<string, NamedPassage[]>;
  /** Rule 5 candidates by their first word: [words, passage]. */
  byFirstWord: Map<string, Array<[string[], NamedPassage]>>;
}

function passageNames(db: Database.Database): Names {
  const rows = db.prepare('SELECT id, source, title, names, mesh, text FROM article_passages').all() as Array<{
    id: number;
    source: string;
    title: string;
    names: string;
    mesh: string;
    text: string;
  }>;
  const meshNames = new Map<string, string[]>();
  for (const r of rows) if (r.source === 'mesh') meshNames.set((JSON.parse(r.mesh) as string[])[0] ?? '', JSON.parse(r.names) as string[]);
  const names: Names = { exact: new Map(), byFirstWord: new Map() };
  const seen = new Set<string>();
  const add = (name: string, passage: Passage, viaMesh: boolean) => {
    const words = nameWords(name);
    const key = words.join(' ');
    if (key.length < MIN_NAME || seen.has(`${key}|${passage.id}`)) return;
    seen.add(`${key}|${passage.id}`);
    const named = { passage, viaMesh };
    (names.exact.get(key) ?? names.exact.set(key, []).get(key))?.push(named);
    if (passage.source === 'mesh' || words.every((w) => GENERAL_WORDS.has(w) || /^\d+$/.test(w))) return;
    const first = words[0] as string;
    (names.byFirstWord.get(first) ?? names.byFirstWord.set(first, []).get(first))?.push([words, named]);
  };
  // Through a MeSH heading only the MedlinePlus topics filed under the fewest headings (at most 4) speak
  // for it: "Diabetes Type 2", not "How to Prevent Diabetes", for "Diabetes Mellitus, Type 2".
  const headingsOf = (r: { mesh: string }) => (JSON.parse(r.mesh) as string[]).length;
  const fewest = new Map<string, number>();
  for (const r of rows) {
    if (r.source !== 'medlineplus') continue;
    for (const m of JSON.parse(r.mesh) as string[]) fewest.set(m, Math.min(fewest.get(m) ?? 99, headingsOf(r)));
  }
  for (const r of rows) {
    const passage = { id: r.id, source: r.source, title: r.title, text: r.text.slice(0, 400) };
    for (const name of JSON.parse(r.names) as string[]) add(name, passage, false);
    if (r.source !== 'medlineplus' || headingsOf(r) > MAX_HEADINGS) continue;
    for (const m of JSON.parse(r.mesh) as string[]) {
      if (headingsOf(r) > (fewest.get(m) ?? 0)) continue;
      for (const name of meshNames.get(m) ?? []) add(name, passage, true);
    }
  }
  return names;
}

/** Rule 5: the passages whose name's words all occur in the title side by side, longest names only. */
function topicsInTitle(names: Names, title: string): NamedPassage[] {
  const words = new Set(nameWords(title));
  const sequence = titleWordSequence(title);
  let best: NamedPassage[] = [];
  let size = 0;
  for (const w of words) {
    for (const [nameWords, named] of names.byFirstWord.get(w) ?? []) {
      if (nameWords.length < size || !nameWords.every((x) => words.has(x)) || !nameIsPhraseIn(sequence, nameWords)) continue;
      if (nameWords.length > size) best = [];
      size = nameWords.length;
      best.push(named);
    }
  }
  return best;
}

function mainTermKeys(db: Database.Database): Map<string, string> {
  const out = new Map<string, string>();
  const rows = db.prepare("SELECT key, text FROM terms WHERE system = 'icd10cm' AND kind = 'index' ORDER BY id").all() as Array<{
    key: string;
    text: string;
  }>;
  for (const r of rows) {
    const main = nameKey(r.text.split(', ')[0] ?? '');
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
    const main = nameKey(r.text.split(', ')[0] ?? '');
    if (main.length < MIN_NAME) continue;
    (out.get(main) ?? out.set(main, new Set()).get(main))?.add(r.key.slice(0, 3));
  }
  return out;
}

/** Link passages to ICD-10-CM codes and ICD-10-PCS tables by the rules above; returns the number of links. */
export function linkArticlePassages(db: Database.Database): number {
  const names = passageNames(db);
  if (names.exact.size === 0) return 0;
  const insert = db.prepare('INSERT INTO article_links (system, key, passage_id, rule) VALUES (?, ?, ?, ?)');
  const seen = new Set<string>();
  const link = (system: string, key: string, title: string, named: NamedPassage[], rule: string): number => {
    let n = 0;
    for (const { passage, viaMesh } of named) {
      const k = `${system}|${key}|${passage.id}`;
      if (seen.has(k) || (title && (passageConflicts(title, passage.title, passage.text).length > 0 || narrower(title, passage.title))))
        continue;
      seen.add(k);
      // A name borrowed from a MeSH heading makes an exact-name link a `mesh-id` link; rule 5 stays rule 5.
      insert.run(system, key, passage.id, viaMesh && rule !== 'topic-in-title' ? 'mesh-id' : rule);
      n += 1;
    }
    return n;
  };
  const nodes = db
    .prepare(
      `SELECT c.key, c.display, c.parent FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
       WHERE c.system = 'icd10cm' AND c.kind IN ('chapter', 'section', 'header', 'code')`,
    )
    .all() as Array<{ key: string; display: string; parent: string | null }>;
  const titles = new Map(nodes.map((c) => [c.key, c.display]));
  const parents = new Map(nodes.map((c) => [c.key, c.parent]));
  const unlinked: Array<{ key: string; display: string }> = [];
  for (const c of nodes) {
    const words = nameWords(c.display);
    let n = link('icd10cm', c.key, c.display, names.exact.get(words.join(' ')) ?? [], 'title');
    const specified = words.filter((w) => !UNSPECIFIED_WORDS.has(w)).join(' ');
    if (n === 0 && specified.length < words.join(' ').length)
      n = link('icd10cm', c.key, c.display, names.exact.get(specified) ?? [], 'title-unspecified');
    if (n === 0) unlinked.push(c);
  }
  for (const [main, key] of mainTermKeys(db)) link('icd10cm', key, titles.get(key) ?? '', names.exact.get(main) ?? [], 'index-main-term');
  const linked = new Set([...seen].map((k) => k.split('|')[1]));
  const lineageLinked = (key: string): boolean => {
    for (let k: string | null | undefined = key, d = 0; k && d < 12; k = parents.get(k), d += 1) if (linked.has(k)) return true;
    return false;
  };
  for (const c of unlinked) {
    // Most specific first: a node whose category already has a passage by rules 1-4 inherits that one.
    if (lineageLinked(c.key)) continue;
    link('icd10cm', c.key, c.display, topicsInTitle(names, c.display), 'topic-in-title');
  }
  const overview = new Set(
    (
      db.prepare("SELECT id FROM article_passages WHERE source IN ('medlineplus', 'mesh') AND section = 'overview'").all() as Array<{
        id: number;
      }>
    ).map((r) => r.id),
  );
  for (const [main, tables] of pcsTableKeys(db)) {
    const named = (names.exact.get(main) ?? []).filter((e) => overview.has(e.passage.id));
    for (const table of tables) link('icd10pcs', table, '', named, 'pcs-index-term');
  }
  db.exec('DELETE FROM article_passages WHERE id NOT IN (SELECT passage_id FROM article_links)');
  return seen.size;
}
