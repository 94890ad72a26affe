/**
 * Terminology use-cases behind the standard interfaces (FHIR $expand, $subsumes, $validate-code,
 * Clinical Tables): the concepts of one release, filtered by hierarchy, code pattern, properties
 * and the site's own text search, counted and paged.
 */
import { AppError, TooCostlyError } from '../core/errors.js';
import { CODE_SYSTEMS, type CodeSystemId, SYSTEM_INFO } from '../core/systems.js';
import type { CodeRow, ReadStore, ReleaseRef, ReleaseRow, SearchRequest, SearchResult } from '../features/codes/index.js';
import { type ConceptConditions, candidateKeys, conceptPage, conceptsAmong, countConcepts } from '../features/codes/index.js';

/** Largest page of an expansion, and the most concepts an expansion without `count` may hold. */
export const MAX_EXPANSION = 1000;
const SEARCH_PAGE = 100;
const SEARCH_MAX_OFFSET = 10_000;

interface TerminologySystemView {
  system: CodeSystemId;
  label: string;
  uri: string;
  publisher: string;
  versions: Array<ReleaseRef & { isDefault: boolean; complete: boolean }>;
}

/** Every code system the database holds, with its releases (newest first). */
export function terminologySystems(store: ReadStore): TerminologySystemView[] {
  const releases = store.releases();
  return CODE_SYSTEMS.flatMap((id) => {
    const own = releases.filter((r) => r.system === id && r.complete);
    if (own.length === 0) return [];
    const info = SYSTEM_INFO[id];
    return [
      {
        system: id,
        label: info.label,
        uri: info.uri,
        publisher: info.publisher,
        versions: own.map((r) => ({
          id: r.release,
          label: r.label,
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          isDefault: r.isDefault,
          complete: r.complete,
        })),
      },
    ];
  });
}

/** The release a version names (id or label), or the default one. Change lists hold no concepts. */
function conceptRelease(store: ReadStore, system: CodeSystemId, version?: string): ReleaseRow {
  const releases = store.releases().filter((r) => r.system === system);
  const found = version ? releases.find((r) => r.release === version || r.label === version) : releases.find((r) => r.isDefault);
  if (!found) {
    const known = releases.filter((r) => r.complete).map((r) => r.release);
    if (version)
      throw new AppError(
        'not-found',
        `${SYSTEM_INFO[system].label} has no version "${version}" (versions: ${known.join(', ')})`,
        'version',
      );
    throw new AppError('not-found', `the database holds no ${SYSTEM_INFO[system].label} release`, 'system');
  }
  if (!found.complete)
    throw new AppError(
      'not-found',
      `${SYSTEM_INFO[system].label} ${found.label} is a change list, not a full version of the code system`,
      'version',
    );
  return found;
}

/** A concept (code, header or modifier) of one release, by code in any common shape, or null. */
function findConcept(store: ReadStore, system: CodeSystemId, release: string, code: string): CodeRow | null {
  for (const key of candidateKeys(code)) {
    const row = store.code(system, release, key);
    if (row) return row.kind === 'code' || row.kind === 'header' || row.kind === 'modifier' ? row : null;
  }
  return null;
}

/** Any row (concept or grouping) of a release: the value of a hierarchy filter may be a chapter or range. */
function findNode(store: ReadStore, system: CodeSystemId, release: string, code: string): CodeRow | null {
  for (const key of candidateKeys(code)) {
    const row = store.code(system, release, key);
    if (row) return row;
  }
  return null;
}

export interface ConceptFilter {
  property: string;
  op: string;
  value: string;
}

export interface ExpandRequest {
  system: CodeSystemId;
  version?: string;
  filters: ConceptFilter[];
  /** Codes the value set enumerates (include.concept), when it does. */
  codes?: string[];
  /** Free text: the site's search, restricted to the value set. */
  text?: string;
  offset: number;
  /** Page size; null means "all", refused when more than MAX_EXPANSION concepts match. */
  count: number | null;
}

interface ExpandedConcept {
  code: string;
  display: string;
  kind: string;
  billable: boolean;
}

export interface ExpansionView {
  system: CodeSystemId;
  release: ReleaseRef;
  /** Concepts matching in all; null when only a search says how many and filters remove some. */
  total: number | null;
  offset: number;
  concepts: ExpandedConcept[];
}

function bool(value: string, property: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new AppError('invalid', `filter ${property} = "${value}": the value must be true or false`, 'filter');
}

const FILTER_PROPERTIES = ['concept', 'code', 'abstract', 'notSelectable', 'billable', 'kind', 'parent'];

/** Turn value-set filters into query conditions, naming the first filter that cannot be applied. */
function filterConditions(store: ReadStore, system: CodeSystemId, release: string, filters: ConceptFilter[]): ConceptConditions {
  const c: ConceptConditions = { system, release };
  for (const f of filters) {
    const what = `filter "${f.property} ${f.op} ${f.value}"`;
    if ((f.op === 'is-a' || f.op === 'descendent-of') && (f.property === 'concept' || f.property === 'code')) {
      if (c.under) throw new AppError('unsupported', `${what}: only one hierarchy filter per include is supported`, 'filter');
      const node = findNode(store, system, release, f.value);
      if (!node) throw new AppError('not-found', `${what}: ${SYSTEM_INFO[system].label} ${release} has no code ${f.value}`, 'filter');
      const prefix = (system === 'icd10cm' || system === 'icd10pcs') && (node.kind === 'code' || node.kind === 'header');
      c.under = { key: node.key, path: node.path, prefix, withSelf: f.op === 'is-a' };
    } else if (f.op === 'regex' && (f.property === 'code' || f.property === 'concept')) {
      c.codeRegex = f.value;
    } else if (f.op === '=' && (f.property === 'abstract' || f.property === 'notSelectable')) {
      c.billable = !bool(f.value, f.property);
    } else if (f.op === '=' && f.property === 'billable') {
      c.billable = bool(f.value, f.property);
    } else if (f.op === '=' && f.property === 'kind') {
      c.kind = f.value;
    } else if (f.op === '=' && f.property === 'parent') {
      const node = findNode(store, system, release, f.value);
      c.parent = node?.key ?? f.value;
    } else if (!FILTER_PROPERTIES.includes(f.property)) {
      throw new AppError(
        'unsupported',
        `${what}: ${SYSTEM_INFO[system].label} has no filter property "${f.property}" (use ${FILTER_PROPERTIES.join(', ')})`,
        'filter',
      );
    } else {
      throw new AppError(
        'unsupported',
        `${what}: operator "${f.op}" is not supported for "${f.property}" (is-a, descendent-of, regex, =)`,
        'filter',
      );
    }
  }
  return c;
}

const concept = (r: { code: string; display: string; kind: string; billable: boolean }): ExpandedConcept => ({
  code: r.code,
  display: r.display,
  kind: r.kind,
  billable: r.billable,
});

function refOf(r: ReleaseRow): ReleaseRef {
  return { id: r.release, label: r.label, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo };
}

function checkPaging(req: ExpandRequest): void {
  if (!Number.isInteger(req.offset) || req.offset < 0) throw new AppError('invalid', `offset ${req.offset} must be 0 or more`, 'offset');
  if (req.count !== null && (!Number.isInteger(req.count) || req.count < 0 || req.count > MAX_EXPANSION))
    throw new AppError('invalid', `count ${req.count} must be 0 to ${MAX_EXPANSION}`, 'count');
}

function tooCostly(system: CodeSystemId, found: string): TooCostlyError {
  return new TooCostlyError(
    `the expansion of ${SYSTEM_INFO[system].label} has too many codes to produce (${found}, more than ${MAX_EXPANSION}): give a count (at most ${MAX_EXPANSION}) and an offset, or a filter`,
  );
}

/** Concepts of a value set built from one system's release and filters, paged. */
export function expandConcepts(store: ReadStore, req: ExpandRequest, search: (r: SearchRequest) => SearchResult): ExpansionView {
  checkPaging(req);
  const release = conceptRelease(store, req.system, req.version);
  const conditions = filterConditions(store, req.system, release.release, req.filters);
  if (req.codes) conditions.keys = req.codes.flatMap((c) => findConcept(store, req.system, release.release, c)?.key ?? []);
  const text = req.text?.trim() ?? '';
  if (text === '') {
    const total = countConcepts(store, conditions);
    if (req.count === null && total > MAX_EXPANSION) throw tooCostly(req.system, `${total}`);
    const rows = req.count === 0 ? [] : conceptPage(store, conditions, req.offset, req.count ?? MAX_EXPANSION);
    return { system: req.system, release: refOf(release), total, offset: req.offset, concepts: rows.map(concept) };
  }
  return searchExpansion(store, req, release, conditions, text, search);
}

/**
 * Free-text expansion: the site's search (ranked as on the site) restricted to the system, release
 * and subtree, then to the other filters. Pages of hits are read until the requested page is full.
 */
function searchExpansion(
  store: ReadStore,
  req: ExpandRequest,
  release: ReleaseRow,
  conditions: ConceptConditions,
  text: string,
  search: (r: SearchRequest) => SearchResult,
): ExpansionView {
  const wanted = req.offset + (req.count ?? MAX_EXPANSION + 1);
  const { under, ...rest } = conditions;
  const matched: ExpandedConcept[] = [];
  let searchTotal = 0;
  let rejected = false;
  let exhausted = false;
  // Small pages are read fast; a post-filter may need more hits than asked for, so pages grow to 100.
  const pageSize = Math.min(SEARCH_PAGE, Math.max(10, wanted));
  for (let offset = 0; matched.length < wanted; offset += pageSize) {
    if (offset > SEARCH_MAX_OFFSET) break;
    const found = search({
      q: text,
      systems: [req.system],
      release: release.isDefault ? undefined : release.release,
      within: under?.key,
      limit: pageSize,
      offset,
    });
    searchTotal = found.total;
    const keys = found.hits.map((h) => h.code.replace(/\./g, '').toUpperCase());
    const keep = conceptsAmong(store, rest, keys);
    for (const [i, hit] of found.hits.entries()) {
      const key = keys[i] as string;
      if (!keep.has(key) || (under && !under.withSelf && key === under.key)) {
        rejected = true;
        continue;
      }
      matched.push(concept(hit));
    }
    if (found.hits.length < pageSize || offset + pageSize >= found.total) {
      exhausted = true;
      break;
    }
  }
  if (req.count === null && matched.length > MAX_EXPANSION) throw tooCostly(req.system, `more than ${MAX_EXPANSION}`);
  const total = exhausted ? matched.length : rejected ? null : searchTotal;
  const page = req.count === 0 ? [] : matched.slice(req.offset, req.offset + (req.count ?? MAX_EXPANSION));
  return { system: req.system, release: refOf(release), total, offset: req.offset, concepts: page };
}

/** Is a concept in the value set (one system, release and filters)? */
export function conceptInValueSet(
  store: ReadStore,
  system: CodeSystemId,
  version: string | undefined,
  filters: ConceptFilter[],
  code: string,
  codes?: string[],
) {
  const release = conceptRelease(store, system, version);
  const row = findConcept(store, system, release.release, code);
  if (!row) return { release: refOf(release), row: null, member: false };
  const conditions = filterConditions(store, system, release.release, filters);
  if (codes) conditions.keys = codes.flatMap((c) => findConcept(store, system, release.release, c)?.key ?? []);
  const member = conceptsAmong(store, conditions, [row.key]).has(row.key);
  return { release: refOf(release), row, member };
}

type SubsumptionOutcome = 'equivalent' | 'subsumes' | 'subsumed-by' | 'not-subsumed';

/** How two concepts of one release relate in the hierarchy. */
export function subsumption(store: ReadStore, system: CodeSystemId, codeA: string, codeB: string, version?: string) {
  const release = conceptRelease(store, system, version);
  const rows = [codeA, codeB].map((code, i) => {
    const row = findNode(store, system, release.release, code);
    if (!row)
      throw new AppError('not-found', `${SYSTEM_INFO[system].label} ${release.label} has no code ${code}`, i === 0 ? 'codeA' : 'codeB');
    return row;
  });
  const [a, b] = rows as [CodeRow, CodeRow];
  const ancestorsOf = (r: CodeRow) => r.path.split('/').slice(0, -1);
  let outcome: SubsumptionOutcome = 'not-subsumed';
  if (a.key === b.key) outcome = 'equivalent';
  else if (ancestorsOf(b).includes(a.key)) outcome = 'subsumes';
  else if (ancestorsOf(a).includes(b.key)) outcome = 'subsumed-by';
  return { release: refOf(release), a: concept(a), b: concept(b), outcome };
}

/** A concept of a named (or the default) release, for validation without a date. */
export function conceptOf(store: ReadStore, system: CodeSystemId, code: string, version?: string) {
  const release = conceptRelease(store, system, version);
  return { release: refOf(release), row: findConcept(store, system, release.release, code) };
}
