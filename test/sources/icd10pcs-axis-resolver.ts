/** Test helper: reads ICD-10-PCS axis records the way the app does (src/app/pcs-axes.ts). */
import type { AxisRecord } from '../../src/core/records.js';

/**
 * The label of one position of a code from axis records, as src/app/pcs-axes.ts reads them: the
 * preceding characters (the table for positions 4–7), for positions 5–7 also all the preceding
 * characters; the longest matching prefix wins.
 */
export function resolveAxisLabel(records: readonly AxisRecord[], code: string, position: number): string | undefined {
  const value = code[position - 1];
  const general = position <= 3 ? code.slice(0, position - 1) : code.slice(0, 3);
  const prefixes = position > 4 ? [general, code.slice(0, position - 1)] : [general];
  return records
    .filter((r) => r.position === position && r.value === value && prefixes.includes(r.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0]?.label;
}
