/**
 * Read queries of similar codes: the text neighbours written by the build, and siblings and cousins
 * in the hierarchy (read by key, a few dozen at a time, never by sorting a whole subtree).
 */
import type Database from 'better-sqlite3';
import { perDatabase } from '../../db/cache.js';
import type { ReadStore } from '../codes/index.js';

const stmts = perDatabase((db: Database.Database) => ({
  similarText: db.prepare('SELECT neighbours FROM similar_text WHERE system = ? AND key = ?'),
  childKeys: db.prepare('SELECT key FROM codes WHERE system = ? AND release = ? AND parent = ? ORDER BY ord LIMIT ?'),
  // `+parent`: search the (system, release, key) index by key range, then check the parent.
  childKeysInRange: db.prepare(
    'SELECT key FROM codes WHERE system = ? AND release = ? AND key >= ? AND key < ? AND +parent = ? ORDER BY ord LIMIT ?',
  ),
}));

const MAX_COUSINS = 40;

/** Text neighbours computed at build time: keys with their cosine, best first. */
export function similarByText(store: ReadStore, system: string, key: string): Array<{ key: string; score: number }> {
  const row = stmts(store.db).similarText.get(system, key) as { neighbours: string } | undefined;
  if (!row) return [];
  return row.neighbours.split(' ').map((pair) => {
    const [k, s] = pair.split(':');
    return { key: k as string, score: Number(s) };
  });
}

/** Keys of a node's children in their order, at most `limit` (ord is unique among one parent's children). */
export function childKeys(store: ReadStore, system: string, release: string, parent: string, limit: number): string[] {
  return (stmts(store.db).childKeys.all(system, release, parent, limit) as Array<{ key: string }>).map((r) => r.key);
}

/**
 * Keys of a node's children that start with a prefix, in their order, at most `limit`. Read by key
 * range from the unique index, not by scanning every child of the parent (an ICD-10-PCS table has up
 * to 1,978). Keys are upper case (core/codes.ts), so this is what `key LIKE 'prefix%'` finds.
 */
export function childKeysWithPrefix(
  store: ReadStore,
  system: string,
  release: string,
  parent: string,
  prefix: string,
  limit: number,
): string[] {
  if (prefix === '') return childKeys(store, system, release, parent, limit);
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return (stmts(store.db).childKeysInRange.all(system, release, prefix, end, parent, limit) as Array<{ key: string }>).map((r) => r.key);
}

/**
 * The parent's siblings and their children (nearby in the hierarchy), at most 40: each sibling then
 * its children, siblings in order. Read sibling by sibling until 40 are found, rather than sorting
 * every grandchild of the grandparent (thousands under an ICD-10-PCS body system) to keep 40.
 */
export function cousinKeys(store: ReadStore, system: string, release: string, grandparent: string, parent: string): string[] {
  const out: string[] = [];
  for (const sibling of childKeys(store, system, release, grandparent, MAX_COUSINS + 1)) {
    if (sibling === parent) continue;
    out.push(sibling);
    if (out.length === MAX_COUSINS) break;
    out.push(...childKeys(store, system, release, sibling, MAX_COUSINS - out.length));
    if (out.length === MAX_COUSINS) break;
  }
  return out;
}
