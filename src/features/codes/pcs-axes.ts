import type { ReadStore } from './reader.js';
import type { AxisView } from './views.js';

/** The prefix an axis label of an ICD-10-PCS code depends on: the preceding characters, or the table for positions 4–7. */
function axisPrefix(code: string, position: number): string {
  return position <= 3 ? code.slice(0, position - 1) : code.slice(0, 3);
}

/**
 * The seven axes of a PCS code with labels and, where the definitions file has them, definitions.
 * A few values mean different things in different rows of one table (3E0: qualifier 0 is
 * "Autologous" or "Influenza Vaccine"); for those the plug-in also yields labels keyed by all the
 * preceding characters, and the longest matching prefix wins.
 */
export function pcsAxes(store: ReadStore, code: string): AxisView[] {
  const wanted = [...code].flatMap((value, i) => {
    const position = i + 1;
    const general = { prefix: axisPrefix(code, position), position, value };
    return position > 4 ? [general, { prefix: code.slice(0, position - 1), position, value }] : [general];
  });
  const rows = store.pcsAxes(wanted);
  return [...code].map((value, i) => {
    const position = i + 1;
    const row = rows
      .filter((r) => r.position === position && r.value === value && code.startsWith(r.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    const axis: AxisView = { position, name: row?.name ?? `Character ${position}`, value, label: row?.label ?? '' };
    const def = row ? store.pcsDefinition(code.slice(0, 1), position, row.label) : null;
    if (def?.definition) axis.definition = def.definition;
    if (def?.explanation) axis.explanation = def.explanation;
    if (def && def.includes.length > 0) axis.includes = def.includes;
    return axis;
  });
}
