/**
 * The database built from the official files, for real-data tests. CI builds it once with the CLI
 * and names it in MEDCODES_TEST_DB; elsewhere it is built on first use into .tmp/ (guarded by a
 * lock folder so parallel test files build it once).
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import { PLUGINS } from '../../src/app/plugins.js';
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
  skipReason: string | undefined;
}

export async function realDatabase(): Promise<RealDb> {
  const fromEnv = process.env.MEDCODES_TEST_DB;
  if (fromEnv && existsSync(fromEnv)) return { medcodes: openMedcodes(fromEnv), skipReason: undefined };
  const sources = realSources();
  if (!sources.dir) return { medcodes: null, skipReason: sources.skipReason };
  const dir = join(REPO_ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const dbPath = fromEnv ?? join(dir, 'test-medcodes.db');
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
  return { medcodes: openMedcodes(dbPath), skipReason: undefined };
}
