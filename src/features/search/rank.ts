/**
 * Why a hit matched, and the tiers of code-shaped queries (docs/search-ranking.md rules 1–2). Word
 * queries are scored by scorer.ts.
 */
import type { MatchField } from '../../core/match-fields.js';

export { MATCH_FIELDS, type MatchField } from '../../core/match-fields.js';

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
