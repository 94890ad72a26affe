/**
 * A public name for a CPT code whose descriptor is not licensed (CPT descriptors are © AMA and never
 * written here). It is built only from public data and says so: the CMS Restructured BETOS
 * Classification (category › subcategory › family), the CPT section the code's number falls in
 * (public range boundaries) and the NCCI add-on code edits. It is a category label, not the
 * descriptor, and always reads as one: "Category label: E&M › Office/Outpatient Services › Office
 * E&M - Established".
 */

interface CptLabelInput {
  rbcs?: { category?: unknown; subcategory?: unknown; family?: unknown } | null;
  /** The heading of the CPT section range that holds the code ("Surgery: Nervous System"). */
  section?: string | null;
  addOn?: boolean;
}

export interface CptLabel {
  text: string;
  /** What each part was taken from, for the page to show. */
  sources: string[];
}

export const CPT_LABEL_PREFIX = 'Category label: ';

function part(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return /^no rbcs/i.test(text) ? '' : text;
}

export function cptPublicLabel(input: CptLabelInput): CptLabel | null {
  const rbcs = [part(input.rbcs?.category), part(input.rbcs?.subcategory), part(input.rbcs?.family)].filter(Boolean);
  const sources: string[] = [];
  const pieces: string[] = [];
  if (rbcs.length > 0) {
    pieces.push(rbcs.join(' › '));
    sources.push('CMS Restructured BETOS Classification System (RBCS)');
  }
  if (input.section) {
    pieces.push(input.section);
    sources.push('CPT section of the code number (public range boundaries)');
  }
  if (input.addOn) {
    pieces.push('add-on code');
    sources.push('CMS NCCI add-on code edits');
  }
  if (pieces.length === 0) return null;
  return { text: `${CPT_LABEL_PREFIX}${pieces.join('; ')}`, sources };
}
