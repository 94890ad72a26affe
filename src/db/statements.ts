/**
 * Prepared statements kept per open connection, for queries whose text varies (IN lists of one to a
 * few hundred keys, OR lists of PCS axis triples): preparing costs about as much as running a small
 * query, and a code page ran eight such prepares. Queries of fixed text are prepared once with
 * `perDatabase` instead. Bounded: at most MAX_STATEMENTS texts per connection, the least recently
 * used dropped first. A statement is only run with get()/all(), never held open by iterate().
 */
import type Database from 'better-sqlite3';
import { perDatabase } from './cache.js';

export const MAX_STATEMENTS = 256;

/** Statements by SQL text, oldest use first (a Map keeps insertion order; a hit is moved to the end). */
const statementsOf = perDatabase(() => new Map<string, Database.Statement>());

/** `db.prepare(sql)`, from memory when the same text was prepared lately on this connection. */
export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  const statements = statementsOf(db);
  let statement = statements.get(sql);
  if (statement) {
    statements.delete(sql);
  } else {
    statement = db.prepare(sql);
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
  }
  statements.set(sql, statement);
  return statement;
}

/** Prepared statements held for a connection (test/http/cache-bounds.test.ts). */
export function statementsHeld(db: Database.Database): number {
  return statementsOf(db).size;
}
