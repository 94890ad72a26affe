/**
 * Code history: the releases holding a code, the events computed at build time (added, deleted,
 * title revised, billable status changed; HCPCS dates; change lists), and the replacements the CDC
 * conversion tables give. See docs/crosswalks-history.md.
 */
import { formatCode } from '../../core/codes.js';
import { AppError } from '../../core/errors.js';
import { SYSTEM_INFO } from '../../core/systems.js';
import type { ReadStore } from '../codes/index.js';
import {
  candidateKeys,
  codeHistory,
  deletionOf,
  eventView,
  parseSystem,
  type ReplacementRow,
  replacedCodes,
  replacingCodes,
  resolveCode,
} from '../codes/index.js';
import type { HistoryView, ReplacementView } from './views.js';

function replacementView(system: string, row: ReplacementRow, side: 'old' | 'new'): ReplacementView {
  const sys = system as Parameters<typeof formatCode>[0];
  return {
    code: formatCode(sys, side === 'old' ? row.oldKey : row.newKey),
    codeEnd: side === 'old' && row.oldKeyEnd ? formatCode(sys, row.oldKeyEnd) : null,
    effectiveDate: row.effectiveDate,
    source: `CDC conversion table ${row.sourceRelease}`,
  };
}

export function historyOf(store: ReadStore, systemInput: string, codeInput: string): HistoryView {
  const system = parseSystem(systemInput);
  const keys = candidateKeys(codeInput);
  const found = keys.map((k) => resolveCode(store, system, k)).find((r) => r !== null);
  const key = found?.row.key ?? keys[keys.length - 1] ?? '';
  const rows = codeHistory(store, system, key);
  if (!found && rows.length === 0) {
    throw new AppError('not-found', `no ${SYSTEM_INFO[system].label} release has the code ${formatCode(system, key)}`, 'code');
  }
  const releases = store.releases().filter((r) => r.system === system);
  const events = rows.map((r) => eventView(r, releases));
  const holding = store.releasesOfKey(system, key);
  const deletion = deletionOf(events, found?.current ?? false);
  const complete = releases
    .filter((r) => r.complete)
    .map((r) => r.release)
    .sort();
  return {
    system,
    code: found?.row.code ?? rows[0]?.code ?? formatCode(system, key),
    display: found?.row.display ?? rows[0]?.displayBefore ?? '',
    releases: holding.map((id) => ({ id, label: releases.find((r) => r.release === id)?.label ?? id })),
    firstRelease: complete[0] ?? null,
    status: !found?.current ? 'deleted' : deletion ? 'deleted-pending' : 'current',
    events,
    replaced: replacedCodes(store, system, key).map((r) => replacementView(system, r, 'old')),
    replacedBy: replacingCodes(store, system, key).map((r) => replacementView(system, r, 'new')),
  };
}
