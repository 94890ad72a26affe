/** A code's status for its page: deleted (since when, replaced by what) and changes newer than the release shown. */
import { formatCode } from '../../core/codes.js';
import { resolveCode } from './code-resolve.js';
import { cptCurrency, dayAfter } from './cpt-currency.js';
import { codeHistory, type HistoryRow, replacingCodes } from './lifecycle.js';
import type { ReadStore } from './reader.js';
import type { ReleaseRow } from './rows.js';
import type { CodeStatusView, HistoryEventView } from './views.js';

export function eventView(row: HistoryRow, releases: ReleaseRow[]): HistoryEventView {
  const release = releases.find((r) => r.release === row.release);
  return {
    change: row.change,
    release: row.release,
    releaseLabel: release?.label ?? row.release,
    effectiveDate: row.effectiveDate,
    displayBefore: row.displayBefore,
    displayAfter: row.displayAfter,
    billableBefore: row.billableBefore,
    billableAfter: row.billableAfter,
    source: row.source,
    pending: release ? !release.complete : false,
  };
}

/** The deletion event that ends the code's life, if any (the newest one, complete release or change list). */
export function deletionOf(events: HistoryEventView[], inDefault: boolean): HistoryEventView | null {
  const deletions = events.filter((e) => e.change === 'deleted');
  const last = deletions.at(-1) ?? null;
  if (!last) return null;
  const readded = events.some((e) => e.change === 'added' && e.effectiveDate > last.effectiveDate);
  if (readded) return null;
  return inDefault && !last.pending && !last.source.startsWith('hcpcs') ? null : last;
}

/** For a code page: is the code deleted (or about to be), since when, and what replaced it. */
export function statusOf(store: ReadStore, system: string, key: string, current: boolean): CodeStatusView | null {
  if (system === 'cpt') {
    // A CPT number known only from ended NCCI add-on rows (99217) is not a current code: the page says so, as validate does.
    const found = resolveCode(store, 'cpt', key);
    const cur = found ? cptCurrency(store, found.row) : null;
    if (found && cur?.kind === 'historical')
      return {
        deleted: true,
        deletedIn: {
          release: found.release.release,
          label: 'NCCI add-on code file (ended rows only)',
          effectiveDate: dayAfter(cur.endedOn),
        },
        replacedBy: [],
      };
  }
  const releases = store.releases().filter((r) => r.system === system);
  const events = codeHistory(store, system, key).map((r) => eventView(r, releases));
  const deletion = deletionOf(events, current);
  if (current && !deletion) return null;
  const replacedBy = replacingCodes(store, system, key).map((r) => {
    const found = resolveCode(store, system, r.newKey);
    return {
      code: found?.row.code ?? formatCode(system as Parameters<typeof formatCode>[0], r.newKey),
      display: found?.row.display ?? null,
    };
  });
  const unique = [...new Map(replacedBy.map((r) => [r.code, r])).values()];
  return {
    deleted: true,
    deletedIn: deletion ? { release: deletion.release, label: deletion.releaseLabel, effectiveDate: deletion.effectiveDate } : null,
    replacedBy: unique,
  };
}

/** Change-list events newer than the release shown (pending changes with their effective dates). */
export function laterChangesOf(store: ReadStore, system: string, key: string, shownFrom: string): HistoryEventView[] {
  const releases = store.releases().filter((r) => r.system === system);
  return codeHistory(store, system, key)
    .map((r) => eventView(r, releases))
    .filter((e) => e.effectiveDate > shownFrom && (e.pending || e.source.startsWith('hcpcs termination')));
}
