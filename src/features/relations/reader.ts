/**
 * Read queries of the crosswalk and HCC tables (relations/schema.ts). Prepared once per open
 * database; every query bounded by LIMIT.
 */

import type Database from 'better-sqlite3';
import type { CrosswalkSystemId } from '../../core/crosswalk-systems.js';
import { type CrosswalkRecord, flagOf, type HccMappingRecord, textOrNull } from '../../core/records.js';
import { perDatabase } from '../../db/cache.js';
import type { Raw } from '../../db/rows.js';
import type { ReadStore } from '../codes/index.js';

/** A GEM row as stored: the record without its `type` tag. */
export type CrosswalkRow = Omit<CrosswalkRecord, 'type'>;

/** An HCC category of a code as read back (the system and key are the ones asked for). */
type HccRow = Pick<HccMappingRecord, 'model' | 'category' | 'sourceRelease' | 'inPreviousYear'>;

const MAX_ROWS = 1000;

function toCrosswalk(r: Raw): CrosswalkRow {
  return {
    source: r.source as string,
    sourceRelease: r.source_release as string,
    fromSystem: r.from_system as CrosswalkSystemId,
    fromKey: r.from_key as string,
    toSystem: r.to_system as CrosswalkSystemId,
    toKey: textOrNull(r.to_key),
    approximate: flagOf(r.approximate),
    noMap: r.no_map === 1,
    combination: flagOf(r.combination),
    scenario: (r.scenario as number | null) ?? null,
    choiceList: (r.choice_list as number | null) ?? null,
    flags: textOrNull(r.flags),
  };
}

const stmts = perDatabase((db: Database.Database) => ({
  from: db.prepare(
    `SELECT * FROM crosswalks WHERE from_system = ? AND from_key = ? AND (? IS NULL OR to_system = ?)
       ORDER BY to_system, scenario IS NULL, scenario, choice_list, rowid LIMIT ${MAX_ROWS}`,
  ),
  to: db.prepare(
    `SELECT * FROM crosswalks WHERE to_system = ? AND to_key = ? AND (? IS NULL OR from_system = ?)
       ORDER BY from_system, from_key LIMIT ${MAX_ROWS}`,
  ),
  hcc: db.prepare('SELECT * FROM hcc_mappings WHERE system = ? AND key = ? ORDER BY model LIMIT 50'),
  crosswalkNeighbours: db.prepare(
    `SELECT DISTINCT back.from_key AS key FROM crosswalks out
       JOIN crosswalks back ON back.to_system = out.to_system AND back.to_key = out.to_key AND back.from_system = out.from_system
       WHERE out.from_system = ? AND out.from_key = ? AND out.to_key IS NOT NULL AND back.from_key <> out.from_key
       LIMIT 40`,
  ),
}));

export function crosswalksFrom(store: ReadStore, system: string, key: string, toSystem?: string): CrosswalkRow[] {
  const to = toSystem ?? null;
  return (stmts(store.db).from.all(system, key, to, to) as Raw[]).map(toCrosswalk);
}

export function crosswalksTo(store: ReadStore, system: string, key: string, fromSystem?: string): CrosswalkRow[] {
  const from = fromSystem ?? null;
  return (stmts(store.db).to.all(system, key, from, from) as Raw[]).map(toCrosswalk);
}

export function hccMappings(store: ReadStore, key: string): HccRow[] {
  return (stmts(store.db).hcc.all('icd10cm', key) as Raw[]).map((r) => ({
    model: r.model as string,
    category: r.category as string,
    sourceRelease: r.source_release as string,
    inPreviousYear: flagOf(r.in_previous_year),
  }));
}

/** Codes of the same system that share a crosswalk target with the key (both map to one ICD-9 code). */
export function crosswalkNeighbours(store: ReadStore, system: string, key: string): string[] {
  return (stmts(store.db).crosswalkNeighbours.all(system, key) as Array<{ key: string }>).map((r) => r.key);
}
