/**
 * Read queries of a code's life cycle (codes/schema.ts CODE_HISTORY_TABLES): history events,
 * replacements and add-on edits, and the newest release that holds a key. Prepared once per open
 * database; every query bounded by LIMIT. The point queries a code page repeats (history,
 * replacements, newest release) are answered from recent results (db/recent.ts).
 */

import type Database from 'better-sqlite3';
import { flagOf, type ReplacementRecord, textOrNull } from '../../core/records.js';
import { perDatabase } from '../../db/cache.js';
import { recent } from '../../db/recent.js';
import type { Raw } from '../../db/rows.js';
import type { ReadStore } from './reader.js';

export interface HistoryRow {
  system: string;
  key: string;
  code: string;
  release: string;
  effectiveDate: string;
  change: string;
  displayBefore: string | null;
  displayAfter: string | null;
  billableBefore: boolean | null;
  billableAfter: boolean | null;
  source: string;
}

/** A replacement as read back for one system (the system is the one asked for). */
export type ReplacementRow = Omit<ReplacementRecord, 'type' | 'system'>;

export interface AddonEditRow {
  addonSystem: string;
  addonKey: string;
  primarySystem: string;
  primaryKey: string;
  editType: string | null;
  effectiveDate: string | null;
  deletionDate: string | null;
  addonDeletionDate: string | null;
  primaryDeletionDate: string | null;
  notes: string | null;
  sourceRelease: string;
}

const MAX_ROWS = 1000;

function toHistory(r: Raw): HistoryRow {
  return {
    system: r.system as string,
    key: r.key as string,
    code: r.code as string,
    release: r.release as string,
    effectiveDate: r.effective_date as string,
    change: r.change as string,
    displayBefore: textOrNull(r.display_before),
    displayAfter: textOrNull(r.display_after),
    billableBefore: flagOf(r.billable_before),
    billableAfter: flagOf(r.billable_after),
    source: r.source as string,
  };
}

function toAddon(r: Raw): AddonEditRow {
  return {
    addonSystem: r.addon_system as string,
    addonKey: r.addon_key as string,
    primarySystem: r.primary_system as string,
    primaryKey: r.primary_key as string,
    editType: textOrNull(r.edit_type),
    effectiveDate: textOrNull(r.effective_date),
    deletionDate: textOrNull(r.deletion_date),
    addonDeletionDate: textOrNull(r.addon_deletion_date),
    primaryDeletionDate: textOrNull(r.primary_deletion_date),
    notes: textOrNull(r.notes),
    sourceRelease: r.source_release as string,
  };
}

function toReplacement(r: Raw): ReplacementRow {
  return {
    newKey: r.new_key as string,
    oldKey: r.old_key as string,
    oldKeyEnd: textOrNull(r.old_key_end),
    effectiveDate: r.effective_date as string,
    sourceRelease: r.source_release as string,
  };
}

const stmts = perDatabase((db: Database.Database) => ({
  history: db.prepare(`SELECT * FROM code_history WHERE system = ? AND key = ? ORDER BY effective_date, release, change LIMIT ${MAX_ROWS}`),
  replaced: db.prepare('SELECT * FROM replacements WHERE system = ? AND new_key = ? ORDER BY old_key LIMIT 100'),
  replacedBy: db.prepare(
    `SELECT * FROM replacements WHERE system = @system AND (old_key = @key
         OR (old_key_end IS NOT NULL AND @key BETWEEN old_key AND old_key_end)
         OR (old_key_end IS NULL AND length(old_key) = 3 AND length(@key) > 3 AND substr(@key, 1, 3) = old_key))
       ORDER BY effective_date DESC, new_key LIMIT 200`,
  ),
  addonsOfPrimary: db.prepare(
    `SELECT * FROM addon_edits WHERE primary_system = ? AND primary_key = ? ORDER BY deletion_date IS NOT NULL, addon_key LIMIT ${MAX_ROWS}`,
  ),
  primariesOfAddon: db.prepare(
    `SELECT * FROM addon_edits WHERE addon_system = ? AND addon_key = ? ORDER BY deletion_date IS NOT NULL, primary_key LIMIT ${MAX_ROWS}`,
  ),
  lastRelease: db.prepare('SELECT max(release) AS release FROM codes WHERE system = ? AND key = ?'),
}));

export function codeHistory(store: ReadStore, system: string, key: string): HistoryRow[] {
  return recent(store.db, 'codeHistory', [system, key], () => stmts(store.db).history.all(system, key) as Raw[]).map(toHistory);
}

/** The old codes a new code replaced. */
export function replacedCodes(store: ReadStore, system: string, newKey: string): ReplacementRow[] {
  return recent(store.db, 'replacedCodes', [system, newKey], () => stmts(store.db).replaced.all(system, newKey) as Raw[]).map(
    toReplacement,
  );
}

/** The new codes that replaced an old code (directly, in a range, or as a whole category). */
export function replacingCodes(store: ReadStore, system: string, oldKey: string): ReplacementRow[] {
  return recent(store.db, 'replacingCodes', [system, oldKey], () => stmts(store.db).replacedBy.all({ system, key: oldKey }) as Raw[]).map(
    toReplacement,
  );
}

export function addonsOfPrimary(store: ReadStore, system: string, key: string): AddonEditRow[] {
  return (stmts(store.db).addonsOfPrimary.all(system, key) as Raw[]).map(toAddon);
}

export function primariesOfAddon(store: ReadStore, system: string, key: string): AddonEditRow[] {
  return (stmts(store.db).primariesOfAddon.all(system, key) as Raw[]).map(toAddon);
}

/** The newest release of a system that holds the key (complete or not), or null. */
export function newestReleaseOfKey(store: ReadStore, system: string, key: string): string | null {
  const row = recent(
    store.db,
    'newestReleaseOfKey',
    [system, key],
    () => stmts(store.db).lastRelease.get(system, key) as { release: string | null } | undefined,
  );
  return row?.release ?? null;
}
