/** Opening a built database: read-only for serving, or a snapshot of a build file for a build step. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';

/** Memory-map up to this much of the file (SQLite caps it at its compile-time maximum, 2 GB here). */
const MMAP_BYTES = 4 * 1024 ** 3;

/** Open a built database read-only; refuse a file of another schema version. */
export function openReadOnly(path: string, schemaVersion: number): Database.Database {
  if (!existsSync(path)) throw new AppError('not-found', `no database at ${path}: run "medcodes build" first`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  // `articles import|generate` commit reviewed texts into the file in short transactions: wait, don't fail.
  db.pragma('busy_timeout = 2000');
  // Read pages straight from the OS page cache (shared by every worker) rather than copying each
  // into the connection's own cache: a code page runs about fifty queries over a 1 GB file.
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== schemaVersion) {
    db.close();
    throw new AppError('conflict', `${path} has schema version ${version}, this medcodes reads ${schemaVersion}: rebuild it`);
  }
  return db;
}

/** A read-only connection to a build file being written (its committed state), for a snapshot step. */
export function openSnapshot(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}
