/**
 * The database built from the official files, for real-data tests. CI builds it once with the CLI
 * and names it in MEDCODES_TEST_DB; elsewhere it is built on first use into .tmp/ (guarded by a
 * lock folder so parallel test files build it once).
 *
 * A real-data test names the tables it reads. When real data is required (CI is set, or
 * MEDCODES_TEST_DB names a database) a missing database, or a table missing or empty, throws an
 * error naming what is missing: the test fails, it never skips. Only on a machine without the
 * official files and without MEDCODES_TEST_DB do the tests skip, with that reason written out.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildDatabase } from '../../src/app/build.js';
import { PLUGINS } from '../../src/sources/registry.js';
import { type Medcodes, openMedcodes } from './records.js';
import { REPO_ROOT, realSources } from './sources.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 15 minutes belongs to a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RealDb {
  medcodes: Medcodes | null;
  /** The database file, for a test that reads it below the facade. */
  path?: string;
  skipReason: string | undefined;
}

/** The tables every real-data test reads. */
export const BASE_TABLES = ['releases', 'codes'] as const;

/** Real data must be there: in CI, or when MEDCODES_TEST_DB names the database to test. */
export function realDataRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CI) || Boolean(env.MEDCODES_TEST_DB);
}

/** Of `tables`, those the database at `dbPath` lacks or holds no row in. */
export function missingTables(dbPath: string, tables: readonly string[]): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const present = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as Array<{ name: string }>).map((r) => r.name),
    );
    return tables
      .filter((t) => !present.has(t) || db.prepare(`SELECT 1 FROM "${t}" LIMIT 1`).get() === undefined)
      .map((t) => (present.has(t) ? `${t} (empty)` : t));
  } finally {
    db.close();
  }
}

/**
 * Open the real database, checking that it holds `tables` (besides releases and codes). Throws
 * when real data is required and the database or a table is missing; otherwise says why to skip.
 */
export async function realDatabase(tables: readonly string[] = []): Promise<RealDb> {
  const required = realDataRequired();
  const dbPath = await realDatabasePath(required);
  if (dbPath.skipReason !== undefined) return { medcodes: null, skipReason: dbPath.skipReason };
  const path = dbPath.path as string;
  const missing = missingTables(path, [...BASE_TABLES, ...tables]);
  if (missing.length > 0) {
    const reason = `the real database ${path} lacks ${missing.join(', ')}: rebuild it (npm run build:db)`;
    if (required) throw new Error(reason);
    return { medcodes: null, skipReason: reason };
  }
  return { medcodes: openMedcodes(path), path, skipReason: undefined };
}

async function realDatabasePath(required: boolean): Promise<{ path?: string; skipReason?: string }> {
  const fromEnv = process.env.MEDCODES_TEST_DB;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`MEDCODES_TEST_DB=${fromEnv}: no such database (build it with npm run build:db)`);
    return { path: fromEnv };
  }
  const sources = realSources(); // throws in CI without MEDCODES_SOURCES
  if (!sources.dir) {
    if (required) throw new Error(`real data is required but missing: ${sources.skipReason}`);
    return { skipReason: sources.skipReason };
  }
  const dir = join(REPO_ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'test-medcodes.db');
  await withLock(`${dbPath}.lock`, async () => {
    if (existsSync(dbPath)) return;
    await buildDatabase({
      sourcesDir: sources.dir as string,
      dbPath,
      plugins: PLUGINS,
      newestOnly: false,
      cptDescriptorsFromCmsFiles: false,
    });
  });
  return { path: dbPath };
}
