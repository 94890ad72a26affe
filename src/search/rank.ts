/**
 * The ranking rules of docs/search-ranking.md as tiers (pure). A hit's score is its tier; hits of
 * one tier keep the order their list gives (doc rank order or shortest term first), and lists are
 * concatenated from the highest tier down, each code kept at its first (best) place.
 */
/** Why a hit matched (the same words as app/views.ts MatchField). */
export type MatchField =
  | 'code'
  | 'code-prefix'
  | 'code-range'
  | 'title'
  | 'index'
  | 'inclusion'
  | 'synonym'
  | 'abbreviation'
  | 'correction'
  | 'vocabulary'
  | 'category';

export const TIER = {
  exactCode: 100,
  codePrefix: 90,
  exactTitle: 80,
  exactIndex: 76,
  exactSynonym: 74,
  titleWords: 70,
  termWords: 60,
  synonymWords: 50,
  spread: 40,
} as const;

/** Hits found only after a typo correction rank below every uncorrected hit. */
export const CORRECTION_PENALTY = 60;

export interface Match {
  field: MatchField;
  text: string;
}

export interface Candidate {
  doc: number;
  tier: number;
  matched: Match[];
}

/** Concatenate tier lists (already in rank order), keeping each doc's first place and adding later reasons. */
export function mergeCandidates(lists: Candidate[][]): Candidate[] {
  const byDoc = new Map<number, Candidate>();
  const out: Candidate[] = [];
  for (const list of lists) {
    for (const c of list) {
      const seen = byDoc.get(c.doc);
      if (seen) {
        for (const m of c.matched) {
          if (seen.matched.length < 4 && !seen.matched.some((x) => x.field === m.field && x.text === m.text)) seen.matched.push(m);
        }
        continue;
      }
      const copy = { ...c, matched: [...c.matched] };
      byDoc.set(c.doc, copy);
      out.push(copy);
    }
  }
  return out;
}
