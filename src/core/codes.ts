import type { CodeSystemId } from './systems.js';

/**
 * The lookup key of a code: upper case, no dots, no spaces or dashes.
 * `normalizeCodeKey(' e11.9 ') === 'E119'`. Idempotent.
 */
export function normalizeCodeKey(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.\-_]/g, '');
}

/**
 * An ICD-10-CM category: a letter, a digit (or, since FY2026's QA0, the letter A before a digit),
 * then a digit or letter.
 */
const ICD10CM_CATEGORY = /^[A-Z](?:[0-9]|A(?=[0-9]))[0-9A-Z]/;

/** The display form of a code key in its system: ICD-10-CM keys get a dot after the category. */
export function formatCode(system: CodeSystemId, key: string): string {
  const k = normalizeCodeKey(key);
  if (system === 'icd10cm' && k.length > 3 && ICD10CM_CATEGORY.test(k)) {
    return `${k.slice(0, 3)}.${k.slice(3)}`;
  }
  return k;
}

/** Shape checks used to guess a system from a bare code. */
const SHAPES: Array<[CodeSystemId, RegExp]> = [
  ['icd10pcs', /^[0-9A-HJ-NP-Z]{7}$/],
  ['cpt', /^[0-9]{4}[0-9AFMTU]$/],
  ['hcpcs', /^[A-V][0-9]{4}$/],
  ['icd10cm', /^[A-Z](?:[0-9]|A[0-9])[0-9A-Z]{0,5}$/],
  ['pos', /^[0-9]{2}$/],
];

/** Systems whose code shape the key fits, most specific first. */
export function systemsForShape(key: string): CodeSystemId[] {
  const k = normalizeCodeKey(key);
  return SHAPES.filter(([, re]) => re.test(k)).map(([s]) => s);
}

/** URL slug of a descriptor: lower case ASCII words joined by dashes, at most 80 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  return slug.slice(0, 80).replace(/-[^-]*$/, '');
}
