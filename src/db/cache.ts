/**
 * One value per open database connection (prepared statements, in-memory indexes), created on
 * first use and dropped with the connection: the one place for what used to be a module-level
 * WeakMap in every feature.
 */
import type Database from 'better-sqlite3';

/** `perDatabase(make)(db)` returns `make(db)`, computed once per connection. */
export function perDatabase<T>(make: (db: Database.Database) => T): (db: Database.Database) => T {
  const values = new WeakMap<Database.Database, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) {
      value = make(db);
      values.set(db, value);
    }
    return value;
  };
}
