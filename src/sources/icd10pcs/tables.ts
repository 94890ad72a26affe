/**
 * The ICD-10-PCS tables XML (icd10pcs_tables_<year>.xml): `pcsTable` elements hold axes 1–3 (one
 * value each: section, body system, operation) and `pcsRow`s holding axes 4–7 (body part,
 * approach, device, qualifier — names vary by section). Every combination of a row's values is a
 * valid code.
 */
import { SourceError } from '../../domain/errors.js';
import type { AxisRecord } from '../../domain/records.js';
import { childElement, childElements, type XmlElement } from '../files/xml.js';

export interface PcsAxisValue {
  position: number;
  /** Axis title ("Body Part", "Approach", …). */
  name: string;
  value: string;
  label: string;
}

export interface PcsRow {
  /** The row's `codes` attribute: how many codes it says it holds. */
  declaredCodes: number | null;
  /** Values of positions 4..7, in order. */
  axes: Array<{ position: number; name: string; values: Array<{ value: string; label: string }> }>;
  where: string;
}

export interface PcsTable {
  /** Positions 1..3, one value each. */
  head: [PcsAxisValue, PcsAxisValue, PcsAxisValue];
  /** The operation definition given in the table (axis 3), if any. */
  operationDefinition: string | null;
  rows: PcsRow[];
  where: string;
}

const VALUE = /^[0-9A-HJ-NP-Z]$/;

function place(el: XmlElement): string {
  return `${el.where}, line ${el.line}`;
}

function requireAttr(file: string, el: XmlElement, name: string): string {
  const v = el.attrs[name];
  if (v === undefined || v.trim() === '') throw new SourceError(file, place(el), `<${el.name}> has no "${name}" attribute`);
  return v.trim();
}

function readAxis(file: string, el: XmlElement): { position: number; name: string; values: Array<{ value: string; label: string }> } {
  const pos = Number(requireAttr(file, el, 'pos'));
  if (!Number.isInteger(pos) || pos < 1 || pos > 7) throw new SourceError(file, place(el), `axis pos must be 1..7, got "${el.attrs.pos}"`);
  const title = childElement(el, 'title');
  if (!title || title.text === '') throw new SourceError(file, place(el), 'axis has no <title>');
  const labels = childElements(el, 'label');
  if (labels.length === 0) throw new SourceError(file, place(el), 'axis has no <label>');
  const values = labels.map((l) => {
    const value = requireAttr(file, l, 'code');
    if (!VALUE.test(value)) throw new SourceError(file, place(l), `label code must be one PCS character, got "${value}"`);
    if (l.text === '') throw new SourceError(file, place(l), 'label has no text');
    return { value, label: l.text };
  });
  return { position: pos, name: title.text, values };
}

/** Checks and converts one `pcsTable` element. */
export function readPcsTable(file: string, el: XmlElement): PcsTable {
  const axes = childElements(el, 'axis').map((a) => ({ el: a, axis: readAxis(file, a) }));
  const head = [1, 2, 3].map((pos) => {
    const found = axes.find((a) => a.axis.position === pos);
    if (!found) throw new SourceError(file, place(el), `table has no axis pos=${pos}`);
    const first = found.axis.values[0];
    if (found.axis.values.length !== 1 || !first)
      throw new SourceError(file, place(found.el), `axis pos=${pos} must have exactly one label`);
    return { position: pos, name: found.axis.name, value: first.value, label: first.label };
  }) as [PcsAxisValue, PcsAxisValue, PcsAxisValue];
  const operation = axes.find((a) => a.axis.position === 3);
  const definition = operation ? childElement(operation.el, 'definition') : undefined;
  const rows = childElements(el, 'pcsRow').map((r) => readRow(file, r));
  if (rows.length === 0) throw new SourceError(file, place(el), 'table has no <pcsRow>');
  return { head, operationDefinition: definition?.text ?? null, rows, where: place(el) };
}

function readRow(file: string, el: XmlElement): PcsRow {
  const axes = childElements(el, 'axis').map((a) => readAxis(file, a));
  for (const pos of [4, 5, 6, 7]) {
    if (axes.filter((a) => a.position === pos).length !== 1)
      throw new SourceError(file, place(el), `row must have exactly one axis pos=${pos}`);
  }
  axes.sort((a, b) => a.position - b.position);
  const declared = el.attrs.codes === undefined ? null : Number(el.attrs.codes);
  return { declaredCodes: declared, axes, where: place(el) };
}

/** Key of a table: its three head characters ("0SR"). */
export function tableKey(table: PcsTable): string {
  return table.head.map((h) => h.value).join('');
}

/** Every valid code of a table: the cartesian product of each row's values, with all 7 axis values. */
export function* expandPcsTable(table: PcsTable): Iterable<{ code: string; axes: PcsAxisValue[] }> {
  for (const row of table.rows) {
    const lists = row.axes.map((a) => a.values.map((v) => ({ position: a.position, name: a.name, value: v.value, label: v.label })));
    const [l4, l5, l6, l7] = lists as [PcsAxisValue[], PcsAxisValue[], PcsAxisValue[], PcsAxisValue[]];
    for (const a4 of l4)
      for (const a5 of l5)
        for (const a6 of l6)
          for (const a7 of l7) {
            const axes = [...table.head, a4, a5, a6, a7];
            yield { code: axes.map((a) => a.value).join(''), axes };
          }
  }
}

/** Problems in a table: rows whose `codes` attribute disagrees with their product. */
export function rowCountProblems(table: PcsTable): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    const product = row.axes.reduce((n, a) => n * a.values.length, 1);
    if (row.declaredCodes !== null && row.declaredCodes !== product)
      out.push(`${row.where}: codes="${row.declaredCodes}" but its axes give ${product} codes`);
  }
  return out;
}

/**
 * Axis labels of a table. Positions 1–3 use the preceding characters as prefix ('' for the
 * section, "0" for the body system, "0S" for the operation); positions 4–7 use the table ("0SR").
 * Within one table a value of positions 5–7 can mean different things in different rows (3E0:
 * qualifier 0 is "Autologous" in one row, "Influenza Vaccine" in another), so one record is
 * yielded per distinct label; `seen` (prefix|position|value → labels) drops exact repeats and
 * `tally.ambiguous` counts values that carry more than one label.
 */
export function axisRecordsOf(
  table: PcsTable,
  sourceRelease: string,
  seen: Map<string, string[]>,
  tally: { ambiguous: number },
): AxisRecord[] {
  const out: AxisRecord[] = [];
  const key = tableKey(table);
  const add = (prefix: string, position: number, name: string, value: string, label: string) => {
    const id = `${prefix}|${position}|${value}`;
    const known = seen.get(id) ?? [];
    if (known.includes(label)) return;
    if (known.length === 1) tally.ambiguous += 1;
    seen.set(id, [...known, label]);
    out.push({ type: 'axis', system: 'icd10pcs', sourceRelease, prefix, position, name, value, label });
  };
  for (const h of table.head) add(key.slice(0, h.position - 1), h.position, h.name, h.value, h.label);
  for (const row of table.rows) for (const a of row.axes) for (const v of a.values) add(key, a.position, a.name, v.value, v.label);
  return out;
}
