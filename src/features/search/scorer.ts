/**
 * Word ranking (docs/search-ranking.md, "How words are weighed"): every doc holding any word of
 * the query is scored, BM25F-style, by the words it covers and how specific they are:
 *   group score  = max over the group's alternatives of weight × mean over its parts of
 *                  (max over the part's stems of idf(stem) × the doc's weight for the stem);
 *   doc score    = Σ group scores × coverage^RANKING.coverage × kind × billable × prior × exact.
 * No word is required: a code covering most of the query still ranks, and the answer says which
 * words it did not cover. Pure arithmetic over posting lists held in typed arrays.
 */

import { FIELD } from './build-postings.js';
import type { PostingList, PostingsReader } from './postings.js';
import type { Negation, QueryGroup } from './query-groups.js';

/** The ranking's constants (one object so that the relevance benchmark can vary them). */
const RANKING = {
  /** How much covering only part of the query costs: score × (covered / groups)^coverage. */
  coverage: 1,
  /** Docs of the kind the query asks for (diagnosis or procedure) weigh this much more. */
  kindBoost: 1.25,
  /** A code that cannot be billed (a category, a table) weighs this much of a billable one. */
  headerFactor: 0.6,
  /** Rank-order prior (billable, fewer words, official order): up to this share more. */
  prior: 0.06,
  /** A code whose title holds a word the query negates ("non-congenital") weighs this much. */
  negated: 0.5,
  /** A reading of a word (vocabulary, word parts) adds this share of its value beside the best alternative. */
  readingBonus: 0.15,
};

interface ScoreFilter {
  /** System indexes allowed (null: all). */
  systems: number[] | null;
  /** Highest doc id allowed. */
  maxId: number | null;
  /** Doc ids allowed (a `within` node), or null. */
  only: Set<number> | null;
}

export interface Scored {
  doc: number;
  score: number;
  /** Bit i set: group i matched. */
  covered: number;
}

export interface ScoreResult {
  top: Scored[];
  /** Docs covering as many groups as the best doc does, per system index (system filter ignored). */
  facets: Map<number, number>;
  bestCovered: number;
  /** 'diagnosis', 'procedure' or null when the words do not lean either way. */
  kind: 'diagnosis' | 'procedure' | null;
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

function popcount(x: number): number {
  let n = 0;
  let v = x;
  while (v) {
    v &= v - 1;
    n += 1;
  }
  return n;
}

/**
 * A list of doc ranks in a reused typed array. A query touches tens of thousands of docs: growing a
 * fresh JS array per list cost more (in allocation and collection) than the scoring itself.
 */
class RankList {
  data: Int32Array;
  length = 0;
  constructor(size: number) {
    this.data = new Int32Array(size);
  }
  push(r: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = r;
  }
  /** The ranks held, as a view (valid until the list is pushed to again). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Scratch arrays for one database, reused by every query (queries run one at a time). */
class Scratch {
  readonly total: Float32Array;
  readonly group: Float32Array;
  readonly alt: Float32Array;
  readonly part: Float32Array;
  readonly mask: Uint16Array;
  /** 1: the doc is a candidate of the current query (see candidateRanks). */
  readonly candidate: Uint8Array;
  /** The same flags four at a time, to skip unmarked stretches quickly. */
  readonly candidateWords: Uint32Array;
  readonly bonus: Float32Array;
  /** Bit 1: the title holds a negated word; bit 2: … a word negated for procedure codes. */
  readonly negated: Uint8Array;
  /** The candidates (sorted ranks), and the docs touched by the query, a group, an alternative, a part. */
  readonly candidates: RankList;
  readonly touched: RankList;
  readonly groupTouched: RankList;
  readonly altTouched: RankList;
  readonly partTouched: RankList;
  /** The docs of an alternative's rarest part, sorted: where its other parts are looked up. */
  readonly local: RankList;
  constructor(size: number) {
    this.candidates = new RankList(size);
    this.touched = new RankList(size);
    this.groupTouched = new RankList(size);
    this.altTouched = new RankList(size);
    this.partTouched = new RankList(size);
    this.local = new RankList(size);
    this.negated = new Uint8Array(size);
    this.bonus = new Float32Array(size);
    this.total = new Float32Array(size);
    this.group = new Float32Array(size);
    this.alt = new Float32Array(size);
    this.part = new Float32Array(size);
    this.mask = new Uint16Array(size);
    // Whole 32-bit words, so that the flags can be read four at a time.
    this.candidate = new Uint8Array(Math.ceil(size / 4) * 4);
    this.candidateWords = new Uint32Array(this.candidate.buffer);
  }
}

const scratches = new WeakMap<PostingsReader, Scratch>();

function scratchOf(reader: PostingsReader): Scratch {
  let s = scratches.get(reader);
  if (!s) {
    s = new Scratch(reader.docCount + 2);
    scratches.set(reader, s);
  }
  return s;
}

/** Which kind of code the words lean to: the idf-weighted log ratio of procedure to diagnosis docs. */
function queryKind(n: number, lists: PostingList[][]): 'diagnosis' | 'procedure' | null {
  let lean = 0;
  let weight = 0;
  for (const own of lists) {
    const l = own[0];
    if (!l) continue;
    const w = idf(n, l.df);
    lean += w * Math.log((l.px + 1) / (l.dx + 1));
    weight += w;
  }
  if (weight === 0) return null;
  const x = lean / weight;
  return x > 0.7 ? 'procedure' : x < -0.7 ? 'diagnosis' : null;
}

const PROCEDURE_SYSTEMS = new Set([1, 2, 3]);

/** A bounded min-heap on score keeping the best k. */
class TopK {
  readonly items: Scored[] = [];
  constructor(private readonly k: number) {}
  /** Whether a doc of this score would enter the heap (checked before making its record). */
  accepts(score: number, doc: number): boolean {
    const h = this.items;
    if (h.length < this.k) return true;
    const min = h[0] as Scored;
    return score > min.score || (score === min.score && doc < min.doc);
  }
  push(s: Scored): void {
    const h = this.items;
    if (h.length < this.k) {
      h.push(s);
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (better(h[p] as Scored, h[i] as Scored)) {
          [h[p], h[i]] = [h[i] as Scored, h[p] as Scored];
          i = p;
        } else break;
      }
      return;
    }
    if (!better(s, h[0] as Scored)) return;
    h[0] = s;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && better(h[m] as Scored, h[l] as Scored)) m = l;
      if (r < h.length && better(h[m] as Scored, h[r] as Scored)) m = r;
      if (m === i) break;
      [h[m], h[i]] = [h[i] as Scored, h[m] as Scored];
      i = m;
    }
  }
  sorted(): Scored[] {
    return [...this.items].sort((a, b) => (better(a, b) ? -1 : 1));
  }
}

/** The selective groups that find the candidates hold at most this many docs together. */
const CANDIDATE_BUDGET = 20_000;
/** Looking a doc up in a list costs about this many steps of scanning it. */
const PROBE_COST = 6;

/** Every candidate doc of a list (`candidate[r]` set): keep each doc's best value in `into`. */
function scatterAmong(list: PostingList, w: number, candidate: Uint8Array, into: Float32Array, touched: RankList): void {
  const { docs, weights } = list;
  for (let i = 0; i < docs.length; i += 1) {
    const r = (docs[i] as number) >> 3;
    if (candidate[r] === 0) continue;
    const v = w * (weights[i] as number);
    const old = into[r] as number;
    if (old === 0) touched.push(r);
    if (v > old) into[r] = v;
  }
}

/** Only the candidate docs (sorted ranks) of a long list, by galloping search. */
function probe(list: PostingList, w: number, candidates: Int32Array, into: Float32Array, touched: RankList): void {
  const { docs, weights } = list;
  let lo = 0;
  for (let c = 0; c < candidates.length && lo < docs.length; c += 1) {
    const r = candidates[c] as number;
    let step = 1;
    let hi = lo;
    while (hi < docs.length && (docs[hi] as number) >> 3 < r) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi >= docs.length) hi = docs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((docs[mid] as number) >> 3 < r) lo = mid + 1;
      else hi = mid;
    }
    if (lo < docs.length && (docs[lo] as number) >> 3 === r) {
      const v = w * (weights[lo] as number);
      const old = into[r] as number;
      if (old === 0) touched.push(r);
      if (v > old) into[r] = v;
    }
  }
}

/**
 * The tokens that find a group's docs: every stem of a one-part alternative, and the rarest part of
 * an alternative of several parts (a doc without it can hold at most the share of the other parts).
 */
function findingTokens(reader: PostingsReader, g: QueryGroup): string[] {
  const out = new Set<string>();
  for (const a of g.alternatives) {
    let best: string[] | null = null;
    let bestDf = Number.POSITIVE_INFINITY;
    for (const part of a.parts) {
      const df = part.reduce((n, t) => n + reader.df(t), 0);
      if (df < bestDf) {
        best = part;
        bestDf = df;
      }
    }
    for (const t of best ?? []) out.add(t);
  }
  return [...out];
}

/** How many docs a group's finding tokens hold: the candidates it would bring (see candidateRanks). */
export function findingDocs(reader: PostingsReader, g: QueryGroup): number {
  return findingTokens(reader, g).reduce((n, t) => n + reader.df(t), 0);
}

/**
 * The candidates, sorted ranks, marked in `s.candidate`: the docs found by the most selective word
 * groups (fewest docs in all, up to CANDIDATE_BUDGET docs; at least one group). Every other list is
 * only looked up in them: a doc holding none of the selective words covers less of the query than
 * the candidates do. Long lists of common words (`left`, `open`, the root operations a procedure
 * word may mean) are thus never scanned whole. Call clearCandidates after the query.
 */
function candidateRanks(reader: PostingsReader, groups: QueryGroup[], s: Scratch): Int32Array {
  const sized = groups
    .map((g) => {
      const tokens = findingTokens(reader, g);
      return { tokens, df: tokens.reduce((n, t) => n + reader.df(t), 0) };
    })
    .filter((g) => g.df > 0)
    .sort((a, b) => a.df - b.df);
  const chosen: string[] = [];
  let budget = 0;
  for (const g of sized) {
    if (chosen.length > 0 && budget + g.df > CANDIDATE_BUDGET) break;
    chosen.push(...g.tokens);
    budget += g.df;
  }
  const out = s.candidates;
  out.length = 0;
  for (const t of chosen) {
    const list = reader.get(t);
    if (!list) continue;
    for (let i = 0; i < list.docs.length; i += 1) {
      const r = (list.docs[i] as number) >> 3;
      if (s.candidate[r] === 0) {
        s.candidate[r] = 1;
        out.push(r);
      }
    }
  }
  // A few candidates are sorted; many are listed by a scan of the flags (no sort).
  if (out.length * 16 < s.candidateWords.length) return out.view().sort();
  return sortedMarks(s.candidate, s.candidateWords, out.length, out);
}

/**
 * The marked ranks of a flag array, in order, into `out`: a scan of the flags, four at a time (no
 * sort). Reading them one by one was a third of all autocomplete time on the full database.
 */
function sortedMarks(flags: Uint8Array, words: Uint32Array, count: number, out: RankList): Int32Array {
  out.length = 0;
  for (let w = 0; w < words.length && out.length < count; w += 1) {
    if (words[w] === 0) continue;
    const r = w * 4;
    if (flags[r] !== 0) out.push(r);
    if (flags[r + 1] !== 0) out.push(r + 1);
    if (flags[r + 2] !== 0) out.push(r + 2);
    if (flags[r + 3] !== 0) out.push(r + 3);
  }
  return out.view();
}

function clearCandidates(candidates: Int32Array, s: Scratch): void {
  for (let i = 0; i < candidates.length; i += 1) s.candidate[candidates[i] as number] = 0;
}

/** Mark the docs whose title holds a negated word; `clear` = 0 unmarks them after the query. */
function markNegated(reader: PostingsReader, negated: readonly Negation[], s: Scratch, clear?: 0): void {
  for (const neg of negated) {
    const list = reader.get(neg.stem);
    if (!list) continue;
    const bit = neg.procedureOnly ? 2 : 1;
    for (let i = 0; i < list.docs.length; i += 1)
      if ((list.fields[i] as number) & FIELD.title) {
        const r = (list.docs[i] as number) >> 3;
        s.negated[r] = clear === 0 ? 0 : (s.negated[r] as number) | bit;
      }
  }
}

/** a ranks before b: higher score, then lower doc id (rank order). */
function better(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.doc < b.doc);
}

/**
 * Score every doc holding a word of the groups; return the best k that pass the filter.
 * `exact` multiplies the score of docs whose title or term is exactly the query's words.
 */
export function scoreGroups(
  reader: PostingsReader,
  groups: QueryGroup[],
  filter: ScoreFilter,
  k: number,
  exact: Map<number, number>,
  maxBillableId: number,
  negated: readonly Negation[] = [],
): ScoreResult {
  const n = reader.docCount;
  const s = scratchOf(reader);
  const { touched, groupTouched, altTouched, partTouched } = s;
  touched.length = 0;
  const ownLists: PostingList[][] = [];
  const candidates = candidateRanks(reader, groups, s);
  for (let gi = 0; gi < groups.length; gi += 1) {
    const g = groups[gi] as QueryGroup;
    groupTouched.length = 0;
    const own: PostingList[] = [];
    for (const alt of g.alternatives) {
      const reading = alt.via === 'vocabulary' || alt.via === 'word parts';
      if (alt.parts.length === 1 && !reading) {
        // One part: the alternative's value is its best stem's, so it goes straight to the group.
        for (const token of alt.parts[0] as string[]) {
          const list = reader.get(token);
          if (!list) continue;
          if (alt.via === 'word') own.push(list);
          const w = idf(n, list.df) * alt.weight * (alt.factors?.[token] ?? 1);
          if (list.df > candidates.length * PROBE_COST) probe(list, w, candidates, s.group, groupTouched);
          else scatterAmong(list, w, s.candidate, s.group, groupTouched);
        }
        continue;
      }
      altTouched.length = 0;
      // The rarest part finds the docs; the other parts are looked up in them when that is cheaper.
      const order = alt.parts.map((part) => ({ part, df: part.reduce((x, t) => x + reader.df(t), 0) })).sort((a, b) => a.df - b.df);
      let local: Int32Array | null = null;
      for (const { part } of order) {
        partTouched.length = 0;
        for (const token of part) {
          const list = reader.get(token);
          if (!list) continue;
          if (alt.via === 'word') own.push(list);
          const w = idf(n, list.df) * (alt.factors?.[token] ?? 1);
          const within = local ?? candidates;
          if (list.df > within.length * PROBE_COST) probe(list, w, within, s.part, partTouched);
          else scatterAmong(list, w, s.candidate, s.part, partTouched);
        }
        if (!local && order.length > 1) {
          s.local.length = 0;
          for (let i = 0; i < partTouched.length; i += 1) s.local.push(partTouched.data[i] as number);
          local = s.local.view().sort();
        }
        const share = alt.weight / alt.parts.length;
        const pt = partTouched.data;
        for (let i = 0; i < partTouched.length; i += 1) {
          const r = pt[i] as number;
          if (s.alt[r] === 0) altTouched.push(r);
          s.alt[r] = (s.alt[r] as number) + (s.part[r] as number) * share;
          s.part[r] = 0;
        }
      }
      const at = altTouched.data;
      for (let i = 0; i < altTouched.length; i += 1) {
        const r = at[i] as number;
        if (s.group[r] === 0 && s.bonus[r] === 0) groupTouched.push(r);
        if ((s.alt[r] as number) > (s.group[r] as number)) s.group[r] = s.alt[r] as number;
        // A reading of the word (vocabulary, word parts) that also fits adds a little on top of the
        // best alternative: "cholecystectomy" read as resection + gallbladder favours the resection.
        if (reading) s.bonus[r] = Math.max(s.bonus[r] as number, (s.alt[r] as number) * RANKING.readingBonus);
        s.alt[r] = 0;
      }
    }
    ownLists.push(own);
    const bit = 1 << gi;
    const gt = groupTouched.data;
    for (let i = 0; i < groupTouched.length; i += 1) {
      const r = gt[i] as number;
      if (s.mask[r] === 0) touched.push(r);
      s.total[r] = (s.total[r] as number) + (s.group[r] as number) + (s.bonus[r] as number);
      s.mask[r] = (s.mask[r] as number) | bit;
      s.group[r] = 0;
      s.bonus[r] = 0;
    }
  }
  const kind = queryKind(n, ownLists);
  markNegated(reader, negated, s);
  const heap = new TopK(k);
  // Optional groups (generic head words) count toward coverage only when held.
  let optional = 0;
  groups.forEach((g, gi) => {
    if (g.optional) optional |= 1 << gi;
  });
  const count = Math.max(1, groups.length - popcount(optional));
  // Docs passing the filter (system filter aside) per (groups covered, system), for the facets.
  const byCover = new Int32Array((groups.length + 1) * 8);
  // Per system: passes the system filter; the kind factor (× 1 is exact: the same as no factor).
  const allowed = new Uint8Array(8).fill(filter.systems ? 0 : 1);
  for (const sys of filter.systems ?? []) if (sys >= 0 && sys < 8) allowed[sys] = 1;
  const kindFactor = new Float64Array(8).fill(1);
  if (kind)
    for (let sys = 0; sys < 8; sys += 1) if ((kind === 'procedure') === PROCEDURE_SYSTEMS.has(sys)) kindFactor[sys] = RANKING.kindBoost;
  // (covered / groups)^coverage for each number of groups covered.
  const coverFactor = new Float64Array(groups.length + 1);
  for (let c = 0; c <= groups.length; c += 1) coverFactor[c] = (c / count) ** RANKING.coverage;
  const { maxId, only } = filter;
  const hasExact = exact.size > 0;
  let bestCovered = 0;
  const tt = touched.data;
  for (let t = 0; t < touched.length; t += 1) {
    const r = tt[t] as number;
    const mask = s.mask[r] as number;
    const score = s.total[r] as number;
    s.total[r] = 0;
    s.mask[r] = 0;
    // Doc ids are (rank + 1) × 8 + system (see build-index.ts); r is id >> 3.
    const system = reader.systemAt(r);
    const id = r * 8 + system;
    if (maxId !== null && id > maxId) continue;
    if (only && !only.has(id)) continue;
    const covered = popcount(mask);
    byCover[covered * 8 + system] = (byCover[covered * 8 + system] as number) + 1;
    if (allowed[system] === 0) continue;
    if (covered > bestCovered) bestCovered = covered;
    // Optional groups (generic head words) never count as covered or missing.
    let final = score * (coverFactor[Math.min(count, optional === 0 ? covered : popcount(mask & ~optional))] as number);
    final *= kindFactor[system] as number;
    if (id > maxBillableId) final *= RANKING.headerFactor;
    final *= 1 + RANKING.prior * (1 - r / (n + 1));
    if (hasExact) final *= exact.get(id) ?? 1;
    const neg = s.negated[r] as number;
    if (neg & 1 || (neg & 2 && PROCEDURE_SYSTEMS.has(system))) final *= RANKING.negated;
    if (heap.accepts(final, id)) heap.push({ doc: id, score: final, covered: mask });
  }
  markNegated(reader, negated, s, 0);
  clearCandidates(candidates, s);
  // Totals and facets: the codes covering as many words as the best hit the filter allows.
  const facets = new Map<number, number>();
  if (bestCovered > 0)
    for (let c = bestCovered; c <= groups.length; c += 1)
      for (let sys = 0; sys < 8; sys += 1) {
        const m = byCover[c * 8 + sys] as number;
        if (m > 0) facets.set(sys, (facets.get(sys) ?? 0) + m);
      }
  return { top: heap.sorted(), facets, bestCovered, kind };
}
