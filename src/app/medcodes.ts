/**
 * The use-cases bound to one open database: what http/ and cli/ call.
 */
import type { ReadStore } from '../store/reader.js';
import { ReadStore as Store } from '../store/reader.js';
import { dataInfo, health, listReleases, listSystems, stats } from './catalog.js';
import { findCodeInAnySystem, lookupCode } from './lookup.js';

export function createMedcodes(store: ReadStore) {
  return {
    store,
    lookupCode: (system: string, code: string, release?: string) => lookupCode(store, system, code, release),
    findCode: (code: string) => findCodeInAnySystem(store, code),
    systems: () => listSystems(store),
    releases: () => listReleases(store),
    stats: () => stats(store),
    data: () => dataInfo(store),
    health: () => health(store),
    close: () => store.close(),
  };
}

export type Medcodes = ReturnType<typeof createMedcodes>;

/** Open a built database read-only. Throws AppError not-found when it does not exist. */
export function openMedcodes(dbPath: string): Medcodes {
  return createMedcodes(new Store(dbPath));
}

/**
 * A Medcodes that can switch to a freshly built database file without a restart (on SIGHUP):
 * requests in flight finish on the old connection, new ones use the new file.
 */
export function openReloadableMedcodes(dbPath: string): Medcodes & { reload(): void } {
  let current = openMedcodes(dbPath);
  const delegate = {} as Medcodes & { reload(): void };
  for (const name of Object.keys(current) as Array<keyof Medcodes>) {
    if (name === 'store') continue;
    (delegate as Record<string, unknown>)[name] = (...args: unknown[]) => (current[name] as (...a: unknown[]) => unknown)(...args);
  }
  Object.defineProperty(delegate, 'store', { get: () => current.store });
  delegate.reload = () => {
    const next = openMedcodes(dbPath);
    const previous = current;
    current = next;
    setTimeout(() => previous.close(), 5000).unref();
  };
  return delegate;
}
