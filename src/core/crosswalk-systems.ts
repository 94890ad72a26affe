/**
 * Code systems that medcodes does not serve as code lists but that crosswalks point to (ICD-9-CM
 * diagnoses and procedures in the GEMs), and HCC model families. Kept apart from CODE_SYSTEMS so
 * that every user of CODE_SYSTEMS (routes, search filters, FHIR) stays unchanged.
 */
import { normalizeCodeKey } from './codes.js';
import { CODE_SYSTEMS, type CodeSystemId } from './systems.js';

const CROSSWALK_ONLY_SYSTEMS = ['icd9cm', 'icd9pcs'] as const;
type CrosswalkOnlySystemId = (typeof CROSSWALK_ONLY_SYSTEMS)[number];

/** A system a crosswalk may start from or lead to. */
export type CrosswalkSystemId = CodeSystemId | CrosswalkOnlySystemId;
export const CROSSWALK_SYSTEMS = [...CODE_SYSTEMS, ...CROSSWALK_ONLY_SYSTEMS] as const;

export function isCrosswalkSystemId(value: string): value is CrosswalkSystemId {
  return (CROSSWALK_SYSTEMS as readonly string[]).includes(value);
}

export function isCrosswalkOnlySystem(value: string): value is CrosswalkOnlySystemId {
  return (CROSSWALK_ONLY_SYSTEMS as readonly string[]).includes(value);
}

/**
 * The display form of an ICD-9-CM key: diagnoses "25000" → "250.00", "V700" → "V70.0",
 * "E8490" → "E849.0"; procedures "8154" → "81.54". Keys without a decimal part stay as they are.
 */
export function formatIcd9(system: CrosswalkOnlySystemId, key: string): string {
  const k = normalizeCodeKey(key);
  if (system === 'icd9pcs') return k.length > 2 ? `${k.slice(0, 2)}.${k.slice(2)}` : k;
  const head = k.startsWith('E') ? 4 : 3;
  return k.length > head ? `${k.slice(0, head)}.${k.slice(head)}` : k;
}
