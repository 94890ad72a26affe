/**
 * Text normalisation shared by the search index build and query time (features/search): the same
 * tokens, stop words and light stemming on both sides, so exact matches and vocabularies agree.
 * Full-text retrieval itself uses FTS5's porter tokenizer; these rules only decide "same words".
 */

/** Words that never decide a match (dropped from required terms and from word sets). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'i',
  'in',
  'into',
  'is',
  'it',
  'my',
  'of',
  'on',
  'or',
  's',
  'the',
  'to',
]);

/** Words ignored when comparing whole titles or terms ("Pain, unspecified" is the same as "pain"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['unspecified', 'nos', 'nec', 'other']);

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, diacritics removed, split on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  // Plain ASCII (almost every official text) needs no Unicode folding: the same tokens, faster.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0);
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Text without its parenthesised or bracketed parts (ICD-10-CM nonessential modifiers). */
export function essentialText(text: string): string {
  return text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
}

const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ies',
  'ied',
  'ium',
  'ial',
  'ive',
  'ous',
  'ity',
  'ed',
  'es',
  'ic',
  'al',
  'um',
  'ly',
  'us',
  's',
  'e',
  'y',
  'a',
];

/**
 * A light stemmer: strips common English suffixes while at least four letters remain
 * (infarction → infarct, myocardium/myocardial → myocard, fractured/fracture → fractur,
 * hypertension/hypertensive → hypertens; the Latin and Greek nouns of anatomy meet their adjectives:
 * esophagus/esophageal → esophag, trachea/tracheal → trache, cornea/corneal → corne).
 */
export function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  let w = word;
  for (let round = 0; round < 3; round += 1) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 4);
    if (!suffix) break;
    w = w.slice(0, w.length - suffix.length);
    if (suffix === 'ies' || suffix === 'ied') w += 'y';
  }
  // A build stems the same ~50,000 words millions of times; the memo is bounded for query time
  // (entries, and characters: longer words are stemmed each time).
  if (word.length > MAX_STEM_MEMO_WORD) return w;
  if (STEMS.size >= MAX_STEMS) STEMS.clear();
  STEMS.set(word, w);
  return w;
}

const STEMS = new Map<string, string>();
export const MAX_STEMS = 200_000;
const MAX_STEM_MEMO_WORD = 40;

/** Words held by the stemmer's memo. */
export function stemMemoSize(): number {
  return STEMS.size;
}

/** The stemmed words of a text that decide a match: no stop words, no filler words, no duplicates. */
export function wordSet(text: string): string[] {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    if (STOP_WORDS.has(token) || FILLER_WORDS.has(token)) continue;
    out.add(stem(token));
  }
  return [...out];
}

/** Texts of more words than this get no exact-words key (exact queries are short). */
const MAX_EXACT_WORDS = 8;

/** A key equal for texts with the same words in any order and case: "Fracture of radius" = "radius fractures". */
export function exactKey(text: string): string {
  return exactKeyOfWords(wordSet(text));
}

/** exactKey() of a text whose wordSet() is already known. */
export function exactKeyOfWords(words: readonly string[]): string {
  return words.length > MAX_EXACT_WORDS ? '' : [...words].sort().join(' ');
}
