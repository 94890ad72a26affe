/**
 * The ICD-10-PCS tables XML (icd10pcs_tables_<year>.xml): `pcsTable` elements hold axes 1–3 (one
 * value each: section, body system, operation) and `pcsRow`s holding axes 4–7 (body part,
 * approach, device, qualifier — names vary by section). Every combination of a row's values is a
 * valid code.
 */
import { SourceError } from '../../core/errors.js';
import type { AxisRecord } from '../../core/records.js';
import { childElement, childElements, type XmlElement } from '../files/xml.js';

interface PcsAxisValue {
  position: number;
  /** Axis title ("Body Part", "Approach", …). */
  name: string;
  value: string;
  label: string;
}

interface PcsRow {
  /** The row's `codes` attribute: how many codes it says it holds. */
  declaredCodes: number | null;
  /** Values of positions 4..7, in order. */
  axes: Array<{ position: number; name: string; values: Array<{ value: string; label: string }> }>;
  where: string;
}

interface PcsTable {
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

/** What the axis records of the tables count: values with several labels in one table, and the row-specific records. */
export interface AxisTally {
  /** Values of positions 5–7 whose label differs between rows of one table (FY2026: 34). */
  ambiguous: number;
  /** Records keyed by all preceding characters, for rows whose label differs from the table's. */
  rowSpecific: number;
  /**
   * Values (by all preceding characters, or position 4 by table) whose label still depends on a
   * later character — New Technology substances (position 6) whose meaning changes with the
   * New Technology Group (position 7): no prefix record can tell them apart.
   */
  unresolved: number;
}

interface TableValue {
  position: number;
  name: string;
  value: string;
  /** Label → number of codes of the table that give the value this label. */
  labels: Map<string, number>;
}

/** Every value of positions 4–7 in a table with the labels its rows give it, most codes first-seen on ties. */
function tableValues(table: PcsTable): Map<string, TableValue> {
  const out = new Map<string, TableValue>();
  for (const row of table.rows) {
    const codes = row.axes.reduce((n, a) => n * a.values.length, 1);
    for (const a of row.axes)
      for (const v of a.values) {
        const id = `${a.position}|${v.value}`;
        const entry = out.get(id) ?? { position: a.position, name: a.name, value: v.value, labels: new Map<string, number>() };
        entry.labels.set(v.label, (entry.labels.get(v.label) ?? 0) + codes);
        out.set(id, entry);
      }
  }
  return out;
}

/** The label of a value for the whole table: the one most of its codes use (the first row's on a tie). */
function tableLabel(entry: TableValue): string {
  let best = '';
  let bestCodes = -1;
  for (const [label, codes] of entry.labels)
    if (codes > bestCodes) {
      best = label;
      bestCodes = codes;
    }
  return best;
}

/** Every combination of a row's values at positions 4..position-1, after the table key ("3E0" → "3E0134", …). */
function rowPrefixes(key: string, row: PcsRow, position: number): string[] {
  let prefixes = [key];
  for (const a of row.axes) if (a.position < position) prefixes = prefixes.flatMap((p) => a.values.map((v) => p + v.value));
  return prefixes;
}

/**
 * Labels of the ambiguous values of a table (positions 5–7) keyed by every prefix of all the
 * preceding characters of the rows holding them: "3E0134|7|0" → {"Influenza Vaccine"}.
 */
function prefixLabels(key: string, table: PcsTable, ambiguous: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of table.rows)
    for (const a of row.axes)
      for (const v of a.values) {
        if (!ambiguous.has(`${a.position}|${v.value}`)) continue;
        for (const prefix of rowPrefixes(key, row, a.position)) {
          const id = `${prefix}|${a.position}|${v.value}`;
          const labels = out.get(id) ?? new Set<string>();
          labels.add(v.label);
          out.set(id, labels);
        }
      }
  return out;
}

/**
 * Axis labels of a table. Positions 1–3 use the preceding characters as prefix ('' for the
 * section, "0" for the body system, "0S" for the operation; `seen` drops repeats across tables);
 * positions 4–7 use the table ("0SR"), one record per value with the label most of its codes use.
 * Within one table a value of positions 5–7 can mean different things in different rows (3E0:
 * qualifier 0 is "Autologous" in one row, "Influenza Vaccine" in another): for a row whose label
 * differs from the table's, records keyed by all the preceding characters of the row's codes
 * ("3E0134" + position 7) carry the row's label; readers take the longest matching prefix.
 */
export function axisRecordsOf(table: PcsTable, sourceRelease: string, seen: Set<string>, tally: AxisTally): AxisRecord[] {
  const out: AxisRecord[] = [];
  const key = tableKey(table);
  const add = (prefix: string, position: number, name: string, value: string, label: string) =>
    out.push({ type: 'axis', system: 'icd10pcs', sourceRelease, prefix, position, name, value, label });
  for (const h of table.head) {
    const id = `${key.slice(0, h.position - 1)}|${h.position}|${h.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    add(key.slice(0, h.position - 1), h.position, h.name, h.value, h.label);
  }
  const values = tableValues(table);
  const labelOf = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [id, entry] of values) {
    const label = tableLabel(entry);
    labelOf.set(id, label);
    add(key, entry.position, entry.name, entry.value, label);
    if (entry.labels.size === 1) continue;
    tally.ambiguous += 1;
    if (entry.position >= 5) ambiguous.add(id);
    else tally.unresolved += 1;
  }
  const names = new Map(table.rows.flatMap((r) => r.axes.map((a) => [a.position, a.name] as const)));
  for (const [id, labels] of prefixLabels(key, table, ambiguous)) {
    const [prefix = '', position = '', value = ''] = id.split('|');
    const [label = ''] = labels;
    if (labels.size > 1) tally.unresolved += 1;
    else if (label !== labelOf.get(`${position}|${value}`)) {
      add(prefix, Number(position), names.get(Number(position)) ?? '', value, label);
      tally.rowSpecific += 1;
    }
  }
  return out;
}
