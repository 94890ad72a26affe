/**
 * Finding a code by key in the default release, or else in the newest release that holds it
 * (a deleted code, or one only a change list names).
 */

import { newestReleaseOfKey } from './lifecycle.js';
import type { ReadStore } from './reader.js';
import type { CodeRow, ReleaseRow } from './rows.js';

interface ResolvedCode {
  row: CodeRow;
  release: ReleaseRow;
  /** Is it the default release of its system? */
  current: boolean;
}

export function defaultRelease(store: ReadStore, system: string): ReleaseRow | null {
  return store.releases().find((r) => r.system === system && r.isDefault) ?? null;
}

export function resolveCode(store: ReadStore, system: string, key: string): ResolvedCode | null {
  const releases = store.releases().filter((r) => r.system === system);
  const def = releases.find((r) => r.isDefault);
  if (def) {
    const row = store.code(system, def.release, key);
    if (row) return { row, release: def, current: true };
  }
  const newest = newestReleaseOfKey(store, system, key);
  if (!newest) return null;
  const row = store.code(system, newest, key);
  const release = releases.find((r) => r.release === newest);
  return row && release ? { row, release, current: false } : null;
}
