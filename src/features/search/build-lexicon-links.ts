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
import { essentialText, wordSet } from '../../core/text.js';
import { type DocIndex, docsForKey, type RankedDoc } from './build-terms.js';

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

function loadAnchors(db: Database.Database, ranked: readonly RankedDoc[]): AnchorIndex {
  const index = new AnchorIndex();
  const terms = db
    .prepare("SELECT system, key, text FROM terms WHERE (system = 'icd10cm' AND kind = 'index') OR kind = 'pcsIndex' ORDER BY id")
    .all() as Array<{ system: string; key: string; text: string }>;
  for (const t of terms) index.add(t.system, t.key, t.text);
  for (const d of ranked) {
    if ((d.system === 'icd10cm' || d.system === 'hcpcs') && (d.kind === 'code' || d.kind === 'header'))
      index.add(d.system, d.key, d.display);
  }
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

/**
 * L5: headers bring their default child along: the first code after the header in key order that
 * starts with its key, is billable and says "unspecified" or "without complication(s)".
 */
function defaultChildren(ranked: readonly RankedDoc[], docs: DocIndex): (links: Link[]) => Link[] {
  const cm = new Map(ranked.filter((d) => d.system === 'icd10cm').map((d) => [d.key, d]));
  const keys = docs.keys.get('icd10cm') ?? [];
  const isDefault = (d: RankedDoc | undefined) => d?.billable === 1 && /unspecified|without complication/i.test(d.display);
  const child = (header: string): string | undefined => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[mid] as string) <= header) lo = mid + 1;
      else hi = mid;
    }
    const end = `${header}~`;
    for (let i = lo; i < keys.length && (keys[i] as string) < end; i++) if (isDefault(cm.get(keys[i] as string))) return keys[i];
    return undefined;
  };
  return (links) => {
    const out: Link[] = [];
    for (const l of links) {
      out.push(l);
      if (l.system !== 'icd10cm' || cm.get(l.key)?.billable !== 0) continue;
      const found = child(l.key);
      if (found && !out.some((o) => o.key === found)) out.push({ system: 'icd10cm', key: found });
    }
    return out;
  };
}

const SOURCE_LABEL: Record<string, string> = { mesh: 'MeSH', medlineplus: 'MedlinePlus', medquad: 'MedQuAD' };

/** A lexicon name written as a synonym term of a code. */
export interface SynonymRow {
  system: string;
  key: string;
  text: string;
  detail: string;
  release: string;
}

/**
 * Link every lexicon concept (rules L1–L5): its names become synonym rows of the linked codes, in
 * the order they are written. Reads the terms and lexicon tables only; the codes come ranked.
 */
export function lexiconSynonyms(db: Database.Database, ranked: readonly RankedDoc[], docs: DocIndex): SynonymRow[] {
  const concepts = loadConcepts(db);
  if (concepts.length === 0) return [];
  const anchors = loadAnchors(db, ranked);
  const meshLinks = new Map<string, Link[]>();
  for (const c of concepts.filter((x) => x.source === 'mesh')) meshLinks.set(c.concept, bestLinks(anchors, c.names));
  const withDefaults = defaultChildren(ranked, docs);
  const rows: SynonymRow[] = [];
  for (const c of concepts) {
    let links = c.source === 'mesh' ? (meshLinks.get(c.concept) ?? []) : bestLinks(anchors, c.names);
    if (c.source === 'medlineplus') links = [...links, ...c.targets.flatMap((t) => meshLinks.get(t) ?? [])];
    const unique = new Map(links.map((l) => [`${l.system}|${l.key}`, l]));
    const detail = `${SOURCE_LABEL[c.source] ?? c.source} ${c.source === 'mesh' ? `${c.concept} ` : ''}"${c.label}" ${c.url}`;
    for (const l of withDefaults([...unique.values()].slice(0, MAX_LINKS * 2))) {
      if (docsForKey(docs, l.system, l.key).length === 0) continue;
      for (const name of c.names) rows.push({ system: l.system, key: l.key, text: name, detail, release: c.release });
    }
  }
  return rows;
}

export function insertSynonyms(db: Database.Database, rows: readonly SynonymRow[]): void {
  const insert = db.prepare("INSERT INTO terms (system, key, kind, text, detail, source_release) VALUES (?, ?, 'synonym', ?, ?, ?)");
  for (const r of rows) insert.run(r.system, r.key, r.text, r.detail, r.release);
}
