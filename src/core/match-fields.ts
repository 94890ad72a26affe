/** Why a hit matched (docs/search-ranking.md); features/codes/view-schemas.ts declares the API's enum from this list. */
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
