/** Similar codes of one code: candidates (candidates.ts), ranked (rank.ts), each with its reasons. */
import { formatCode } from '../../core/codes.js';
import { AppError } from '../../core/errors.js';
import { type CodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { ReadStore } from '../codes/index.js';
import { candidateKeys, cptLabelsOf, parseSystem, resolveCode } from '../codes/index.js';
import { similarCandidates } from './candidates.js';
import { rankCandidates } from './rank.js';
import type { SimilarView } from './views.js';

const SIMILAR_ON_PAGE = 12;
const MAX_SIMILAR = 50;

export function similarCodes(store: ReadStore, systemInput: string, codeInput: string, limit = SIMILAR_ON_PAGE): SimilarView {
  const system = parseSystem(systemInput);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SIMILAR)
    throw new AppError('invalid', `limit must be 1 to ${MAX_SIMILAR}`, 'limit');
  const keys = candidateKeys(codeInput);
  const found = keys.map((k) => resolveCode(store, system, k)).find((r) => r !== null);
  if (!found) {
    throw new AppError(
      'not-found',
      `no ${SYSTEM_INFO[system].label} release has the code ${formatCode(system, keys.at(-1) ?? codeInput)}`,
      'code',
    );
  }
  const { row } = found;
  const candidates = similarCandidates(store, row);
  const wanted = [...new Set(candidates.map((c) => c.key))];
  const rows = new Map(store.codesByKeys(system, row.release, wanted).map((r) => [r.key, r]));
  const isCode = (k: string) => {
    const r = rows.get(k);
    return r && (r.kind === 'code' || r.kind === 'header' || r.kind === 'modifier') ? r.billable : null;
  };
  const ranked = rankCandidates(row.key, candidates, isCode, row.billable);
  const labels =
    system === 'cpt'
      ? cptLabelsOf(
          store,
          ranked.slice(0, limit).map((c) => c.key),
        )
      : new Map<string, string>();
  return {
    system: system as CodeSystemId,
    code: row.code,
    total: ranked.length,
    items: ranked.slice(0, limit).map((c) => {
      const r = rows.get(c.key);
      return {
        system: system as CodeSystemId,
        code: r?.code ?? c.key,
        display: r?.display || labels.get(c.key) || '',
        billable: c.billable,
        kind: r?.kind ?? 'code',
        score: Math.round(c.score * 1000) / 1000,
        reasons: c.reasons,
      };
    }),
  };
}
