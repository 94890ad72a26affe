/**
 * Where similar-code candidates come from: siblings and cousins in the hierarchy, codes with similar
 * descriptors and index terms (text neighbours computed at build time), codes that share a GEM
 * target, and codes listed in the same policies (policyNeighbours: empty until a build has
 * policy_codes rows).
 */

import type { CodeRow, ReadStore } from '../codes/index.js';
import { PATH_SEPARATOR } from '../codes/index.js';
import { policyNeighbours } from '../policies/index.js';
import { crosswalkNeighbours } from '../relations/index.js';
import { childKeys, childKeysWithPrefix, cousinKeys, similarByText } from './queries.js';
import type { Candidate } from './rank.js';

const MAX_SIBLINGS = 60;
/** Widen the shared prefix until at least this many siblings (the code itself included) are found. */
const MIN_NEAR_SIBLINGS = 8;

/**
 * Keys of a code's siblings; under a large parent (an ICD-10-PCS table holds hundreds of codes) the
 * ones sharing the longest key prefix with it, so 0SRC0JZ gets the other right-knee replacements, not
 * the hips. Keys only: the ranking reads the codes it keeps.
 */
function nearestSiblings(store: ReadStore, row: CodeRow): string[] {
  const parent = row.parent as string;
  // One more than the cap tells a large parent from a small one without counting its children.
  const siblings = childKeys(store, row.system, row.release, parent, MAX_SIBLINGS + 1);
  if (siblings.length <= MAX_SIBLINGS) return siblings;
  // Range groups (J0120-J8499) are not prefixes of their codes; tables and categories are.
  const floor = row.key.startsWith(parent) ? parent.length : 0;
  for (let length = row.key.length - 1; length > floor; length -= 1) {
    const near = childKeysWithPrefix(store, row.system, row.release, parent, row.key.slice(0, length), MAX_SIBLINGS);
    if (near.length > MIN_NEAR_SIBLINGS) return near;
  }
  return siblings.slice(0, MAX_SIBLINGS);
}

function hierarchyCandidates(store: ReadStore, row: CodeRow): Candidate[] {
  if (row.parent === null) return [];
  const out: Candidate[] = [];
  for (const key of nearestSiblings(store, row)) out.push({ key, reason: 'sibling', strength: 1, detail: `also under ${row.parent}` });
  const path = row.path.split(PATH_SEPARATOR);
  const grandparent = path.length >= 3 ? path[path.length - 3] : undefined;
  if (grandparent) {
    for (const key of cousinKeys(store, row.system, row.release, grandparent, row.parent)) {
      out.push({ key, reason: 'cousin', strength: 1, detail: `in a neighbouring group under ${grandparent}` });
    }
  }
  return out;
}

export function similarCandidates(store: ReadStore, row: CodeRow): Candidate[] {
  const text = similarByText(store, row.system, row.key).map(
    (n): Candidate => ({
      key: n.key,
      reason: 'text',
      strength: n.score,
      detail: `similar descriptor and index terms (cosine ${n.score.toFixed(2)})`,
    }),
  );
  const crosswalk = crosswalkNeighbours(store, row.system, row.key).map(
    (key): Candidate => ({ key, reason: 'crosswalk', strength: 1, detail: 'maps to the same ICD-9 code in the GEMs' }),
  );
  const policies = policyNeighbours(store, row.system, row.key).map(
    (p): Candidate => ({
      key: p.key,
      reason: 'policy',
      strength: Math.min(1, p.policies / 3),
      detail: `listed in ${p.policies} of the same ${p.policies === 1 ? 'policy' : 'policies'}`,
    }),
  );
  return [...text, ...hierarchyCandidates(store, row), ...crosswalk, ...policies];
}
