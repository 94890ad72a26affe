import { slugify } from '../../domain/codes.js';

/** The canonical address of a code page: /code/{system}/{code}-{slug}, or without slug when there is no descriptor. */
export function codeHref(system: string, code: string, display: string): string {
  const slug = slugify(display);
  const base = `/code/${system}/${encodeURIComponent(code)}`;
  return slug ? `${base}-${slug}` : base;
}

/** Codes that a code-page path segment may name, most specific first ("E08-E13-diabetes" → E08-E13, E08). */
export function codeCandidatesFromSegment(segment: string): string[] {
  const parts = decodeURIComponent(segment).split('-');
  const out: string[] = [];
  if (parts.length >= 2) out.push(`${parts[0]}-${parts[1]}`);
  if (parts[0]) out.push(parts[0]);
  return out;
}
