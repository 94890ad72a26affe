/**
 * The use-cases bound to one open database: what http/ and cli/ call.
 */
import type { CodeSystemId } from '../core/systems.js';
import { openReadOnly } from '../db/open.js';
import { codeArticle } from '../features/articles/index.js';
import type { CodeView, SearchRequest } from '../features/codes/index.js';
import {
  browse,
  buildIdOf,
  dataInfo,
  findCodeInAnySystem,
  health,
  listReleases,
  listSystems,
  lookupCode,
  ReadStore,
  sitemapEntries,
  sitemapPages,
  stats,
} from '../features/codes/index.js';
import { codePolicies, coverage, getPolicy } from '../features/policies/index.js';
import { codeCrosswalks, historyOf, translate, validateCode } from '../features/relations/index.js';
import { autocomplete, searchCodes, warmSearch } from '../features/search/index.js';
import { similarCodes } from '../features/similar/index.js';
import { codePageExtras } from './code-page.js';
import { SCHEMA_VERSION } from './features.js';
import {
  type ConceptFilter,
  conceptInValueSet,
  conceptOf,
  type ExpandRequest,
  expandConcepts,
  subsumption,
  terminologySystems,
} from './terminology.js';

/**
 * The facade over one open database. It holds the connection privately: callers use its methods,
 * and features reach the database only through their own query files.
 */
function createMedcodes(store: ReadStore) {
  let buildId: string | undefined;
  const key = Object.freeze({ dbPath: store.path });
  return {
    /** An object that stands for this open database (caches of rendered pages are kept per key; a reload gives a new one). */
    cacheKey: (): object => key,
    /** The file it reads. */
    dbPath: store.path,
    /** The id of the open build (cached: the file is read-only). */
    buildId: () => {
      buildId ??= buildIdOf(store);
      return buildId;
    },
    lookupCode: (system: string, code: string, release?: string) => lookupCode(store, system, code, release),
    findCode: (code: string) => findCodeInAnySystem(store, code),
    systems: () => listSystems(store),
    releases: () => listReleases(store),
    stats: () => stats(store),
    data: () => dataInfo(store),
    browse: (system: string, node?: string, offset?: number) => browse(store, system, node, offset),
    sitemapPages: (system: CodeSystemId) => sitemapPages(store, system),
    sitemapEntries: (system: CodeSystemId, page: number) => sitemapEntries(store, system, page),
    search: (req: SearchRequest) => searchCodes(store, req),
    autocomplete: (q: string, systems?: CodeSystemId[], limit?: number) => autocomplete(store, q, systems, limit),
    codePolicies: (system: string, code: string) => codePolicies(store, system, code),
    policy: (id: string) => getPolicy(store, id),
    coverage: (procedure: string, diagnosis: string, contractor?: string) => coverage(store, procedure, diagnosis, contractor ?? null),
    health: () => health(store),
    crosswalks: (system: string, code: string) => codeCrosswalks(store, system, code),
    translate: (from: string, code: string, to: string) => translate(store, from, code, to),
    history: (system: string, code: string) => historyOf(store, system, code),
    validate: (system: string, code: string, date?: string) => validateCode(store, system, code, date),
    similar: (system: string, code: string, limit?: number) => similarCodes(store, system, code, limit),
    codePageExtras: (view: CodeView) => codePageExtras(store, view),
    article: (system: string, code: string) => codeArticle(store, system, code),
    terminologySystems: () => terminologySystems(store),
    /** Value-set expansion; free text goes through this facade's own search. */
    expand: (req: ExpandRequest) => expandConcepts(store, req, (r) => searchCodes(store, r)),
    inValueSet: (system: CodeSystemId, version: string | undefined, filters: ConceptFilter[], code: string, codes?: string[]) =>
      conceptInValueSet(store, system, version, filters, code, codes),
    subsumes: (system: CodeSystemId, codeA: string, codeB: string, version?: string) => subsumption(store, system, codeA, codeB, version),
    concept: (system: CodeSystemId, code: string, version?: string) => conceptOf(store, system, code, version),
    /** Load search's in-memory parts before serving, so that the first requests do not wait for them. */
    warm: () => warmSearch(store.db),
    close: () => store.close(),
  };
}

export type Medcodes = ReturnType<typeof createMedcodes>;

/** The code lists' queries on a built database opened read-only (for the tools of app/ that work on the file). */
export function openStore(dbPath: string): ReadStore {
  return new ReadStore(openReadOnly(dbPath, SCHEMA_VERSION), dbPath);
}

/** Open a built database read-only. Throws AppError not-found when it does not exist. */
export function openMedcodes(dbPath: string): Medcodes {
  return createMedcodes(openStore(dbPath));
}

/**
 * A Medcodes that can switch to a freshly built database file without a restart (on SIGHUP):
 * requests in flight finish on the old connection, new ones use the new file.
 */
export function openReloadableMedcodes(dbPath: string): Medcodes & { reload(): void } {
  let current = openMedcodes(dbPath);
  const delegate = {} as Medcodes & { reload(): void };
  for (const name of Object.keys(current) as Array<keyof Medcodes>) {
    (delegate as Record<string, unknown>)[name] = (...args: unknown[]) => (current[name] as (...a: unknown[]) => unknown)(...args);
  }
  Object.defineProperty(delegate, 'dbPath', { get: () => current.dbPath });
  delegate.reload = () => {
    const next = openMedcodes(dbPath);
    next.warm();
    const previous = current;
    current = next;
    setTimeout(() => previous.close(), 5000).unref();
  };
  return delegate;
}
