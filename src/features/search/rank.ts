/**
 * Why a hit matched, and the tiers of code-shaped queries (docs/search-ranking.md rules 1–2). Word
 * queries are scored by scorer.ts.
 */
/** Why a hit matched (docs/search-ranking.md); app/view-schemas.ts declares the API's enum from this list. */
export const MATCH_FIELDS = [
  'code',
  'code-prefix',
  'code-range',
  'title',
  'index',
  'inclusion',
  'synonym',
  'abbreviation',
  'correction',
  'vocabulary',
  'category',
] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** Tiers of code-shaped queries (rules 1–2): a code above what lies under it or in a range. */
export const TIER = {
  exactCode: 100,
  codePrefix: 90,
} as const;

export interface Match {
  field: MatchField;
  text: string;
}

export interface Candidate {
  doc: number;
  tier: number;
  matched: Match[];
}
