/**
 * Code-shaped queries (docs/search-ranking.md rules 1–2): the code itself in every system that has
 * it, then what lies under it, a range or a wildcard pattern, each system in turn, in code order.
 */
import { systemsForShape } from '../../core/codes.js';
import { CODE_SYSTEMS, type CodeSystemId } from '../../core/systems.js';
import type { CodeQuery } from './query.js';
import { type Candidate, TIER } from './rank.js';
import type { DocFilter, SearchDocRow, SearchReader } from './reader.js';

interface CodeMatches {
  /** The page of hits (offset applied) with their docs. */
  page: Array<{ candidate: Candidate; doc: SearchDocRow }>;
  facets: Map<number, number>;
  /** The query is exactly one code of one system. */
  exact: SearchDocRow | null;
}

/** Key bounds that contain every key starting with `prefix` (longer than it). */
const AFTER = '\u0001';
const END = '\u007f';

interface Slice {
  system: number;
  count: number;
  fetch: (limit: number, offset: number) => SearchDocRow[];
  field: 'code-prefix' | 'code-range';
}

/** A range stays within the systems whose code shape its ends have (all systems when none fits). */
function rangeSystems(q: CodeQuery): ReadonlySet<CodeSystemId> {
  if (q.kind !== 'range') return new Set(CODE_SYSTEMS);
  const fits = new Set([...systemsForShape(q.from), ...systemsForShape(q.to)]);
  return fits.size > 0 ? fits : new Set(CODE_SYSTEMS);
}

function slices(reader: SearchReader, q: CodeQuery, f: DocFilter): Slice[] {
  const systems = rangeSystems(q);
  return CODE_SYSTEMS.flatMap((system, i): Slice[] => (systems.has(system) ? [slice(reader, q, f, system, i)] : []));
}

function slice(reader: SearchReader, q: CodeQuery, f: DocFilter, system: CodeSystemId, i: number): Slice {
  {
    if (q.kind === 'wildcard') {
      const count = reader.countByGlob(system, q.glob, f);
      return { system: i, count, field: 'code-prefix', fetch: (l, o) => reader.docsByGlob(system, q.glob, f, l, o) };
    }
    const [lo, hi] = q.kind === 'code' ? [q.key + AFTER, q.key + END] : [q.from, q.to + END];
    const count = reader.countByKeyRange(system, lo, hi, f);
    return {
      system: i,
      count,
      field: q.kind === 'code' ? 'code-prefix' : 'code-range',
      fetch: (l, o) => reader.docsByKeyRange(system, lo, hi, f, l, o),
    };
  }
}

function describe(q: CodeQuery): string {
  if (q.kind === 'code') return `${q.key}…`;
  if (q.kind === 'range') return `${q.from}–${q.to}`;
  return q.glob;
}

export function codeMatches(reader: SearchReader, q: CodeQuery, f: DocFilter, limit: number, offset: number): CodeMatches {
  const exactDocs = q.kind === 'code' ? reader.docsByKey(q.key, f) : [];
  const facets = new Map<number, number>();
  const page: CodeMatches['page'] = [];
  const allSystems = { ...f, systems: null };
  for (const d of q.kind === 'code' ? reader.docsByKey(q.key, allSystems) : []) facets.set(d.id & 7, (facets.get(d.id & 7) ?? 0) + 1);
  exactDocs.forEach((doc, i) => {
    if (i >= offset && page.length < limit)
      page.push({ candidate: { doc: doc.id, tier: TIER.exactCode, matched: [{ field: 'code', text: doc.code }] }, doc });
  });
  let skip = Math.max(0, offset - exactDocs.length);
  const allowed = f.systems ? new Set(f.systems) : null;
  for (const s of slices(reader, q, allSystems)) {
    if (s.count > 0) facets.set(s.system, (facets.get(s.system) ?? 0) + s.count);
    if ((allowed && !allowed.has(s.system)) || s.count === 0) continue;
    if (skip >= s.count) {
      skip -= s.count;
      continue;
    }
    const want = limit - page.length;
    if (want <= 0) continue;
    for (const doc of s.fetch(want, skip)) {
      page.push({ candidate: { doc: doc.id, tier: TIER.codePrefix, matched: [{ field: s.field, text: describe(q) }] }, doc });
    }
    skip = 0;
  }
  const exact = exactDocs.length === 1 ? (exactDocs[0] as SearchDocRow) : null;
  return { page, facets, exact };
}
