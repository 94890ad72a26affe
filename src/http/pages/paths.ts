import { slugify } from '../../core/codes.js';
import { CPT_LABEL_PREFIX } from '../../core/cpt-label.js';
import type { CodeSystemId } from '../../core/systems.js';

/** Node kinds that group codes and have a browse page instead of a code page. */
const GROUPING = new Set(['chapter', 'section', 'range']);

/** The canonical address of a code page: /code/{system}/{code}-{slug}, or without slug when there is no descriptor. */
export function codeHref(system: string, code: string, display: string): string {
  // A CPT category label is not the code's name: the address carries no slug of it.
  const slug = display.startsWith(CPT_LABEL_PREFIX) ? '' : slugify(display);
  const base = `/code/${system}/${encodeURIComponent(code)}`;
  return slug ? `${base}-${slug}` : base;
}

/** The browse page of a system, or of one grouping node by its key. */
export function browseHref(system: string, key?: string, offset = 0): string {
  const base = key === undefined ? `/browse/${system}` : `/browse/${system}/${encodeURIComponent(key)}`;
  return offset > 0 ? `${base}?offset=${offset}` : base;
}

/** The key of a grouping node from its display code: ICD-10-CM chapters show "Chapter 4" for key CH4. */
function groupKeyOf(code: string): string {
  const chapter = /^Chapter (\d+)$/.exec(code);
  return chapter ? `CH${chapter[1]}` : code;
}

/** Where a node of a hierarchy links: grouping nodes to their browse page, codes and headers to their code page. */
export function nodeHref(ref: { system: string; code: string; display: string; kind: string }): string {
  return GROUPING.has(ref.kind) ? browseHref(ref.system, groupKeyOf(ref.code)) : codeHref(ref.system, ref.code, ref.display);
}

export function isGrouping(kind: string): boolean {
  return GROUPING.has(kind);
}

export interface SearchParams {
  q: string;
  system?: CodeSystemId | undefined;
  billable?: boolean | undefined;
  page?: number | undefined;
}

export function searchHref(p: SearchParams): string {
  const params = new URLSearchParams({ q: p.q });
  if (p.system) params.set('system', p.system);
  if (p.billable) params.set('billable', '1');
  if (p.page && p.page > 1) params.set('page', String(p.page));
  return `/search?${params.toString()}`;
}

/**
 * Codes that a code-page path segment may name, most specific first ("E08-E13-diabetes" → E08-E13, E08).
 * The segment is already decoded (the router decodes path parameters once); decoding it again made
 * "%25" a malformed escape and a 500.
 */
export function codeCandidatesFromSegment(segment: string): string[] {
  const parts = segment.split('-');
  const out: string[] = [];
  if (parts.length >= 2) out.push(`${parts[0]}-${parts[1]}`);
  if (parts[0]) out.push(parts[0]);
  return out;
}
