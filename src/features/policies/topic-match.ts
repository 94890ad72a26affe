/**
 * Topic matching: a policy that names no code (the MCD list has titles only) is linked to the codes
 * whose descriptor speaks of its topic. Words are cut and stemmed by the search engine's tokeniser
 * (core/text.ts). A title "<procedure or device> for <condition>" is split: the procedure
 * part is matched against procedure, supply and drug codes (ICD-10-PCS, HCPCS, CPT), the condition
 * part against diagnoses (ICD-10-CM). A title word is matched by itself or by one of its procedure
 * and lay equivalents (EQUIVALENTS: "arthroplasty" = "replacement" + "joint", "kidney" = "renal").
 * The score of a code is the share of the (part's) content words found in its descriptor; a link is
 * kept when the score reaches TOPIC_MIN_SCORE, at least TOPIC_MIN_WORDS words match and the part's
 * rarest word is among them (descriptors over TOPIC_MAX_DESCRIPTOR_WORDS words are left out), at most
 * TOPIC_MAX_LINKS per policy (best score, then the shortest descriptor). docs/policies.md says why.
 * Topic links are always labelled "topic match": the policy does not list these codes.
 */
import { isProcedureSystem } from '../../core/systems.js';
import { stem as searchStem, tokenize } from '../../core/text.js';

/**
 * Share of the title's content words that the descriptor must contain: every word of a title of up
 * to three content words, all but one of four, four of five, and so on.
 */
const TOPIC_MIN_SCORE = 0.75;
/** Matched words needed, whatever the share (a one-word title needs its one word). */
const TOPIC_MIN_WORDS = 1;

/** How many of `n` title stems a descriptor must contain. */
export function requiredMatches(n: number): number {
  return Math.max(TOPIC_MIN_WORDS, Math.ceil(n * TOPIC_MIN_SCORE - 1e-9));
}
/** Descriptors longer than this (quality-measure and training codes) mention too much to match a topic. */
const TOPIC_MAX_DESCRIPTOR_WORDS = 30;
/** Links kept per policy. */
const TOPIC_MAX_LINKS = 25;
/** A title whose words are all common (fewer than this many letters in content words) gets no links. */
const MIN_CONTENT_LETTERS = 5;

/** MCD title boilerplate and words that say nothing about a clinical topic. */
const STOP = new Set(
  (
    'a an and or of the for with without in on to by from at as via per not other than into ' +
    'billing coding article articles policy policies response responses comment comments lcd lcds ncd medicare ' +
    'coverage local national determination determinations guideline guidelines service services ' +
    'moldx use using certain related including include includes indication indications ' +
    'limitation limitations medical necessity requirement requirements documentation ' +
    'item items program programs supplier suppliers part b non total procedure procedures'
  ).split(/\s+/),
);

/** Spellings and forms that are one word for matching (applied to tokens before stemming). */
const SAME_WORD: Record<string, string> = {
  orthoses: 'orthosis',
  orthotic: 'orthosis',
  orthotics: 'orthosis',
  prostheses: 'prosthesis',
  prosthetic: 'prosthesis',
  prosthetics: 'prosthesis',
  apnoea: 'apnea',
  tumour: 'tumor',
  tumours: 'tumor',
  haemodialysis: 'hemodialysis',
  cpap: 'cpap',
};

/**
 * Procedure and lay equivalents: a title word (key, stemmed) is also matched when a descriptor has
 * every word of one alternative. Kept small and specific: each pair was checked on the judged set
 * (bench/policy-links/judged.tsv).
 */
const EQUIVALENT_WORDS: Array<[string, string[]]> = [
  ['arthroplasty', ['replacement joint', 'arthroplasty']],
  ['cpap', ['continuous positive airway pressure']],
  ['kidney', ['renal']],
  ['renal', ['kidney']],
  ['heart', ['cardiac']],
  ['cardiac', ['heart']],
  ['lung', ['pulmonary']],
  ['pulmonary', ['lung']],
  ['cancer', ['malignant neoplasm']],
  ['tumor', ['neoplasm']],
  ['imaging', ['scan', 'imaging']],
  ['mri', ['magnetic resonance']],
  ['glucose', ['blood sugar']],
  ['wheelchair', ['wheelchair']],
  ['hearing', ['auditory']],
  ['vision', ['visual']],
  ['debridement', ['debridement']],
  ['transplantation', ['transplantation', 'transfusion']],
  ['ct', ['computerized tomography', 'ct']],
];

/**
 * Procedure and device words. In a diagnosis they describe a status or a complication ("following
 * cataract surgery", "fusion of spine", "prosthetic orbit", "drug therapy"), not the condition a
 * policy is for: an ICD-10-CM code is never matched through them.
 */
const PROCEDURE_WORDS = new Set(
  (
    'surgery surgical therapy therapies fusion prosthesis prostheses prosthetic implant implantation transplant transplantation ' +
    'arthroplasty replacement injection injections infusion test testing imaging scan device devices pump pumps orthosis ' +
    'orthoses graft stimulation stimulator debridement ablation repair removal biopsy endoscopy transfusion screening ' +
    'monitor monitoring treatment treatments management manipulation fixation'
  )
    .split(/\s+/)
    .map((w) => searchStem(SAME_WORD[w] ?? w)),
);

/** Of a diagnosis descriptor's own content words, the share a title must account for. */
const TOPIC_MIN_DIAGNOSIS_COVER = 0.4;

/** The search engine's stemmer, after folding spellings that are one word (SAME_WORD). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  return searchStem(SAME_WORD[w] ?? w);
}

/** Words of a text: the search engine's tokeniser. */
export function words(text: string): string[] {
  return tokenize(text);
}

/** Stemmed equivalents: title stem → alternatives, each a list of stems that must all be present. */
const EQUIVALENTS = new Map<string, string[][]>(EQUIVALENT_WORDS.map(([word, alts]) => [stem(word), alts.map((a) => words(a).map(stem))]));

/** The alternatives of a title stem (each a list of stems that must all be present). */
export function equivalentsOf(s: string): string[][] {
  return EQUIVALENTS.get(s) ?? [];
}

/** Does a descriptor's stem set hold the title stem, itself or through an equivalent? */
function holds(have: ReadonlySet<string>, s: string): boolean {
  if (have.has(s)) return true;
  return (EQUIVALENTS.get(s) ?? []).some((alt) => alt.every((w) => have.has(w)));
}

/** The descriptor stems a title stem accounts for (itself, or the words of the equivalent found). */
function coveredBy(have: ReadonlySet<string>, s: string): string[] {
  if (have.has(s)) return [s];
  return (EQUIVALENTS.get(s) ?? []).find((alt) => alt.every((w) => have.has(w))) ?? [];
}

/**
 * Title words found directly in the descriptor appear there in the title's order ("positive airway
 * pressure device" is not "device, alternating positive and negative airway pressure"): taking the
 * descriptor's first occurrences, each next word must follow the previous one somewhere in the title.
 */
function inTitleOrder(title: string, matched: readonly string[], descriptorStems: readonly string[]): boolean {
  const direct = matched.filter((m) => descriptorStems.includes(m));
  if (direct.length < 3) return true;
  const titleStems = words(title.replace(/\([^)]*\)/g, ' ')).map(stem);
  const order = [...direct].sort((a, b) => descriptorStems.indexOf(a) - descriptorStems.indexOf(b));
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1] as string;
    const b = order[i] as string;
    const firstA = titleStems.indexOf(a);
    if (firstA < 0 || titleStems.lastIndexOf(b) < firstA) return false;
  }
  return true;
}

/** Content stems of a descriptor (parenthesised parts, stop and filler words left out). */
function descriptorContent(display: string): string[] {
  return [
    ...new Set(
      words(display.replace(/\([^)]*\)/g, ' '))
        .filter((w) => !STOP.has(w) && !FILLER.has(w) && !/^\d+$/.test(w))
        .map(stem),
    ),
  ];
}

const FILLER = new Set(['unspecified', 'other', 'nos', 'nec', 'site', 'type', 'each', 'any', 'right', 'left', 'bilateral']);

/**
 * Whether a candidate code passes the rules beyond the score (docs/policies.md): diagnoses are not
 * matched through procedure words and must be mostly about the title's condition; matched title
 * words keep their order in the descriptor; a procedure code that names a purpose ("testing for X")
 * must share a word of the title's condition.
 */
function passesRules(title: string, system: string, stems: readonly string[], matched: readonly string[], display: string): boolean {
  const descriptorStems = words(display).map(stem);
  if (!inTitleOrder(title, matched, descriptorStems)) return false;
  const have = new Set(descriptorStems);
  if (!isProcedureSystem(system)) {
    const usable = matched.filter((m) => !PROCEDURE_WORDS.has(m));
    if (usable.length < requiredMatches(stems.length)) return false;
    const content = descriptorContent(display);
    const covered = new Set(usable.flatMap((m) => coveredBy(have, m)));
    if (content.length > 0 && content.filter((c) => covered.has(c)).length / content.length < TOPIC_MIN_DIAGNOSIS_COVER) return false;
    return true;
  }
  const parts = titleParts(title);
  if (parts.condition && /\bfor\b/i.test(display)) {
    const condition = partStems(parts.condition);
    if (!condition.some((c) => holds(have, c))) return false;
  }
  return true;
}

/**
 * A title's parts: the procedure or device it is about and, after "for"/"in the treatment of", the
 * condition. `condition` is empty when the title names none.
 */
export function titleParts(title: string): { procedure: string; condition: string } {
  const cleaned = title.replace(/\([^)]*\)/g, ' ').replace(/^(billing and coding|response to comments|moldx)\s*:\s*/gi, '');
  const m =
    /^(.+?)\s+(?:for|in)\s+(?:the\s+)?(?:treatment|management|diagnosis|evaluation)\s+of\s+(.+)$/i.exec(cleaned) ??
    /^(.+?)\s+for\s+(?:patients\s+with\s+)?(.+)$/i.exec(cleaned);
  if (!m) return { procedure: cleaned, condition: '' };
  return { procedure: m[1] as string, condition: m[2] as string };
}

/** The stems a title is matched by (deduplicated, in order). Empty when the title says nothing specific. */
export function topicStems(title: string): string[] {
  const cleaned = title.replace(/\([^)]*\)/g, ' ').replace(/^(billing and coding|response to comments|moldx)\s*:\s*/gi, '');
  return partStems(cleaned);
}

/** Stems of one part of a title. */
function partStems(cleaned: string): string[] {
  const stems = [
    ...new Set(
      words(cleaned)
        .filter((w) => !STOP.has(w) && !/^\d+$/.test(w))
        .map(stem),
    ),
  ];
  const letters = stems.join('').replace(/[^a-z]/g, '').length;
  return letters >= MIN_CONTENT_LETTERS ? stems : [];
}

export interface TopicCandidate {
  system: string;
  key: string;
  display: string;
}

interface TopicLinkChoice extends TopicCandidate {
  score: number;
  matched: string[];
}

/** Score of a descriptor for a title's stems: the share of stems it contains, and which. */
function topicScore(stems: readonly string[], display: string): { score: number; matched: string[] } {
  if (stems.length === 0) return { score: 0, matched: [] };
  const have = new Set(words(display).map(stem));
  const matched = stems.filter((s) => holds(have, s));
  return { score: matched.length / stems.length, matched };
}

/**
 * The stems a code is matched by for a title: the procedure part for procedure systems and the
 * condition part for diagnoses when the title has both; the whole title otherwise.
 */
function stemsForSystem(title: string, system: string): string[] {
  const parts = titleParts(title);
  if (!parts.condition) return topicStems(title);
  const part = isProcedureSystem(system) ? parts.procedure : parts.condition;
  const stems = partStems(part);
  return stems.length > 0 ? stems : topicStems(title);
}

/** Every stem set a title may be matched by (for candidate lookup). */
export function titleStemSets(title: string): string[][] {
  const parts = titleParts(title);
  const sets = parts.condition ? [partStems(parts.procedure), partStems(parts.condition)] : [topicStems(title)];
  return sets.filter((s) => s.length > 0);
}

/**
 * The topic links kept for a title among candidate codes (from the search engine or the word index).
 * `frequency` gives the number of descriptors holding a stem: the title's rarest stem (its most
 * specific word, "braf" in "FDA-Approved BRAF Tests") must always be matched.
 */
export function chooseTopicLinks(
  title: string,
  candidates: readonly TopicCandidate[],
  frequency?: (stem: string) => number,
): TopicLinkChoice[] {
  if (topicStems(title).length === 0) return [];
  const rarestOf = new Map<string, string | undefined>();
  const seen = new Set<string>();
  const kept: TopicLinkChoice[] = [];
  for (const c of candidates) {
    const id = `${c.system}|${c.key}`;
    if (seen.has(id) || c.display.trim() === '' || words(c.display).length > TOPIC_MAX_DESCRIPTOR_WORDS) continue;
    seen.add(id);
    const stems = stemsForSystem(title, c.system);
    const partKey = stems.join(' ');
    if (!rarestOf.has(partKey)) rarestOf.set(partKey, frequency ? [...stems].sort((a, b) => frequency(a) - frequency(b))[0] : undefined);
    const rarest = rarestOf.get(partKey);
    const { score, matched } = topicScore(stems, c.display);
    if (matched.length < requiredMatches(stems.length) || (rarest && !matched.includes(rarest))) continue;
    if (passesRules(title, c.system, stems, matched, c.display)) kept.push({ ...c, score, matched });
  }
  kept.sort((a, b) => b.score - a.score || a.display.length - b.display.length || a.key.localeCompare(b.key));
  return kept.slice(0, TOPIC_MAX_LINKS);
}
