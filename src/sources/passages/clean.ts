/**
 * Passage text as it is stored: boilerplate removed at import (docs/articles.md). Sentences that
 * are page furniture ("click", "the table below", dictionary links), a list announced but absent,
 * leading questions ("What is asthma?") and reference lists never reach a page; a text that must be
 * shortened is cut at a sentence end and never inside a list. What is left must be a sentence.
 */
import { boilerplateProblems } from '../../core/passage-fit.js';

/** Passages are quoted up to about this many characters. */
const MAX_PASSAGE_CHARS = 900;
const MIN_PASSAGE_CHARS = 20;

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.?!])\s+(?=[A-Z0-9"“(])/)
    .filter(Boolean);
}

function isFurniture(sentence: string): boolean {
  return boilerplateProblems(sentence).some((p) => !p.startsWith('truncated'));
}

/** Whole sentences up to `max` characters; never ends on a sentence that opens a list (":"). */
function cutAtSentence(parts: string[], max = MAX_PASSAGE_CHARS): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const s of parts) {
    if (length + s.length > max && kept.length > 0) break;
    if (length + s.length > max) return [];
    kept.push(s);
    length += s.length + 1;
  }
  const cut = kept.length < parts.length;
  // A cut inside or right after a list opener leaves the list half-told: drop the opener and what follows it.
  if (cut) {
    const opener = kept.findIndex((s) => /:/.test(s));
    if (opener >= 0) kept.splice(opener);
  }
  while (kept.length > 0 && /:\s*$/.test(kept.at(-1) as string)) kept.pop();
  return kept;
}

/** The passage text fit to quote, or null when nothing but boilerplate is left. */
export function cleanPassageText(raw: string, max = MAX_PASSAGE_CHARS): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (boilerplateProblems(text).some((p) => p.startsWith('a reference'))) return null;
  const parts = sentences(text).filter((s) => !isFurniture(s));
  while (parts.length > 0 && (parts[0] as string).endsWith('?')) parts.shift();
  // A closing line that is no sentence (a credit such as "NIH: National Institute of …") is dropped, not the passage.
  while (parts.length > 1 && !/[.?!)"”]$/.test(parts.at(-1) as string)) parts.pop();
  const kept = cutAtSentence(parts, max);
  if (kept.length === 0 || kept.every((s) => s.endsWith('?'))) return null;
  const out = kept.join(' ');
  if (out.length < MIN_PASSAGE_CHARS || boilerplateProblems(out).length > 0) return null;
  return out;
}
