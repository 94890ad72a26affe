/** Prepared inserts of the crosswalk, HCC, change and replacement records (migration 3). */
import type Database from 'better-sqlite3';
import type { CodeChangeRecord, CrosswalkRecord, HccMappingRecord, ReplacementRecord } from '../domain/records.js';

export interface HistoryInserts {
  crosswalk(r: CrosswalkRecord): void;
  hccMapping(r: HccMappingRecord): void;
  change(r: CodeChangeRecord): void;
  replacement(r: ReplacementRecord): void;
}

function flag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

export function prepareHistoryInserts(db: Database.Database): HistoryInserts {
  const crosswalk = db.prepare(
    `INSERT INTO crosswalks (source, source_release, from_system, from_key, to_system, to_key, approximate, no_map, combination,
       scenario, choice_list, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const hcc = db.prepare(
    'INSERT INTO hcc_mappings (system, key, source_release, model, category, in_previous_year) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const change = db.prepare(
    `INSERT INTO code_history (system, key, code, release, effective_date, change, display_before, display_after,
       billable_before, billable_after, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const replacement = db.prepare(
    'INSERT INTO replacements (system, new_key, old_key, old_key_end, effective_date, source_release) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    crosswalk: (r) =>
      crosswalk.run(
        r.source,
        r.sourceRelease,
        r.fromSystem,
        r.fromKey,
        r.toSystem,
        r.toKey,
        flag(r.approximate),
        r.noMap ? 1 : 0,
        flag(r.combination),
        r.scenario,
        r.choiceList,
        r.flags,
      ),
    hccMapping: (r) => hcc.run(r.system, r.key, r.sourceRelease, r.model, r.category, flag(r.inPreviousYear)),
    change: (r) =>
      change.run(
        r.system,
        r.key,
        r.code,
        r.release,
        r.effectiveDate,
        r.change,
        r.displayBefore,
        r.displayAfter,
        flag(r.billableBefore),
        flag(r.billableAfter),
        r.source,
      ),
    replacement: (r) => replacement.run(r.system, r.newKey, r.oldKey, r.oldKeyEnd, r.effectiveDate, r.sourceRelease),
  };
}
