/**
 * Topic matching: a policy that names no code (the MCD list has titles only) is linked to the codes
 * whose descriptor speaks of its topic. The score of a code is the share of the title's content
 * words (light-stemmed, stop words and MCD boilerplate removed) found in its descriptor; a link is
 * kept when the score reaches TOPIC_MIN_SCORE, at least TOPIC_MIN_WORDS words match and the title's
 * rarest word is among them (descriptors over TOPIC_MAX_DESCRIPTOR_WORDS words are left out), at most
 * TOPIC_MAX_LINKS per policy (best score, then the shortest descriptor). docs/policies.md says why.
 * Topic links are always labelled "topic match": the policy does not list these codes.
 */
import { stem as coreStem, tokenize } from '../core/text.js';

/**
 * Share of the title's content words that the descriptor must contain: every word of a title of up
 * to three content words, all but one of four, four of five, and so on.
 */
export const TOPIC_MIN_SCORE = 0.75;
/** Matched words needed, whatever the share (a one-word title needs its one word). */
export const TOPIC_MIN_WORDS = 1;

/** How many of `n` title stems a descriptor must contain. */
export function requiredMatches(n: number): number {
  return Math.max(TOPIC_MIN_WORDS, Math.ceil(n * TOPIC_MIN_SCORE - 1e-9));
}
/** Descriptors longer than this (quality-measure and training codes) mention too much to match a topic. */
export const TOPIC_MAX_DESCRIPTOR_WORDS = 30;
/** Links kept per policy. */
export const TOPIC_MAX_LINKS = 25;
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
    'item items program programs supplier suppliers part b non'
  ).split(/\s+/),
);

/** Stemming shared by titles and descriptors: the one stemmer of search and similar codes (core/text.ts). */
export function stem(word: string): string {
  return coreStem(word.toLowerCase().replace(/'s$/, ''));
}

/** Words of a text: the one tokeniser of search and similar codes (core/text.ts). */
export function words(text: string): string[] {
  return tokenize(text);
}

/** The stems a title is matched by (deduplicated, in order). Empty when the title says nothing specific. */
export function topicStems(title: string): string[] {
  const cleaned = title.replace(/\([^)]*\)/g, ' ').replace(/^(billing and coding|response to comments|moldx)\s*:\s*/gi, '');
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

export interface TopicLinkChoice extends TopicCandidate {
  score: number;
  matched: string[];
}

/** Score of a descriptor for a title's stems: the share of stems it contains, and which. */
export function topicScore(stems: readonly string[], display: string): { score: number; matched: string[] } {
  if (stems.length === 0) return { score: 0, matched: [] };
  const have = new Set(words(display).map(stem));
  const matched = stems.filter((s) => have.has(s));
  return { score: matched.length / stems.length, matched };
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
  const stems = topicStems(title);
  if (stems.length === 0) return [];
  const rarest = frequency ? [...stems].sort((a, b) => frequency(a) - frequency(b))[0] : undefined;
  const seen = new Set<string>();
  const kept: TopicLinkChoice[] = [];
  for (const c of candidates) {
    const id = `${c.system}|${c.key}`;
    if (seen.has(id) || c.display.trim() === '' || words(c.display).length > TOPIC_MAX_DESCRIPTOR_WORDS) continue;
    seen.add(id);
    const { score, matched } = topicScore(stems, c.display);
    if (matched.length >= requiredMatches(stems.length) && (!rarest || matched.includes(rarest))) kept.push({ ...c, score, matched });
  }
  kept.sort((a, b) => b.score - a.score || a.display.length - b.display.length || a.key.localeCompare(b.key));
  return kept.slice(0, TOPIC_MAX_LINKS);
}
