import type Database from 'better-sqlite3';

interface SystemCount {
  system: string;
  release: string;
  codes: number;
  billable: number;
}

export interface CheckReport {
  counts: SystemCount[];
  failures: string[];
}

/** The checks a new database must pass before it may replace the old one (reads only). */
export function runIntegrityChecks(db: Database.Database): CheckReport {
  const failures: string[] = [];
  const counts = db
    .prepare('SELECT system, release, codes, billable FROM releases WHERE is_default = 1 ORDER BY system')
    .all() as SystemCount[];
  const systems = db.prepare('SELECT DISTINCT system FROM releases').all() as Array<{ system: string }>;
  for (const { system } of systems) {
    const row = counts.find((c) => c.system === system);
    if (!row) failures.push(`${system}: no complete release to serve`);
    else if (row.codes === 0) failures.push(`${system} ${row.release}: no codes`);
  }
  const orphans = db
    .prepare(
      `SELECT c.system, c.release, c.key, c.parent FROM codes c
       WHERE c.parent IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM codes p WHERE p.system = c.system AND p.release = c.release AND p.key = c.parent)
       LIMIT 5`,
    )
    .all() as Array<{ system: string; release: string; key: string; parent: string }>;
  for (const o of orphans) failures.push(`${o.system} ${o.release}: parent ${o.parent} of ${o.key} does not exist`);
  // quick_check needs no write access, so the checks can run on a read-only connection.
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') failures.push(`sqlite quick_check: ${String(quick)}`);
  return { counts, failures };
}
