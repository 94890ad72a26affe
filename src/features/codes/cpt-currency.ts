/**
 * Is a CPT number a current code? Without the AMA file, medcodes knows CPT numbers from CMS files:
 * the physician fee schedule RVU file ('pfs-rvu', the current code list CMS pays from), physician
 * time, OPPS Addendum B, NCCI MUE and add-on code edits. The NCCI add-on file keeps historical
 * rows: a number found only in add-on rows that all ended (99217, deleted 2023) is not a current
 * code. A number absent from the current fee-schedule file is flagged.
 */

import { addonsOfPrimary, primariesOfAddon } from './lifecycle.js';
import type { ReadStore } from './reader.js';
import type { CodeRow } from './rows.js';

type CptCurrency =
  | { kind: 'listed'; sources: string[] }
  /** In CMS files other than the fee schedule (e.g. MUE, OPPS): flagged, not confirmed. */
  | { kind: 'not-in-fee-schedule'; sources: string[] }
  /** Known only from NCCI add-on rows that all ended: the last day any row was in force. */
  | { kind: 'historical'; sources: string[]; endedOn: string };

const SOURCE_NAMES: Record<string, string> = {
  'pfs-rvu': 'the physician fee schedule RVU file',
  'pfs-time': 'the physician work time file',
  'opps-addb': 'OPPS Addendum B',
  'ncci-mue': 'the NCCI MUE table',
  'ncci-aoc': 'the NCCI add-on code file',
};

export function cptSourceNames(sources: string[]): string {
  return sources.map((s) => SOURCE_NAMES[s] ?? s).join(', ') || 'no CMS file';
}

/** The day after an ISO date. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function cptCurrency(store: ReadStore, row: CodeRow): CptCurrency {
  const sources = Array.isArray(row.attributes.sources) ? (row.attributes.sources as string[]) : [];
  // A descriptor comes from the AMA file (or a licensed CMS descriptor column): a listed code.
  if (row.display !== '' || sources.includes('pfs-rvu')) return { kind: 'listed', sources };
  if (sources.length === 1 && sources[0] === 'ncci-aoc') {
    const ends = [
      ...primariesOfAddon(store, 'cpt', row.key).map((r) => r.addonDeletionDate ?? r.deletionDate),
      ...addonsOfPrimary(store, 'cpt', row.key).map((r) => r.primaryDeletionDate ?? r.deletionDate),
    ];
    if (ends.length > 0 && ends.every((e): e is string => Boolean(e))) {
      return { kind: 'historical', sources, endedOn: ends.sort().at(-1) as string };
    }
  }
  return { kind: 'not-in-fee-schedule', sources };
}
