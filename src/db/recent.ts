/**
 * Raw results of recent point queries, kept per open connection. One code page asks for the same
 * code, its history and its releases up to ten times (each part of the page resolves the code on its
 * own); a served file does not change these tables while it is open (`articles import|generate`
 * writes article texts only). Bounded: at most RECENT_RESULTS results per connection, the oldest
 * dropped first.
 */
import type Database from 'better-sqlite3';
import { perDatabase } from './cache.js';

/** Results of recent point queries kept per connection. */
export const RECENT_RESULTS = 256;

const resultsOf = perDatabase(() => new Map<string, unknown>());

/**
 * The raw result of a query by its name and arguments, from memory when the same query ran lately
 * on this connection, else `run()`. Raw rows are shared between callers, so they are never handed
 * out: callers map them to fresh objects. `query` names the query (unique per caller); `args` are
 * its parameters (strings; joined with NUL, which no key or release holds).
 */
export function recent<T>(db: Database.Database, query: string, args: readonly unknown[], run: () => T): T {
  const results = resultsOf(db);
  const id = `${query}\u0000${args.join('\u0000')}`;
  if (results.has(id)) return results.get(id) as T;
  const result = run();
  if (results.size >= RECENT_RESULTS) results.delete(results.keys().next().value as string);
  results.set(id, result);
  return result;
}

/** Recent results held for a connection (test/http/cache-bounds.test.ts). */
export function recentResultsHeld(db: Database.Database): number {
  return resultsOf(db).size;
}
