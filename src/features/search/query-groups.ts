/**
 * From the words of a query to weighted word groups (docs/search-ranking.md, "How a query is read"):
 * each word keeps its own stem and gains the ways it may be written in the official titles —
 * abbreviation expansions, procedure and lay words (search/vocabulary.ts), the meaning of its word
 * parts (cholecyst|ectomy → gallbladder + resection/excision), a spelling correction when the word
 * is unknown, and the words it begins while typing. A multi-word phrase ("water on the knee")
 * becomes one group.
 */
import { STOP_WORDS, stem, tokenize } from '../../core/text.js';
import type { PostingsReader } from './postings.js';
import type { Speller } from './spelling.js';
import { BODY_PARTS, LAY_WORDS, PHRASES, PROCEDURE_SUFFIXES, PROCEDURE_WORDS, type VocabularyEntry } from './vocabulary.js';
import type { Expansions } from './word-groups.js';

/** One way to match a group: parts that must all be present (each a set of alternative stems). */
interface Alternative {
  parts: string[][];
  weight: number;
  /** How the alternative was found, for "why it matched". */
  via: 'word' | 'prefix' | 'abbreviation' | 'vocabulary' | 'word parts' | 'correction';
  note?: string;
  /** Per-stem factors (completions of a typed prefix: the more common a completion, the likelier). */
  factors?: Record<string, number>;
}

export interface QueryGroup {
  /** The word (or phrase) as typed. */
  word: string;
  alternatives: Alternative[];
  /** Set when the word was unknown and corrected. */
  correctedTo?: string;
  /** A generic head word ("disease"): a code that lacks it loses no coverage (it still adds when held). */
  optional?: boolean;
}

/**
 * Generic head words of condition names. The ICD-10-CM index files a condition under its own name
 * ("Dystonia", "Disorder, ear"; "Disease, diseased — see also Syndrome"), so "dystonic disease" or
 * "auditory system disease" names the condition without the head word: a code lacking it should not
 * lose coverage to codes that merely hold "disease".
 */
export const GENERIC_HEAD_WORDS: ReadonlySet<string> = new Set(['disease', 'diseases', 'disorder', 'disorders', 'system', 'systems']);

/** Weights of the ways to match a word (mutable for the relevance benchmark's sweeps). */
export const WEIGHT = {
  word: 1,
  prefix: 0.95,
  abbreviation: 0.95,
  phrase: 1,
  vocabulary: 0.85,
  wordParts: 0.7,
  correction: 0.85,
};

/** Completions of the last word considered while typing. */
const PREFIX_COMPLETIONS = 16;
/** A completion held by a fraction f of the docs of the most common one counts f^COMPLETION_DAMPING. */
const COMPLETION_DAMPING = 0.25;

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

const byFrom = (entries: readonly VocabularyEntry[]) => new Map(entries.map((e) => [e.from, e]));
const LAY = byFrom(LAY_WORDS);
const PROC = byFrom(PROCEDURE_WORDS);
/** The singular of a plural word as written ("defects" → "defect", "fistulae" → "fistula"), or null. */
export function singular(word: string): string | null {
  if (word.length < 5) return null;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ae')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return null;
}
/** A vocabulary entry for the word as typed, else for its singular. */
const entryOf = (map: Map<string, VocabularyEntry>, word: string): VocabularyEntry | undefined => {
  const own = map.get(word);
  if (own) return own;
  const one = singular(word);
  return one ? map.get(one) : undefined;
};
const PHRASE_LIST = PHRASES.map((p) => ({ entry: p, words: tokenize(p.from).filter((w) => !STOP_WORDS.has(w)) })).sort(
  (a, b) => b.words.length - a.words.length,
);
const SUFFIXES = [...PROCEDURE_SUFFIXES].sort((a, b) => b.from.length - a.from.length);
const PARTS = [...BODY_PARTS].sort((a, b) => b.from.length - a.from.length);

const stems = (words: string[]) => words.map((w) => stem(w));
const toParts = (to: string[][]) => to.map(stems);
/** Within a part of an entry, the first word is the usual reading: each later one counts 5 % less. */
function readingFactors(parts: string[][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of parts)
    part.forEach((t, i) => {
      out[t] = Math.min(out[t] ?? 1, 1 - 0.05 * i);
    });
  return out;
}

/** The meaning of a procedure word from its parts: body-part forms, then the suffix. */
export function wordParts(word: string): { parts: string[][]; note: string; bodyParts: number } | null {
  const suffix = SUFFIXES.find((s) => word.endsWith(s.from) && word.length >= s.from.length + 3);
  if (!suffix) return null;
  let rest = word.slice(0, word.length - suffix.from.length);
  const body: VocabularyEntry[] = [];
  while (rest.length >= 2) {
    const form = PARTS.find((p) => rest.startsWith(p.from));
    if (!form) break;
    body.push(form);
    rest = rest.slice(form.from.length).replace(/^[oi]/, '');
  }
  if (body.length === 0) {
    // An unlisted word part is often the body part's own name: sphenoid|ectomy, ethmoid|otomy.
    const root = word.slice(0, word.length - suffix.from.length).replace(/o$/, '');
    if (root.length < 4) return null;
    return { parts: [[root], ...toParts(suffix.to)], note: `${word} = ${root}+${suffix.from}`, bodyParts: 1 };
  }
  const bodyParts = body.flatMap((b) => toParts(b.to));
  const parts = [...bodyParts, ...toParts(suffix.to)];
  return { parts, note: `${word} = ${body.map((b) => b.from).join('+')}+${suffix.from}`, bodyParts: bodyParts.length };
}

function vocabularyAlternatives(word: string): Alternative[] {
  const out: Alternative[] = [];
  for (const e of [entryOf(LAY, word), entryOf(PROC, word)])
    if (e)
      out.push({
        parts: toParts(e.to),
        weight: WEIGHT.vocabulary,
        via: 'vocabulary',
        note: `${word} → ${e.to.map((p) => p.join('/')).join(' ')}`,
      });
  if (out.length === 0) {
    const parts = wordParts(word);
    if (parts)
      out.push({ parts: parts.parts, weight: WEIGHT.wordParts, via: 'word parts', note: parts.note, factors: readingFactors(parts.parts) });
  }
  return out;
}

/**
 * "peri" + a body part names the body part: ICD-10-PCS Official Guidelines B4.1c ("If the prefix
 * 'peri' is combined with a body part to identify the site of the procedure, and the site of the
 * procedure is not further specified, then the procedure is coded to the body part named"),
 * https://www.cms.gov/medicare/coding-billing/icd-10-codes (ICD-10-PCS Official Guidelines).
 * periprostatic → prostatic (prostate), perirectal → rectal (rectum).
 */
function periAlternatives(word: string): Alternative[] {
  if (!word.startsWith('peri') || word.length < 9) return [];
  const rest = word.slice(4);
  return [
    { parts: [[stem(rest)]], weight: WEIGHT.vocabulary, via: 'vocabulary', note: `${word} → ${rest} (PCS guideline B4.1c)` },
    ...vocabularyAlternatives(rest).map((a) => ({ ...a, weight: Math.min(a.weight, WEIGHT.vocabulary), note: `${word} → ${a.note}` })),
  ];
}

export interface GroupContext {
  postings: PostingsReader;
  expansions: Expansions;
  speller: () => Speller;
}

/** Keep only stems some doc holds; drop parts and alternatives left empty. */
function known(ctx: GroupContext, alts: Alternative[]): Alternative[] {
  return alts.flatMap((a) => {
    const parts = a.parts.map((p) => [...new Set(p)].filter((t) => ctx.postings.df(t) > 0));
    if (parts.some((p) => p.length === 0) && a.parts.length === 1) return [];
    const kept = parts.filter((p) => p.length > 0);
    if (kept.length === 0) return [];
    // A part no doc holds still counts in the reading's share: "myring|oplasty" with an unknown
    // "myring" is half a meaning, not the whole meaning of "-plasty".
    return [{ ...a, parts: kept, weight: (a.weight * kept.length) / a.parts.length }];
  });
}

function wordGroup(ctx: GroupContext, word: string, prefix: boolean, correct: boolean): QueryGroup {
  const alts: Alternative[] = [];
  const completions = prefix ? ctx.postings.withPrefix(word, PREFIX_COMPLETIONS) : [];
  // While typing, the word as typed is one of its completions ("fract" is the stem of "fraction"
  // but more often the start of "fracture"), not a word of its own.
  if (completions.length === 0) alts.push({ parts: [[stem(word)]], weight: WEIGHT.word, via: 'word' });
  else {
    {
      // The typed prefix is one word: every completion weighs as specific as the most common one,
      // and counts less the rarer it is.
      const top = ctx.postings.df(completions[0] as string);
      const n = ctx.postings.docCount;
      const factors = Object.fromEntries(
        completions.map((c) => {
          const df = ctx.postings.df(c);
          return [c, (df / top) ** COMPLETION_DAMPING * (idf(n, top) / idf(n, df))];
        }),
      );
      alts.push({ parts: [completions], weight: WEIGHT.prefix, via: 'prefix', factors });
    }
  }
  for (const expansion of (ctx.expansions.byAbbr.get(word) ?? []).slice(0, 3))
    alts.push({
      parts: expansion.map((w) => [stem(w)]),
      weight: WEIGHT.abbreviation,
      via: 'abbreviation',
      note: `${word} → ${expansion.join(' ')}`,
    });
  const readings = vocabularyAlternatives(word);
  alts.push(...readings);
  alts.push(...periAlternatives(word));
  const group: QueryGroup = { word, alternatives: known(ctx, alts) };
  // A word read whole by the vocabulary or by its parts (every part known: "hepatoplasty" = liver +
  // repair) is understood, not misspelt: correcting it to a look-alike ("septoplasty") would add a
  // wrong meaning and report a correction that did not happen.
  const understood = readings.some((a) => a.parts.every((p) => p.some((t) => ctx.postings.df(t) > 0)));
  if (correct && !prefix && !understood && ctx.postings.df(stem(word)) === 0 && !ctx.expansions.byAbbr.has(word)) {
    const to = ctx.speller().correct(word);
    if (to) {
      const fixed = known(ctx, [
        { parts: [[stem(to)]], weight: WEIGHT.correction, via: 'correction', note: `${word}→${to}` },
        ...vocabularyAlternatives(to).map((a) => ({ ...a, weight: a.weight * WEIGHT.correction })),
      ]);
      if (fixed.length > 0) {
        group.alternatives.push(...fixed);
        group.correctedTo = to;
      }
    }
  }
  return group;
}

/**
 * Word groups of a query's words (stop words already dropped). `prefixLast`: the last word may be
 * the start of a longer word (typing). `correct`: unknown words get their nearest known word.
 */
export function queryGroups(
  ctx: GroupContext,
  words: string[],
  prefixLast: boolean,
  correct: boolean,
  optionalWords: ReadonlySet<string> = new Set(),
): QueryGroup[] {
  const groups: QueryGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const typing = (k: number) => prefixLast && i + k === words.length - 1 && (words[i + k] as string).length >= 3;
    const phrase = PHRASE_LIST.find(
      (p) => p.words.length > 0 && p.words.every((w, k) => words[i + k] === w || (typing(k) && w.startsWith(words[i + k] as string))),
    );
    if (phrase) {
      const typed = phrase.words;
      const alts = known(ctx, [
        { parts: typed.map((w, k) => [stem(words[i + k] === w ? w : (words[i + k] as string))]), weight: WEIGHT.phrase, via: 'word' },
        {
          parts: toParts(phrase.entry.to),
          weight: WEIGHT.phrase,
          via: 'vocabulary',
          note: `${phrase.entry.from} → ${phrase.entry.to.map((p) => p.join('/')).join(' ')}`,
        },
      ]);
      groups.push({ word: typed.join(' '), alternatives: alts });
      i += typed.length;
      continue;
    }
    const word = words[i] as string;
    groups.push(wordGroup(ctx, word, prefixLast && i === words.length - 1, correct));
    i += 1;
  }
  const generic = groups.filter((g) => GENERIC_HEAD_WORDS.has(g.word) || optionalWords.has(g.word));
  if (generic.length < groups.length) for (const g of generic) g.optional = true;
  return groups;
}

/** A word the query says a code should not have ("non-congenital", "without internal fixation"). */
export interface Negation {
  stem: string;
  /** "without" excludes from procedure codes only: diagnosis titles say "without complications" themselves. */
  procedureOnly: boolean;
}

/** Words after "without" that it governs, at most. */
const WITHOUT_SPAN = 2;

/**
 * What a word negated for procedure codes also excludes: the one meaning a procedure word has in the
 * vocabulary ("reduction" is Reposition: "without fracture reduction" is no Reposition) and the body
 * part a word names by its parts ("without adenoidectomy": not the adenoids).
 */
function negatedReadings(word: string): string[] {
  const entry = entryOf(PROC, word);
  if (entry) return entry.to.length === 1 && (entry.to[0] as string[]).length === 1 ? stems(entry.to[0] as string[]) : [];
  const parts = wordParts(word);
  return parts ? parts.parts.slice(0, parts.bodyParts).flat() : [];
}

/**
 * Split the negated words off a query's words: "non"/"not" negate the next word (dropped from the
 * words); "without" negates up to WITHOUT_SPAN following words for procedure codes (kept as words),
 * and their procedure readings, not past the end of its clause (`clauseStarts`: words that follow a
 * comma or a bracket — "without replacement, wrist" does not negate the wrist).
 */
export function negations(
  words: string[],
  clauseStarts: ReadonlySet<string> = new Set(),
): { words: string[]; negated: Negation[]; optional: Set<string> } {
  const kept: string[] = [];
  const negated: Negation[] = [];
  // "without" and the words it governs: a code lacking them loses no coverage.
  const optional = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as string;
    if ((w === 'non' || w === 'not') && i + 1 < words.length) {
      negated.push({ stem: stem(words[i + 1] as string), procedureOnly: false });
      i += 1;
      continue;
    }
    if (w === 'without') {
      optional.add(w);
      for (let k = 1; k <= WITHOUT_SPAN && i + k < words.length && words[i + k] !== 'with'; k += 1) {
        const next = words[i + k] as string;
        if (k > 1 && clauseStarts.has(next)) break;
        optional.add(next);
        for (const t of new Set([stem(next), ...negatedReadings(next)])) negated.push({ stem: t, procedureOnly: true });
      }
    }
    kept.push(w);
  }
  return { words: kept.length > 0 ? kept : words, negated, optional };
}
