/** Prepared inserts of the crosswalk and HCC records (relations/schema.ts). */
import type Database from 'better-sqlite3';
import { flag } from '../../core/records.js';
import type { RecordWriters } from '../../db/writer.js';

export function relationWriters(db: Database.Database): RecordWriters {
  const crosswalk = db.prepare(
    `INSERT INTO crosswalks (source, source_release, from_system, from_key, to_system, to_key, approximate, no_map, combination,
       scenario, choice_list, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const hcc = db.prepare(
    'INSERT INTO hcc_mappings (system, key, source_release, model, category, in_previous_year) VALUES (?, ?, ?, ?, ?, ?)',
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
  };
}
