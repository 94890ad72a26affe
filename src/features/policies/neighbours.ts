/** Codes listed in the same policies as a code: one signal of similar codes (features/similar). */
import type Database from 'better-sqlite3';
import { perDatabase } from '../../db/cache.js';
import type { ReadStore } from '../codes/index.js';

const neighbours = perDatabase((db: Database.Database) =>
  db.prepare(
    `SELECT other.system AS system, other.key AS key, count(DISTINCT other.policy_id) AS policies
     FROM (SELECT DISTINCT policy_id FROM policy_codes WHERE system = ? AND key = ? LIMIT 50) mine
     JOIN policy_codes other ON other.policy_id = mine.policy_id
     WHERE other.system = ? AND other.key <> ?
     GROUP BY other.system, other.key ORDER BY policies DESC, other.key LIMIT 40`,
  ),
);

/** Codes listed in the same policies as the key, most shared policies first. */
export function policyNeighbours(store: ReadStore, system: string, key: string): Array<{ key: string; policies: number }> {
  return (neighbours(store.db).all(system, key, system, key) as Array<{ key: string; policies: number }>).map((r) => ({
    key: r.key,
    policies: r.policies,
  }));
}
