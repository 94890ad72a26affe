/**
 * Chapters and sections (blocks such as E08-E13) as grouping nodes above the 3-character
 * categories. A catalogue is one source's list of them (the newest tabular XML, or the FY2025
 * derived CSVs); each release uses the catalogue that best fits its categories (see
 * `chooseCatalogue`) and gets only the chapters and sections that hold at least one of its
 * categories, so every release's hierarchy is complete on its own.
 */
import type { CodeRecord } from '../../core/records.js';

export interface ChapterDef {
  /** "CH4" */
  key: string;
  number: number;
  first: string;
  last: string;
  description: string;
}

export interface SectionDef {
  /** The official id ("E08-E13", or "B10" for a one-category block). */
  id: string;
  /** Node key: the id, or "B10-B10" for one-category blocks so it never equals the category key. */
  key: string;
  first: string;
  last: string;
  description: string;
}

export interface SectionCatalogue {
  /** Release of the source the list comes from ("2021", "2025"). */
  release: string;
  /** Where it comes from, for problems ("icd10cm/2021/icd10cm_tabular_2021.xml.gz"). */
  source: string;
  chapters: ChapterDef[];
  sections: SectionDef[];
  /** Category → section id where the source places it explicitly (tabular XML; e.g. Z3A in Z30-Z39). */
  placement: Map<string, string>;
}

/** Node key of a section id: "E08-E13" stays, "B10" becomes "B10-B10". */
export function sectionKey(id: string): string {
  return id.includes('-') ? id : `${id}-${id}`;
}

/** First and last category of a section id ("E08-E13" → E08, E13; "B10" → B10, B10). */
export function sectionRange(id: string): { first: string; last: string } {
  const [first = id, last = first] = id.split('-');
  return { first, last };
}

/** "Diabetes mellitus (E08-E13)" → { text: "Diabetes mellitus", range: "E08-E13" }. */
export function splitRangeSuffix(description: string): { text: string; range: string | null } {
  const clean = description.replace(/\s+/g, ' ').trim();
  const m = /^(.*?)\s*\(([A-Z][0-9A-Z]{2}(?:-[A-Z][0-9A-Z]{2})?)\)$/.exec(clean);
  return m?.[1] && m[2] ? { text: m[1], range: m[2] } : { text: clean, range: null };
}

/** Categories compare as strings: digits sort before letters, as in the tabular list (I1A after I19). */
function within(category: string, first: string, last: string): boolean {
  return first <= category && category <= last;
}

/** The innermost section whose range holds the category (heading sections like C00-C96 hold others). */
function innermostSection(sections: readonly SectionDef[], category: string): SectionDef | undefined {
  let best: SectionDef | undefined;
  for (const s of sections) {
    if (!within(category, s.first, s.last)) continue;
    if (!best || s.first > best.first || (s.first === best.first && s.last < best.last)) best = s;
  }
  return best;
}

function sectionFor(catalogue: SectionCatalogue, category: string): SectionDef | undefined {
  const placed = catalogue.placement.get(category);
  const byPlacement = placed === undefined ? undefined : catalogue.sections.find((s) => s.id === placed);
  return byPlacement ?? innermostSection(catalogue.sections, category);
}

/** The chapter whose range holds the code; failing that, the chapter of the same letter that starts before it. */
function chapterFor(chapters: readonly ChapterDef[], category: string): { chapter: ChapterDef | undefined; byLetter: boolean } {
  const exact = chapters.find((c) => within(category, c.first, c.last));
  if (exact) return { chapter: exact, byLetter: false };
  const letter = category[0] ?? '';
  const sameLetter = chapters.filter((c) => (c.first[0] ?? '') <= letter && letter <= (c.last[0] ?? '') && c.first <= category);
  return { chapter: sameLetter.sort((a, b) => (a.first < b.first ? 1 : -1))[0], byLetter: true };
}

/**
 * The catalogue for a release: the nearest one (not newer than the release first, then newer
 * ones, oldest first) that places every category; when none does, the one that misses fewest.
 */
export function chooseCatalogue(
  catalogues: readonly SectionCatalogue[],
  release: string,
  categories: readonly string[],
): SectionCatalogue | null {
  const older = catalogues.filter((c) => c.release <= release).sort((a, b) => (a.release < b.release ? 1 : -1));
  const newer = catalogues.filter((c) => c.release > release).sort((a, b) => (a.release < b.release ? -1 : 1));
  let best: { catalogue: SectionCatalogue; missed: number } | null = null;
  for (const catalogue of [...older, ...newer]) {
    const missed = categories.filter((c) => !sectionFor(catalogue, c)).length;
    if (missed === 0) return catalogue;
    if (!best || missed < best.missed) best = { catalogue, missed };
  }
  return best?.catalogue ?? null;
}

export interface Grouping {
  /** Grouping nodes of the release, chapters first, each in catalogue order. */
  nodes: CodeRecord[];
  /** Category key → its parent key (a section key, or a chapter key as fallback). */
  parentOf: Map<string, string>;
  problems: string[];
}

interface NodeBuilder {
  record: CodeRecord;
  used: boolean;
}

function chapterNode(c: ChapterDef, release: string): CodeRecord {
  return {
    type: 'code',
    system: 'icd10cm',
    release,
    key: c.key,
    code: `Chapter ${c.number}`,
    kind: 'chapter',
    display: c.description,
    shortDisplay: null,
    billable: false,
    parent: null,
    order: Number.MAX_SAFE_INTEGER,
    attributes: { range: `${c.first}-${c.last}` },
  };
}

function sectionNode(s: SectionDef, parent: string | null, release: string): CodeRecord {
  return {
    type: 'code',
    system: 'icd10cm',
    release,
    key: s.key,
    code: s.key,
    kind: 'section',
    display: s.description,
    shortDisplay: null,
    billable: false,
    parent,
    order: Number.MAX_SAFE_INTEGER,
    attributes: { range: `${s.first}-${s.last}` },
  };
}

/** Parent of a section: the innermost other section holding its whole range, else its chapter. */
function sectionParent(catalogue: SectionCatalogue, s: SectionDef): string | null {
  let best: SectionDef | undefined;
  for (const o of catalogue.sections) {
    if (o === s || !(o.first <= s.first && s.last <= o.last) || (o.first === s.first && o.last === s.last)) continue;
    if (!best || o.first > best.first || (o.first === best.first && o.last < best.last)) best = o;
  }
  return best ? best.key : (chapterFor(catalogue.chapters, s.first).chapter?.key ?? null);
}

/**
 * Places every category of a release under its section (or chapter) and builds the chapters and
 * sections that hold at least one of them. `orderOf` gives each category's order-file number:
 * a grouping node takes the smallest order number below it.
 */
export function groupCategories(
  catalogue: SectionCatalogue,
  release: string,
  categories: readonly string[],
  orderOf: (category: string) => number,
): Grouping {
  const builders = new Map<string, NodeBuilder>();
  for (const c of catalogue.chapters) builders.set(c.key, { record: chapterNode(c, release), used: false });
  for (const s of catalogue.sections) builders.set(s.key, { record: sectionNode(s, sectionParent(catalogue, s), release), used: false });
  const parentOf = new Map<string, string>();
  const problems: string[] = [];
  const markUsed = (key: string, order: number): void => {
    let b = builders.get(key);
    while (b) {
      b.used = true;
      b.record.order = Math.min(b.record.order, order);
      b = b.record.parent === null ? undefined : builders.get(b.record.parent);
    }
  };
  for (const category of categories) {
    const section = sectionFor(catalogue, category);
    if (section) {
      parentOf.set(category, section.key);
      markUsed(section.key, orderOf(category));
      continue;
    }
    const { chapter } = chapterFor(catalogue.chapters, category);
    const where = `category ${category} (FY${release}) is in no section of ${catalogue.source}`;
    if (chapter) {
      parentOf.set(category, chapter.key);
      markUsed(chapter.key, orderOf(category));
      problems.push(`${where}; attached to chapter ${chapter.number} (${chapter.first}-${chapter.last})`);
    } else problems.push(`${where} nor in any chapter; left without a parent`);
  }
  const nodes = [...builders.values()].filter((b) => b.used).map((b) => b.record);
  return { nodes, parentOf, problems };
}
