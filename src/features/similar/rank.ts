/**
 * Ranking of similar-code candidates (pure). Each reason adds a weight; a code found for several
 * reasons adds them up. Billable codes come first when the code shown is billable; then by score;
 * then by code. The code itself and duplicates never appear.
 */
/** Why a code is similar: the one list (views.ts declares the API's enum from it). */
export const SIMILAR_REASONS = ['sibling', 'cousin', 'text', 'crosswalk', 'policy'] as const;
type SimilarReason = (typeof SIMILAR_REASONS)[number];

export interface Candidate {
  key: string;
  reason: SimilarReason;
  /** 0..1: the text cosine, a policy share, or 1 for structural reasons. */
  strength: number;
  detail: string;
}

const REASON_WEIGHTS: Record<SimilarReason, number> = {
  text: 1.0,
  sibling: 0.6,
  crosswalk: 0.5,
  policy: 0.4,
  cousin: 0.25,
};

interface RankedCandidate {
  key: string;
  score: number;
  billable: boolean;
  reasons: Array<{ kind: SimilarReason; detail: string }>;
}

export function rankCandidates(
  self: string,
  candidates: Candidate[],
  billableOf: (key: string) => boolean | null,
  selfBillable: boolean,
): RankedCandidate[] {
  const byKey = new Map<string, RankedCandidate>();
  for (const c of candidates) {
    if (c.key === self) continue;
    const billable = billableOf(c.key);
    if (billable === null) continue; // not a code of the release shown
    const entry = byKey.get(c.key) ?? { key: c.key, score: 0, billable, reasons: [] };
    if (entry.reasons.some((r) => r.kind === c.reason)) continue;
    entry.score += REASON_WEIGHTS[c.reason] * c.strength;
    entry.reasons.push({ kind: c.reason, detail: c.detail });
    byKey.set(c.key, entry);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      (selfBillable ? Number(b.billable) - Number(a.billable) : 0) || b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
