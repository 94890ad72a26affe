/** Read queries of similar codes: the text neighbours written by the build, and cousins in the hierarchy. */
import type Database from 'better-sqlite3';
import { perDatabase } from '../../db/cache.js';
import type { ReadStore } from '../codes/index.js';

const stmts = perDatabase((db: Database.Database) => ({
  similarText: db.prepare('SELECT neighbours FROM similar_text WHERE system = ? AND key = ?'),
  cousins: db.prepare(
    `SELECT key FROM (
         SELECT s.key, s.ord AS o1, 0 AS o2 FROM codes s
         WHERE s.system = @system AND s.release = @release AND s.parent = @grandparent AND s.key <> @parent
         UNION ALL
         SELECT c.key, s.ord, c.ord FROM codes s JOIN codes c ON c.system = s.system AND c.release = s.release AND c.parent = s.key
         WHERE s.system = @system AND s.release = @release AND s.parent = @grandparent AND s.key <> @parent)
       ORDER BY o1, o2 LIMIT 40`,
  ),
}));

/** Text neighbours computed at build time: keys with their cosine, best first. */
export function similarByText(store: ReadStore, system: string, key: string): Array<{ key: string; score: number }> {
  const row = stmts(store.db).similarText.get(system, key) as { neighbours: string } | undefined;
  if (!row) return [];
  return row.neighbours.split(' ').map((pair) => {
    const [k, s] = pair.split(':');
    return { key: k as string, score: Number(s) };
  });
}

/** The parent's siblings and their children (nearby in the hierarchy). */
export function cousinKeys(store: ReadStore, system: string, release: string, grandparent: string, parent: string): string[] {
  return (stmts(store.db).cousins.all({ system, release, grandparent, parent }) as Array<{ key: string }>).map((r) => r.key);
}
