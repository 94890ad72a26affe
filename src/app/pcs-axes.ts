import type { ReadStore } from '../store/reader.js';
import type { AxisView } from './views.js';

/** The prefix an axis label of an ICD-10-PCS code depends on: the preceding characters, or the table for positions 4–7. */
export function axisPrefix(code: string, position: number): string {
  return position <= 3 ? code.slice(0, position - 1) : code.slice(0, 3);
}

/** The seven axes of a PCS code with labels and, where the definitions file has them, definitions. */
export function pcsAxes(store: ReadStore, code: string): AxisView[] {
  const wanted = [...code].map((value, i) => ({ prefix: axisPrefix(code, i + 1), position: i + 1, value }));
  const rows = store.pcsAxes(wanted);
  return wanted.map((w) => {
    const row = rows.find((r) => r.prefix === w.prefix && r.position === w.position && r.value === w.value);
    const axis: AxisView = { position: w.position, name: row?.name ?? `Character ${w.position}`, value: w.value, label: row?.label ?? '' };
    const def = row ? store.pcsDefinition(code.slice(0, 1), w.position, row.label) : null;
    if (def?.definition) axis.definition = def.definition;
    if (def?.explanation) axis.explanation = def.explanation;
    if (def && def.includes.length > 0) axis.includes = def.includes;
    return axis;
  });
}
