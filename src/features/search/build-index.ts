/**
 * Builds the search tables from the default release of every system (docs/search-ranking.md):
 * search_docs in rank order, lay synonyms linked from the lexicon, one row per term that leads to a
 * code, the word postings, exact-words keys, the spelling vocabulary and learned abbreviations.
 */
import type Database from 'better-sqlite3';
import { CODE_SYSTEMS } from '../../core/systems.js';
import { exactKey, exactKeyOfWords, wordSet } from '../../core/text.js';
import { insertSynonyms, lexiconSynonyms, type SynonymRow } from './build-lexicon-links.js';
import { buildPostings } from './build-postings.js';
import { buildSearchTerms, type DocIndex, type RankedDoc } from './build-terms.js';
import { buildVocabulary, learnAbbreviations } from './build-vocab.js';
import { buildPrefixTop } from './prefix-top.js';
import type { SearchDocRow } from './reader.js';

/** Doc ids carry the system's index in their low three bits. */
export const SYSTEM_BITS = 8;

function systemIndex(system: string): number {
  const i = (CODE_SYSTEMS as readonly string[]).indexOf(system);
  return i < 0 ? SYSTEM_BITS - 1 : i;
}

/**
 * Every default-release code, numbered in rank order (billable, fewer words, system, official
 * order). Reads codes and releases only, so a worker thread can rank on a committed snapshot
 * and get the same ids as the build thread.
 */
function rankDocs(db: Database.Database): RankedDoc[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.system, c.key, c.code, c.kind, c.display, c.short_display, c.billable, c.ord FROM codes c
       JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1`,
    )
    .all() as Array<
    Pick<SearchDocRow, 'id' | 'system' | 'key' | 'code' | 'kind' | 'display'> & {
      short_display: string | null;
      billable: number;
      ord: number;
    }
  >;
  const sized = rows.map((r) => {
    const words = wordSet(r.display);
    return { r, words: words.length, titleKey: exactKeyOfWords(words), sys: systemIndex(r.system) };
  });
  sized.sort(
    (a, b) => b.r.billable - a.r.billable || a.words - b.words || a.sys - b.sys || a.r.ord - b.r.ord || (a.r.key < b.r.key ? -1 : 1),
  );
  return sized.map(({ r, words, titleKey, sys }, i) => ({
    id: (i + 1) * SYSTEM_BITS + sys,
    codeId: r.id,
    system: r.system,
    key: r.key,
    code: r.code,
    kind: r.kind,
    display: r.display,
    shortDisplay: r.short_display,
    billable: r.billable,
    words,
    titleKey,
  }));
}

/** Doc ids by "system|key", and each system's keys sorted. */
function indexDocs(ranked: readonly RankedDoc[]): DocIndex {
  const index: DocIndex = { byKey: new Map(), keys: new Map() };
  for (const d of ranked) {
    index.byKey.set(`${d.system}|${d.key}`, d.id);
    const keys = index.keys.get(d.system) ?? [];
    keys.push(d.key);
    index.keys.set(d.system, keys);
  }
  for (const keys of index.keys.values()) keys.sort();
  return index;
}

/** search_docs and the exact-title keys, from the ranked codes (path from the hierarchy, filled before). */
function insertDocs(db: Database.Database, ranked: readonly RankedDoc[]): void {
  const paths = new Map<number, string>();
  const codePath = db.prepare(
    `SELECT c.id, c.path FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1`,
  );
  for (const row of codePath.iterate() as Iterable<{ id: number; path: string }>) paths.set(row.id, row.path);
  const insert = db.prepare(
    'INSERT INTO search_docs (id, code_id, system, key, code, kind, display, billable, path, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const exact = db.prepare('INSERT INTO search_exact (norm, doc, field, term) VALUES (?, ?, ?, ?)');
  for (const d of ranked) {
    insert.run(d.id, d.codeId, d.system, d.key, d.code, d.kind, d.display, d.billable, paths.get(d.codeId) ?? '', d.words);
    const titles = new Set([d.titleKey, d.shortDisplay && d.shortDisplay !== d.display ? exactKey(d.shortDisplay) : '']);
    for (const norm of titles) if (norm) exact.run(norm, d.id, 'title', 0);
  }
}

/**
 * The search build steps (search/build.ts): documents first (in rank order), then — once the
 * lay-term links are known — terms, word postings, the spelling vocabulary, abbreviations and the
 * best codes of common prefixes.
 */
export function fillSearchDocs(db: Database.Database): { ranked: RankedDoc[]; docs: DocIndex } {
  const ranked = rankDocs(db);
  insertDocs(db, ranked);
  return { ranked, docs: indexDocs(ranked) };
}

export function fillSearchTerms(db: Database.Database, docs: DocIndex, links: readonly SynonymRow[], onStep: (step: string) => void): void {
  onStep('lay terms from the lexicon');
  insertSynonyms(db, links);
  onStep('search terms');
  buildSearchTerms(db, docs);
  onStep('word postings');
  buildPostings(db);
  onStep('spelling vocabulary');
  buildVocabulary(db);
  onStep('abbreviations');
  learnAbbreviations(db);
  onStep('best codes of common prefixes');
  buildPrefixTop(db);
}

/** Snapshot step: the lay-term links of the lexicon concepts, from the committed build file. */
export function lexiconSynonymsOfFile(db: Database.Database): SynonymRow[] {
  const ranked = rankDocs(db);
  return lexiconSynonyms(db, ranked, indexDocs(ranked));
}

/** Check step: one search document per default-release code, and word postings. */
export function checkSearchIndex(db: Database.Database): { failures: string[] } {
  const failures: string[] = [];
  const indexed = (db.prepare('SELECT count(*) AS n FROM search_docs').get() as { n: number }).n;
  const expected = (
    db
      .prepare('SELECT count(*) AS n FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1')
      .get() as { n: number }
  ).n;
  if (indexed !== expected) failures.push(`search index holds ${indexed} rows, expected ${expected}`);
  const words = (db.prepare('SELECT count(*) AS n FROM search_postings').get() as { n: number }).n;
  if (expected > 0 && words === 0) failures.push('search index holds no word postings');
  return { failures };
}
