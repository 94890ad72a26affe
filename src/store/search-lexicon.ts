/**
 * Links lexicon concepts (MeSH, MedlinePlus, MedQuAD) to codes, deterministically
 * (docs/search-ranking.md, "Lay terms"):
 *  L1. Anchors are the ICD-10-CM index terms, the ICD-10-PCS index terms, and the titles of
 *      ICD-10-CM and HCPCS codes, compared as sets of stemmed words (stop words and
 *      "unspecified/NOS/NEC/other" dropped).
 *  L2. A name matches an anchor whose words (nonessential modifiers in parentheses included) include
 *      all of the name's words; extra words are the anchor's essential words (modifiers excluded)
 *      that the name lacks. The anchors with the fewest extra words win, if that is at most MAX_EXTRA.
 *  L3. A MeSH descriptor or MedQuAD focus links by its preferred name; only when that matches
 *      nothing, by the best of its other names (fewest extra words). Ties are all kept, at most
 *      MAX_LINKS codes, anchors in index order.
 *  L4. A MedlinePlus topic links by its own title (L2) and to the codes of the MeSH descriptors it is
 *      filed under.
 *  L5. A link to an ICD-10-CM header also links its default child: the first code under it whose
 *      title says "unspecified" or "without complication(s)" (the code used when nothing more is known).
 *  Every name of a linked concept becomes a synonym term of each linked code, citing the concept.
 */
import type Database from 'better-sqlite3';
import { type DocIndex, docsForKey } from './search-terms-build.js';
import { essentialText, wordSet } from './search-text.js';

const MAX_EXTRA = 2;
const MAX_LINKS = 6;
const MAX_NAME_WORDS = 6;

interface Anchor {
  system: string;
  key: string;
  /** All words, nonessential modifiers included. */
  words: Set<string>;
  /** Essential words only. */
  essential: Set<string>;
}

interface Link {
  system: string;
  key: string;
}

interface Concept {
  source: string;
  release: string;
  concept: string;
  label: string;
  url: string;
  names: string[];
  targets: string[];
}

class AnchorIndex {
  private readonly anchors: Anchor[] = [];
  private readonly postings = new Map<string, number[]>();

  add(system: string, key: string, text: string): void {
    const essential = wordSet(essentialText(text));
    const words = wordSet(text);
    if (essential.length === 0 || essential.length > 12) return;
    const id = this.anchors.length;
    this.anchors.push({ system, key, words: new Set(words), essential: new Set(essential) });
    for (const w of words) {
      const list = this.postings.get(w);
      if (list) list.push(id);
      else this.postings.set(w, [id]);
    }
  }

  /** Winning anchors of a name with their number of extra words. */
  match(name: string): { extra: number; links: Link[] } | null {
    const words = wordSet(name);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
    const lists = words.map((w) => this.postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    const shortest = lists[0] ?? [];
    let best = MAX_EXTRA + 1;
    let winners: Anchor[] = [];
    for (const id of shortest) {
      const a = this.anchors[id] as Anchor;
      if (!words.every((w) => a.words.has(w))) continue;
      let extra = 0;
      for (const w of a.essential) if (!words.includes(w)) extra += 1;
      if (extra < best) {
        best = extra;
        winners = [a];
      } else if (extra === best) winners.push(a);
    }
    if (winners.length === 0) return null;
    const seen = new Set<string>();
    const links: Link[] = [];
    for (const a of winners) {
      const id = `${a.system}|${a.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      links.push({ system: a.system, key: a.key });
    }
    return { extra: best, links: links.slice(0, MAX_LINKS) };
  }
}

function loadAnchors(db: Database.Database): AnchorIndex {
  const index = new AnchorIndex();
  const terms = db
    .prepare("SELECT system, key, text FROM terms WHERE (system = 'icd10cm' AND kind = 'index') OR kind = 'pcsIndex' ORDER BY id")
    .all() as Array<{ system: string; key: string; text: string }>;
  for (const t of terms) index.add(t.system, t.key, t.text);
  const titles = db
    .prepare("SELECT system, key, display FROM search_docs WHERE system IN ('icd10cm', 'hcpcs') AND kind IN ('code', 'header') ORDER BY id")
    .all() as Array<{ system: string; key: string; display: string }>;
  for (const t of titles) index.add(t.system, t.key, t.display);
  return index;
}

function loadConcepts(db: Database.Database): Concept[] {
  const rows = db.prepare('SELECT source, source_release, concept, label, term, url, targets FROM lexicon ORDER BY rowid').all() as Array<{
    source: string;
    source_release: string;
    concept: string;
    label: string;
    term: string;
    url: string;
    targets: string;
  }>;
  const byId = new Map<string, Concept>();
  for (const r of rows) {
    const id = `${r.source}|${r.concept}`;
    let c = byId.get(id);
    if (!c) {
      c = {
        source: r.source,
        release: r.source_release,
        concept: r.concept,
        label: r.label,
        url: r.url,
        names: [],
        targets: JSON.parse(r.targets) as string[],
      };
      byId.set(id, c);
    }
    if (!c.names.includes(r.term)) c.names.push(r.term);
  }
  return [...byId.values()];
}

function bestLinks(index: AnchorIndex, names: string[]): Link[] {
  const byLabel = names[0] === undefined ? null : index.match(names[0]);
  if (byLabel) return byLabel.links;
  let best: { extra: number; links: Link[] } | null = null;
  for (const name of names.slice(1)) {
    const m = index.match(name);
    if (m && (!best || m.extra < best.extra)) best = m;
  }
  return best?.links ?? [];
}

/** L5: headers bring their default child along. */
function withDefaults(db: Database.Database, links: Link[]): Link[] {
  const child = db.prepare(
    `SELECT key FROM search_docs WHERE system = 'icd10cm' AND key > ? AND key < ? AND billable = 1
     AND (display LIKE '%unspecified%' OR display LIKE '%without complication%') ORDER BY key LIMIT 1`,
  );
  const out: Link[] = [];
  for (const l of links) {
    out.push(l);
    if (l.system !== 'icd10cm') continue;
    const header = db.prepare("SELECT 1 FROM search_docs WHERE system = 'icd10cm' AND key = ? AND billable = 0").get(l.key);
    const found = header ? (child.get(l.key, `${l.key}~`) as { key: string } | undefined) : undefined;
    if (found && !out.some((o) => o.key === found.key)) out.push({ system: 'icd10cm', key: found.key });
  }
  return out;
}

const SOURCE_LABEL: Record<string, string> = { mesh: 'MeSH', medlineplus: 'MedlinePlus', medquad: 'MedQuAD' };

/** Link every lexicon concept and write its names as synonym terms of the linked codes. */
export function linkLexicon(db: Database.Database, docs: DocIndex): void {
  const concepts = loadConcepts(db);
  if (concepts.length === 0) return;
  const anchors = loadAnchors(db);
  const meshLinks = new Map<string, Link[]>();
  for (const c of concepts.filter((x) => x.source === 'mesh')) meshLinks.set(c.concept, bestLinks(anchors, c.names));
  const insert = db.prepare("INSERT INTO terms (system, key, kind, text, detail, source_release) VALUES (?, ?, 'synonym', ?, ?, ?)");
  for (const c of concepts) {
    let links = c.source === 'mesh' ? (meshLinks.get(c.concept) ?? []) : bestLinks(anchors, c.names);
    if (c.source === 'medlineplus') links = [...links, ...c.targets.flatMap((t) => meshLinks.get(t) ?? [])];
    const unique = new Map(links.map((l) => [`${l.system}|${l.key}`, l]));
    const detail = `${SOURCE_LABEL[c.source] ?? c.source} ${c.source === 'mesh' ? `${c.concept} ` : ''}"${c.label}" ${c.url}`;
    for (const l of withDefaults(db, [...unique.values()].slice(0, MAX_LINKS * 2))) {
      if (docsForKey(docs, l.system, l.key).length === 0) continue;
      for (const name of c.names) insert.run(l.system, l.key, name, detail, c.release);
    }
  }
}
