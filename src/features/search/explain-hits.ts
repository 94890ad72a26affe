/**
 * Why a hit matched (docs/search-ranking.md, "Why a hit matched"): for each word group the doc
 * covers, the alternative that counted (the word itself, an abbreviation, a procedure or lay word,
 * word parts, a correction) and the field it was found in — the title, the index or inclusion term,
 * the lay synonym, or the category the code belongs to — and the words it does not cover.
 */

import { stem, tokenize } from '../../core/text.js';
import { FIELD } from './build-postings.js';
import type { PostingList, PostingsReader } from './postings.js';
import type { QueryGroup } from './query-groups.js';
import type { Match } from './rank.js';
import type { SearchDocRow, SearchReader } from './reader.js';
import type { Scored } from './scorer.js';

function find(list: PostingList, doc: number): number {
  let lo = 0;
  let hi = list.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list.docs[mid] as number;
    if (v === doc) return mid;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

interface GroupMatch {
  via: string;
  note?: string;
  fields: number;
  stems: string[];
}

/** The alternative of a group that scored best for a doc, with the fields and stems it matched in. */
function groupMatch(postings: PostingsReader, g: QueryGroup, doc: number): GroupMatch | null {
  let best: (GroupMatch & { score: number }) | null = null;
  for (const alt of g.alternatives) {
    let score = 0;
    let fields = 0;
    const stems: string[] = [];
    for (const part of alt.parts) {
      let partBest = 0;
      for (const token of part) {
        const list = postings.get(token);
        if (!list) continue;
        const i = find(list, doc);
        if (i < 0) continue;
        partBest = Math.max(partBest, list.weights[i] as number);
        fields |= list.fields[i] as number;
        stems.push(token);
      }
      score += (partBest * alt.weight) / alt.parts.length;
    }
    if (score > 0 && (!best || score > best.score)) best = { via: alt.via, note: alt.note, fields, stems, score };
  }
  return best;
}

function bestText(texts: Array<{ field: string; text: string }>, stems: Set<string>, field: string): string | null {
  let best: { text: string; n: number } | null = null;
  for (const t of texts) {
    if (t.field !== field && !(field === 'index' && t.field === 'inclusion')) continue;
    const n = new Set(
      tokenize(t.text)
        .map(stem)
        .filter((w) => stems.has(w)),
    ).size;
    if (n > 0 && (!best || n > best.n || (n === best.n && t.text.length < best.text.length))) best = { text: t.text, n };
  }
  return best?.text ?? null;
}

const VIA_FIELD: Record<string, Match['field']> = {
  abbreviation: 'abbreviation',
  vocabulary: 'vocabulary',
  'word parts': 'vocabulary',
  correction: 'correction',
};

/** Reasons and missing words for each hit of a page. */
export function explain(
  reader: SearchReader,
  postings: PostingsReader,
  doc: SearchDocRow,
  scored: Scored,
  groups: QueryGroup[],
): { matched: Match[]; missing: string[] } {
  const matched: Match[] = [];
  const missing: string[] = [];
  const stems = { title: new Set<string>(), index: new Set<string>(), synonym: new Set<string>(), context: new Set<string>() };
  groups.forEach((g, gi) => {
    if (!(scored.covered & (1 << gi))) {
      // A word no code holds is said once, in the result's `unmatched`, not on every hit.
      if (g.alternatives.length > 0) missing.push(g.word);
      return;
    }
    const m = groupMatch(postings, g, doc.id);
    if (!m) return;
    const field = VIA_FIELD[m.via];
    if (field && m.note) matched.push({ field, text: m.note });
    for (const s of m.stems) {
      if (m.fields & FIELD.title) stems.title.add(s);
      if (m.fields & FIELD.index) stems.index.add(s);
      if (m.fields & FIELD.synonym) stems.synonym.add(s);
      if (m.fields & FIELD.context && !(m.fields & (FIELD.title | FIELD.index | FIELD.synonym))) stems.context.add(s);
    }
  });
  if (stems.title.size > 0) matched.push({ field: 'title', text: doc.display });
  if (stems.index.size > 0 || stems.synonym.size > 0) {
    const texts = reader.termsOf(doc.id);
    const index = bestText(texts, stems.index, 'index');
    if (index) matched.push({ field: 'index', text: index });
    const synonym = bestText(texts, stems.synonym, 'synonym');
    if (synonym) matched.push({ field: 'synonym', text: synonym });
  }
  if (stems.context.size > 0) {
    const ancestors = reader.ancestorsOf(doc);
    const text = bestText(
      ancestors.map((a) => ({ field: 'index', text: a })),
      stems.context,
      'index',
    );
    if (text) matched.push({ field: 'category', text });
  }
  const unique = matched.filter((m, i) => matched.findIndex((x) => x.field === m.field && x.text === m.text) === i);
  return { matched: unique.slice(0, 6), missing };
}
