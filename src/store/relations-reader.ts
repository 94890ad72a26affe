/**
 * Read queries of the crosswalk, HCC, history, replacement, add-on and similar-code tables
 * (migration 3). Prepared once per open database; every query bounded by LIMIT.
 */
import type Database from 'better-sqlite3';
import type { ReadStore } from './reader.js';

export interface CrosswalkRow {
  source: string;
  sourceRelease: string;
  fromSystem: string;
  fromKey: string;
  toSystem: string;
  toKey: string | null;
  approximate: boolean | null;
  noMap: boolean;
  combination: boolean | null;
  scenario: number | null;
  choiceList: number | null;
  flags: string | null;
}

export interface HccRow {
  model: string;
  category: string;
  sourceRelease: string;
  inPreviousYear: boolean | null;
}

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

export interface ReplacementRow {
  newKey: string;
  oldKey: string;
  oldKeyEnd: string | null;
  effectiveDate: string;
  sourceRelease: string;
}

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

type Raw = Record<string, unknown>;
const MAX_ROWS = 1000;

const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === 1);
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toCrosswalk(r: Raw): CrosswalkRow {
  return {
    source: r.source as string,
    sourceRelease: r.source_release as string,
    fromSystem: r.from_system as string,
    fromKey: r.from_key as string,
    toSystem: r.to_system as string,
    toKey: text(r.to_key),
    approximate: bool(r.approximate),
    noMap: r.no_map === 1,
    combination: bool(r.combination),
    scenario: (r.scenario as number | null) ?? null,
    choiceList: (r.choice_list as number | null) ?? null,
    flags: text(r.flags),
  };
}

function toHistory(r: Raw): HistoryRow {
  return {
    system: r.system as string,
    key: r.key as string,
    code: r.code as string,
    release: r.release as string,
    effectiveDate: r.effective_date as string,
    change: r.change as string,
    displayBefore: text(r.display_before),
    displayAfter: text(r.display_after),
    billableBefore: bool(r.billable_before),
    billableAfter: bool(r.billable_after),
    source: r.source as string,
  };
}

function toAddon(r: Raw): AddonEditRow {
  return {
    addonSystem: r.addon_system as string,
    addonKey: r.addon_key as string,
    primarySystem: r.primary_system as string,
    primaryKey: r.primary_key as string,
    editType: text(r.edit_type),
    effectiveDate: text(r.effective_date),
    deletionDate: text(r.deletion_date),
    addonDeletionDate: text(r.addon_deletion_date),
    primaryDeletionDate: text(r.primary_deletion_date),
    notes: text(r.notes),
    sourceRelease: r.source_release as string,
  };
}

function prepare(db: Database.Database) {
  const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  return {
    from: db.prepare(
      `SELECT * FROM crosswalks WHERE from_system = ? AND from_key = ? AND (? IS NULL OR to_system = ?)
       ORDER BY to_system, scenario IS NULL, scenario, choice_list, rowid LIMIT ${MAX_ROWS}`,
    ),
    to: db.prepare(
      `SELECT * FROM crosswalks WHERE to_system = ? AND to_key = ? AND (? IS NULL OR from_system = ?)
       ORDER BY from_system, from_key LIMIT ${MAX_ROWS}`,
    ),
    hcc: db.prepare('SELECT * FROM hcc_mappings WHERE system = ? AND key = ? ORDER BY model LIMIT 50'),
    history: db.prepare(
      `SELECT * FROM code_history WHERE system = ? AND key = ? ORDER BY effective_date, release, change LIMIT ${MAX_ROWS}`,
    ),
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
    similarText: db.prepare('SELECT neighbours FROM similar_text WHERE system = ? AND key = ?'),
    crosswalkNeighbours: db.prepare(
      `SELECT DISTINCT back.from_key AS key FROM crosswalks out
       JOIN crosswalks back ON back.to_system = out.to_system AND back.to_key = out.to_key AND back.from_system = out.from_system
       WHERE out.from_system = ? AND out.from_key = ? AND out.to_key IS NOT NULL AND back.from_key <> out.from_key
       LIMIT 40`,
    ),
    policyNeighbours: hasTable('policy_codes')
      ? db.prepare(
          `SELECT other.system AS system, other.key AS key, count(DISTINCT other.policy_id) AS policies
           FROM (SELECT DISTINCT policy_id FROM policy_codes WHERE system = ? AND key = ? LIMIT 50) mine
           JOIN policy_codes other ON other.policy_id = mine.policy_id
           WHERE other.system = ? AND other.key <> ?
           GROUP BY other.system, other.key ORDER BY policies DESC, other.key LIMIT 40`,
        )
      : null,
    lastRelease: db.prepare('SELECT max(release) AS release FROM codes WHERE system = ? AND key = ?'),
    cousins: db.prepare(
      `SELECT key FROM (
         SELECT s.key, s.ord AS o1, 0 AS o2 FROM codes s
         WHERE s.system = @system AND s.release = @release AND s.parent = @grandparent AND s.key <> @parent
         UNION ALL
         SELECT c.key, s.ord, c.ord FROM codes s JOIN codes c ON c.system = s.system AND c.release = s.release AND c.parent = s.key
         WHERE s.system = @system AND s.release = @release AND s.parent = @grandparent AND s.key <> @parent)
       ORDER BY o1, o2 LIMIT 40`,
    ),
  };
}

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Database.Database, Statements>();

function stmts(store: ReadStore): Statements {
  let s = cache.get(store.db);
  if (!s) {
    s = prepare(store.db);
    cache.set(store.db, s);
  }
  return s;
}

export function crosswalksFrom(store: ReadStore, system: string, key: string, toSystem?: string): CrosswalkRow[] {
  const to = toSystem ?? null;
  return (stmts(store).from.all(system, key, to, to) as Raw[]).map(toCrosswalk);
}

export function crosswalksTo(store: ReadStore, system: string, key: string, fromSystem?: string): CrosswalkRow[] {
  const from = fromSystem ?? null;
  return (stmts(store).to.all(system, key, from, from) as Raw[]).map(toCrosswalk);
}

export function hccMappings(store: ReadStore, key: string): HccRow[] {
  return (stmts(store).hcc.all('icd10cm', key) as Raw[]).map((r) => ({
    model: r.model as string,
    category: r.category as string,
    sourceRelease: r.source_release as string,
    inPreviousYear: bool(r.in_previous_year),
  }));
}

export function codeHistory(store: ReadStore, system: string, key: string): HistoryRow[] {
  return (stmts(store).history.all(system, key) as Raw[]).map(toHistory);
}

function toReplacement(r: Raw): ReplacementRow {
  return {
    newKey: r.new_key as string,
    oldKey: r.old_key as string,
    oldKeyEnd: text(r.old_key_end),
    effectiveDate: r.effective_date as string,
    sourceRelease: r.source_release as string,
  };
}

/** The old codes a new code replaced. */
export function replacedCodes(store: ReadStore, system: string, newKey: string): ReplacementRow[] {
  return (stmts(store).replaced.all(system, newKey) as Raw[]).map(toReplacement);
}

/** The new codes that replaced an old code (directly, in a range, or as a whole category). */
export function replacingCodes(store: ReadStore, system: string, oldKey: string): ReplacementRow[] {
  return (stmts(store).replacedBy.all({ system, key: oldKey }) as Raw[]).map(toReplacement);
}

export function addonsOfPrimary(store: ReadStore, system: string, key: string): AddonEditRow[] {
  return (stmts(store).addonsOfPrimary.all(system, key) as Raw[]).map(toAddon);
}

export function primariesOfAddon(store: ReadStore, system: string, key: string): AddonEditRow[] {
  return (stmts(store).primariesOfAddon.all(system, key) as Raw[]).map(toAddon);
}

/** Text neighbours computed at build time: keys with their cosine, best first. */
export function similarByText(store: ReadStore, system: string, key: string): Array<{ key: string; score: number }> {
  const row = stmts(store).similarText.get(system, key) as { neighbours: string } | undefined;
  if (!row) return [];
  return row.neighbours.split(' ').map((pair) => {
    const [k, s] = pair.split(':');
    return { key: k as string, score: Number(s) };
  });
}

/** Codes of the same system that share a crosswalk target with the key (both map to one ICD-9 code). */
export function crosswalkNeighbours(store: ReadStore, system: string, key: string): string[] {
  return (stmts(store).crosswalkNeighbours.all(system, key) as Array<{ key: string }>).map((r) => r.key);
}

/**
 * Codes listed in the same policies as the key, most shared policies first. Returns nothing while
 * the database has no policy_codes table (policies are built by a later plug-in).
 */
export function policyNeighbours(store: ReadStore, system: string, key: string): Array<{ key: string; policies: number }> {
  const stmt = stmts(store).policyNeighbours;
  if (!stmt) return [];
  return (stmt.all(system, key, system, key) as Array<{ key: string; policies: number }>).map((r) => ({
    key: r.key,
    policies: r.policies,
  }));
}

/** The parent's siblings and their children (nearby in the hierarchy). */
export function cousinKeys(store: ReadStore, system: string, release: string, grandparent: string, parent: string): string[] {
  return (stmts(store).cousins.all({ system, release, grandparent, parent }) as Array<{ key: string }>).map((r) => r.key);
}

/** The newest release of a system that holds the key (complete or not), or null. */
export function newestReleaseOfKey(store: ReadStore, system: string, key: string): string | null {
  return ((stmts(store).lastRelease.get(system, key) as { release: string | null } | undefined)?.release ?? null) as string | null;
}
