/**
 * The spelling vocabulary (every word of the titles and terms, with its frequency) and abbreviations
 * learned from the official short titles: a short-title word missing from the long title that is a
 * prefix-anchored subsequence of a long-title word ("fx" ← "fracture", "unsp" ← "unspecified") is
 * counted as a pair; pairs seen at least MIN_PAIRS times and making up most uses of the short word are kept.
 */
import type Database from 'better-sqlite3';
import { tokenize } from '../../core/text.js';

const MIN_PAIRS = 5;
const MIN_SHARE = 0.5;

export function buildVocabulary(db: Database.Database): void {
  const freq = new Map<string, number>();
  const add = (text: string | null) => {
    if (!text) return;
    for (const w of tokenize(text)) if (w.length >= 3 && w.length <= 40 && /^\p{L}+$/u.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  };
  for (const r of db
    .prepare('SELECT c.display, c.short_display FROM search_docs d JOIN codes c ON c.id = d.code_id')
    .iterate() as Iterable<{
    display: string;
    short_display: string | null;
  }>) {
    add(r.display);
    add(r.short_display);
  }
  for (const r of db.prepare('SELECT text FROM search_terms').iterate() as Iterable<{ text: string }>) add(r.text);
  const insert = db.prepare('INSERT INTO search_vocab (word, freq) VALUES (?, ?)');
  for (const [w, n] of freq) insert.run(w, n);
}

function isAbbreviationOf(short: string, long: string): boolean {
  if (long.length <= short.length || long[0] !== short[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/** Pairs of one code: each short-title word not in the long title, with the first unused long word it abbreviates. */
export function abbreviationPairs(shortTitle: string, longTitle: string): Array<[string, string]> {
  const longWords = tokenize(longTitle);
  const longSet = new Set(longWords);
  const shortSet = new Set(tokenize(shortTitle));
  const used = new Set<number>();
  const pairs: Array<[string, string]> = [];
  for (const s of tokenize(shortTitle)) {
    if (longSet.has(s) || s.length < 2 || !/^\p{L}+$/u.test(s)) continue;
    const at = longWords.findIndex((l, i) => !used.has(i) && !shortSet.has(l) && isAbbreviationOf(s, l));
    if (at < 0) continue;
    used.add(at);
    pairs.push([s, longWords[at] as string]);
  }
  return pairs;
}

export function learnAbbreviations(db: Database.Database): void {
  const counts = new Map<string, Map<string, number>>();
  const longWords = new Map<string, number>();
  const rows = db.prepare(
    'SELECT c.display, c.short_display FROM search_docs d JOIN codes c ON c.id = d.code_id WHERE c.short_display IS NOT NULL AND c.short_display <> c.display',
  );
  for (const r of rows.iterate() as Iterable<{ display: string; short_display: string }>) {
    for (const w of new Set(tokenize(r.display))) longWords.set(w, (longWords.get(w) ?? 0) + 1);
    for (const [s, l] of abbreviationPairs(r.short_display, r.display)) {
      const m = counts.get(s) ?? new Map<string, number>();
      m.set(l, (m.get(l) ?? 0) + 1);
      counts.set(s, m);
    }
  }
  const insert = db.prepare('INSERT INTO search_abbreviations (abbr, expansion, pairs) VALUES (?, ?, ?)');
  for (const [abbr, m] of counts) {
    if ((longWords.get(abbr) ?? 0) >= 3) continue; // a word of long titles in its own right
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const ranked = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [expansion, n] of ranked.slice(0, 2)) if (n >= MIN_PAIRS && n / total >= MIN_SHARE) insert.run(abbr, expansion, n);
  }
}
