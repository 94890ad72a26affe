/**
 * Where the official release files are for tests that need them. CI sets MEDCODES_SOURCES; in CI
 * a missing or unset folder fails loudly. On a developer machine the sibling ../shared/data is used
 * when present; otherwise the real-data tests are skipped with that reason written out.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures');
export const RELEASE_FIXTURES = resolve(FIXTURES, 'releases');

export interface RealSources {
  dir: string | null;
  /** Why real-data tests are skipped, when dir is null. */
  skipReason: string | undefined;
}

export function realSources(): RealSources {
  const fromEnv = process.env.MEDCODES_SOURCES;
  if (fromEnv) {
    const dir = resolve(fromEnv);
    if (!existsSync(dir)) throw new Error(`MEDCODES_SOURCES=${fromEnv} does not exist`);
    return { dir, skipReason: undefined };
  }
  if (process.env.CI) throw new Error('MEDCODES_SOURCES is not set: CI must point it at the official release files (../shared/data)');
  const sibling = resolve(REPO_ROOT, '../shared/data');
  if (existsSync(sibling)) return { dir: sibling, skipReason: undefined };
  return { dir: null, skipReason: 'no official release files: set MEDCODES_SOURCES to run the real-data tests' };
}
