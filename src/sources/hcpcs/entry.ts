/**
 * From raw records (xlsx rows or fixed-width records, as field maps) to validated HCPCS entries:
 * continuation records are joined to their first record, codes and dates are checked, and every
 * column becomes an attribute with a stable camelCase name.
 */
import { SourceError } from '../../core/errors.js';
import { isoFromYmd } from '../files/dates.js';
import { type HcpcsFields, RECORD_IDS } from './fields.js';

export interface RawHcpcsRecord {
  fields: HcpcsFields;
  /** "row 12" or "record 12". */
  location: string;
}

export interface HcpcsEntry {
  key: string;
  kind: 'code' | 'modifier';
  longDescription: string;
  shortDescription: string;
  terminationDate: string | null;
  attributes: Record<string, unknown>;
  location: string;
}

const CODE_SHAPE = /^[A-Z][0-9]{4}$/;
const MODIFIER_SHAPE = /^[A-Z0-9]{2}$/;
const DATE_FIELDS: ReadonlyArray<[string, string]> = [
  ['addDate', 'ADD DT'],
  ['actionEffectiveDate', 'ACT EFF DT'],
  ['terminationDate', 'TERM DT'],
  ['ascDate', 'ASC_DT'],
  ['oppsDate', 'OPPS_DT'],
];

function list(fields: HcpcsFields, prefix: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    const v = fields[`${prefix}${i}`] ?? '';
    if (v !== '') out.push(v);
  }
  return out;
}

function orNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function dates(fields: HcpcsFields, file: string, location: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, header] of DATE_FIELDS) {
    const raw = fields[key] ?? '';
    if (raw === '') {
      out[key] = null;
      continue;
    }
    const iso = isoFromYmd(raw);
    if (!iso) throw new SourceError(file, location, `${header} "${raw}" is not a date (expected YYYYMMDD)`);
    out[key] = iso;
  }
  return out;
}

function attributesOf(fields: HcpcsFields, d: Record<string, string | null>): Record<string, unknown> {
  const units = fields.anesthesiaUnits ?? '';
  return {
    pricingIndicators: list(fields, 'price', 4),
    multiplePricingIndicator: orNull(fields.multiplePricing),
    cimReferences: list(fields, 'cim', 3),
    mcmReferences: list(fields, 'mcm', 3),
    statute: orNull(fields.statute),
    labCertifications: list(fields, 'labCert', 8),
    crossReferences: list(fields, 'xref', 5),
    coverageCode: orNull(fields.coverage),
    ascGroup: orNull(fields.ascGroup),
    ascGroupEffectiveDate: d.ascDate ?? null,
    oppsPaymentGroup: orNull(fields.opps),
    oppsPaymentIndicator: orNull(fields.oppsIndicator),
    oppsEffectiveDate: d.oppsDate ?? null,
    processingNote: orNull(fields.processingNote),
    betos: orNull(fields.betos),
    typesOfService: list(fields, 'tos', 5),
    anesthesiaBaseUnits: /^\d+$/.test(units) ? Number(units) : orNull(units),
    addDate: d.addDate ?? null,
    actionEffectiveDate: d.actionEffectiveDate ?? null,
    terminationDate: d.terminationDate ?? null,
    actionCode: orNull(fields.actionCode),
  };
}

function firstEntry(raw: RawHcpcsRecord, file: string): HcpcsEntry {
  const { fields, location } = raw;
  const recordId = fields.recordId ?? '';
  const kind = recordId === RECORD_IDS.procedure ? 'code' : 'modifier';
  const key = (fields.code ?? '').trim().toUpperCase();
  if (kind === 'code' && !CODE_SHAPE.test(key))
    throw new SourceError(file, location, `HCPCS code "${key}" is malformed (expected a letter and 4 digits)`);
  if (kind === 'modifier' && !MODIFIER_SHAPE.test(key))
    throw new SourceError(file, location, `modifier "${key}" is malformed (expected 2 characters)`);
  const longDescription = fields.longDescription ?? '';
  if (longDescription === '') throw new SourceError(file, location, `${key} has no long description`);
  const d = dates(fields, file, location);
  return {
    key,
    kind,
    longDescription,
    shortDescription: fields.shortDescription ?? '',
    terminationDate: d.terminationDate ?? null,
    attributes: attributesOf(fields, d),
    location,
  };
}

/** Join continuation records (RECID 4/8) to the entry they continue and validate each entry. */
export async function* assembleEntries(records: AsyncIterable<RawHcpcsRecord>, file: string): AsyncIterable<HcpcsEntry> {
  let current: HcpcsEntry | null = null;
  for await (const raw of records) {
    const recordId = raw.fields.recordId ?? '';
    if (recordId === RECORD_IDS.procedure || recordId === RECORD_IDS.modifier) {
      if (current) yield current;
      current = firstEntry(raw, file);
      continue;
    }
    if (recordId !== RECORD_IDS.procedureContinued && recordId !== RECORD_IDS.modifierContinued) {
      throw new SourceError(file, raw.location, `record identification code "${recordId}" is not 3, 4, 7 or 8`);
    }
    const key = (raw.fields.code ?? '').trim().toUpperCase();
    const wantKind = recordId === RECORD_IDS.procedureContinued ? 'code' : 'modifier';
    if (!current || current.key !== key || current.kind !== wantKind) {
      throw new SourceError(file, raw.location, `continuation record of "${key}" does not follow a first record of ${key}`);
    }
    const more = raw.fields.longDescription ?? '';
    if (more !== '') current.longDescription = `${current.longDescription} ${more}`;
  }
  if (current) yield current;
}
