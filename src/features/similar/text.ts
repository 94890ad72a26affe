/**
 * Build-time text similarity between the codes of each system's default release (see
 * docs/crosswalks-history.md, "Similar descriptors"). Each code is a bag of words from its
 * descriptor (weight idf) and its index terms (weight idf / 2), idf = ln(N / df); two codes are as
 * similar as the cosine of their vectors. Candidates come from an inverted index of the words that
 * at most MAX_DF codes share (very common words add to the cosine but do not nominate candidates);
 * the best CANDIDATES by that partial score are scored exactly and the best KEEP with a cosine of at
 * least MIN_COSINE are stored in similar_text as "KEY:score KEY:score …".
 */

import type Database from 'better-sqlite3';
import { stem, tokenize } from '../../core/text.js';

const MAX_DF = 1000;
const CANDIDATES = 24;
const KEEP = 12;
const MIN_COSINE = 0.3;
const TERMS_PER_CODE = 20;
const STOP = new Set('a an and are as at be by for from in into is it its of on or than the to with'.split(' '));

/** Words of a text: the tokeniser and stemmer of search (core/text.ts), stop words dropped. */
export function similarityWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of tokenize(text)) {
    if (STOP.has(raw) || (raw.length === 1 && !/[0-9]/.test(raw))) continue;
    out.push(stem(raw));
  }
  return out;
}

interface Corpus {
  keys: string[];
  start: Int32Array;
  token: Int32Array;
  weight: Float32Array;
}

/**
 * The lay synonyms (features/search/build-lexicon-links.ts): passed in rather than read, so that a snapshot taken before or
 * after they are written gives the same result; they come after a code's other terms.
 */
type ExtraTerms = ReadonlyArray<{ system: string; key: string; text: string }>;

function loadSimilarityDocs(
  db: Database.Database,
  system: string,
  release: string,
  extraTerms: ExtraTerms,
): Array<{ key: string; own: string[]; extra: string[] }> {
  const terms = new Map<string, string[]>();
  const add = (key: string, text: string) => {
    const list = terms.get(key) ?? [];
    if (list.length < TERMS_PER_CODE) list.push(text);
    terms.set(key, list);
  };
  // Per code in row order (the order terms were written in).
  for (const row of db
    .prepare("SELECT key, text FROM terms WHERE system = ? AND kind <> 'synonym' ORDER BY id")
    .iterate(system) as Iterable<{ key: string; text: string }>) {
    add(row.key, row.text);
  }
  for (const t of extraTerms) if (t.system === system) add(t.key, t.text);
  const rows = db
    .prepare(
      `SELECT key, display FROM codes WHERE system = ? AND release = ? AND kind IN ('code', 'header') AND display <> '' ORDER BY ord`,
    )
    .all(system, release) as Array<{ key: string; display: string }>;
  return rows.map((r) => {
    const own = [...new Set(similarityWords(r.display))];
    const ownSet = new Set(own);
    const extra = [...new Set(similarityWords((terms.get(r.key) ?? []).join(' ')))].filter((w) => !ownSet.has(w));
    return { key: r.key, own, extra };
  });
}

function buildCorpus(docs: Array<{ key: string; own: string[]; extra: string[] }>): Corpus {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const d of docs) {
    for (const w of [...d.own, ...d.extra]) {
      let id = ids.get(w);
      if (id === undefined) {
        id = df.length;
        ids.set(w, id);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const total = docs.reduce((n, d) => n + d.own.length + d.extra.length, 0);
  const start = new Int32Array(docs.length + 1);
  const token = new Int32Array(total);
  const weight = new Float32Array(total);
  let at = 0;
  docs.forEach((d, i) => {
    start[i] = at;
    let norm = 0;
    const from = at;
    for (const [words, factor] of [
      [d.own, 1],
      [d.extra, 0.5],
    ] as const) {
      for (const w of words) {
        const id = ids.get(w) as number;
        const wt = factor * Math.log(docs.length / (df[id] as number));
        token[at] = id;
        weight[at] = wt;
        norm += wt * wt;
        at += 1;
      }
    }
    const n = Math.sqrt(norm) || 1;
    for (let j = from; j < at; j++) weight[j] = (weight[j] as number) / n;
  });
  start[docs.length] = at;
  return { keys: docs.map((d) => d.key), start, token, weight };
}

interface Postings {
  start: Int32Array;
  doc: Int32Array;
  weight: Float32Array;
}

/** Inverted index of the words at most MAX_DF codes share. */
function buildPostings(c: Corpus, tokens: number): Postings {
  const df = new Int32Array(tokens);
  for (const t of c.token) df[t] = (df[t] as number) + 1;
  const start = new Int32Array(tokens + 1);
  for (let t = 0; t < tokens; t++) start[t + 1] = (start[t] as number) + ((df[t] as number) <= MAX_DF ? (df[t] as number) : 0);
  const fill = start.slice(0, tokens);
  const doc = new Int32Array(start[tokens] as number);
  const weight = new Float32Array(start[tokens] as number);
  for (let d = 0; d < c.keys.length; d++) {
    for (let j = c.start[d] as number; j < (c.start[d + 1] as number); j++) {
      const t = c.token[j] as number;
      if ((df[t] as number) > MAX_DF) continue;
      const at = fill[t] as number;
      doc[at] = d;
      weight[at] = c.weight[j] as number;
      fill[t] = at + 1;
    }
  }
  return { start, doc, weight };
}

/** Exact cosine of document b with the document spread in `dense` (token → weight, zero elsewhere). */
function cosineWith(c: Corpus, dense: Float32Array, b: number): number {
  let dot = 0;
  for (let j = c.start[b] as number; j < (c.start[b + 1] as number); j++)
    dot += (dense[c.token[j] as number] as number) * (c.weight[j] as number);
  return dot;
}

function spread(c: Corpus, dense: Float32Array, d: number, on: boolean): void {
  for (let i = c.start[d] as number; i < (c.start[d + 1] as number); i++) dense[c.token[i] as number] = on ? (c.weight[i] as number) : 0;
}

/** The best CANDIDATES documents by partial score, kept in a small array sorted best first. */
function candidatesOf(c: Corpus, p: Postings, d: number, work: Work): number[] {
  const { score, touched, bestDoc, bestScore } = work;
  let n = 0;
  for (let i = c.start[d] as number; i < (c.start[d + 1] as number); i++) {
    const t = c.token[i] as number;
    const w = c.weight[i] as number;
    for (let j = p.start[t] as number; j < (p.start[t + 1] as number); j++) {
      const other = p.doc[j] as number;
      if (other === d) continue;
      if (score[other] === 0) touched[n++] = other;
      score[other] = (score[other] as number) + w * (p.weight[j] as number);
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const o = touched[i] as number;
    const s = score[o] as number;
    score[o] = 0;
    if (m === CANDIDATES && s <= (bestScore[m - 1] as number)) continue;
    let at = m < CANDIDATES ? m++ : m - 1;
    while (at > 0 && (bestScore[at - 1] as number) < s) {
      bestScore[at] = bestScore[at - 1] as number;
      bestDoc[at] = bestDoc[at - 1] as number;
      at--;
    }
    bestScore[at] = s;
    bestDoc[at] = o;
  }
  return Array.from(bestDoc.subarray(0, m));
}

interface Work {
  score: Float32Array;
  touched: Int32Array;
  bestDoc: Int32Array;
  bestScore: Float32Array;
  dense: Float32Array;
}

interface SimilarTextStats {
  system: string;
  codes: number;
  withNeighbours: number;
  pairs: number;
  seconds: number;
}

/** The text neighbours of one system's default release: [key, "KEY:score KEY:score …"] per code that has any. */
export interface SimilarTextResult {
  stats: SimilarTextStats;
  rows: Array<[string, string]>;
}

/** Compute the text neighbours of every code of one system's default release (reads only). */
function computeSimilarTextOfSystem(
  db: Database.Database,
  system: string,
  release: string,
  extraTerms: ExtraTerms = [],
): SimilarTextResult {
  const started = performance.now();
  const docs = loadSimilarityDocs(db, system, release, extraTerms);
  const corpus = buildCorpus(docs);
  const tokens = corpus.token.reduce((m, t) => Math.max(m, t + 1), 0);
  const postings = buildPostings(corpus, tokens);
  const n = corpus.keys.length;
  const work: Work = {
    score: new Float32Array(n),
    touched: new Int32Array(n),
    bestDoc: new Int32Array(CANDIDATES),
    bestScore: new Float32Array(CANDIDATES),
    dense: new Float32Array(tokens),
  };
  const rows: Array<[string, string]> = [];
  let pairs = 0;
  for (let d = 0; d < n; d++) {
    spread(corpus, work.dense, d, true);
    const scored = candidatesOf(corpus, postings, d, work)
      .map((o) => ({ o, s: cosineWith(corpus, work.dense, o) }))
      .filter((x) => x.s >= MIN_COSINE)
      .sort((a, b) => b.s - a.s || a.o - b.o)
      .slice(0, KEEP);
    spread(corpus, work.dense, d, false);
    if (scored.length === 0) continue;
    pairs += scored.length;
    rows.push([corpus.keys[d] as string, scored.map((x) => `${corpus.keys[x.o]}:${x.s.toFixed(3)}`).join(' ')]);
  }
  const stats = { system, codes: n, withNeighbours: rows.length, pairs, seconds: (performance.now() - started) / 1000 };
  return { stats, rows };
}

/**
 * Text neighbours for the default release of every system (reads only; see writeSimilarText).
 * `extraTerms`: the lay synonyms (synonym rows in the terms table are not read).
 */
export function computeSimilarText(db: Database.Database, extraTerms: ExtraTerms = []): SimilarTextResult[] {
  const defaults = db.prepare('SELECT system, release FROM releases WHERE is_default = 1 ORDER BY system').all() as Array<{
    system: string;
    release: string;
  }>;
  return defaults.map((r) => computeSimilarTextOfSystem(db, r.system, r.release, extraTerms));
}

export function writeSimilarText(db: Database.Database, results: readonly SimilarTextResult[]): SimilarTextStats[] {
  const insert = db.prepare('INSERT OR REPLACE INTO similar_text (system, key, neighbours) VALUES (?, ?, ?)');
  for (const { stats, rows } of results) for (const [key, neighbours] of rows) insert.run(stats.system, key, neighbours);
  return results.map((r) => r.stats);
}
