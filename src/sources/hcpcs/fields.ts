/**
 * The fields of the CMS HCPCS Level II file: the header name in the xlsx edition and the position
 * in the 320-character fixed-width text edition (record layout of the alpha-numeric HCPCS file;
 * see docs/sources/hcpcs.md). One table drives both readers.
 */

interface HcpcsField {
  /** Internal field name. */
  key: string;
  /** Header spellings in the xlsx edition (case and whitespace are ignored). */
  headers: readonly string[];
  /** 1-based first position and length in the fixed-width record. */
  start: number;
  length: number;
  required: boolean;
}

function field(key: string, header: string, start: number, length: number, required = false): HcpcsField {
  const underscored = header.replace(/ /g, '_');
  return { key, headers: underscored === header ? [header] : [header, underscored], start, length, required };
}

/** `count` repeated fields (PRICE1..PRICE4) of `length` characters each from `start`. */
function repeated(key: string, header: string, start: number, length: number, count: number): HcpcsField[] {
  return Array.from({ length: count }, (_, i) => field(`${key}${i + 1}`, `${header}${i + 1}`, start + i * length, length));
}

export const HCPCS_FIELDS: readonly HcpcsField[] = [
  field('code', 'HCPC', 1, 5, true),
  field('sequence', 'SEQNUM', 6, 5, true),
  field('recordId', 'RECID', 11, 1, true),
  field('longDescription', 'LONG DESCRIPTION', 12, 80, true),
  field('shortDescription', 'SHORT DESCRIPTION', 92, 28, true),
  ...repeated('price', 'PRICE', 120, 2, 4),
  field('multiplePricing', 'MULT_PI', 128, 1),
  ...repeated('cim', 'CIM', 129, 6, 3),
  ...repeated('mcm', 'MCM', 147, 8, 3),
  field('statute', 'STATUTE', 171, 10),
  ...repeated('labCert', 'LABCERT', 181, 3, 8),
  ...repeated('xref', 'XREF', 205, 5, 5),
  field('coverage', 'COV', 230, 1, true),
  field('ascGroup', 'ASC_GRP', 231, 2),
  field('ascDate', 'ASC_DT', 233, 8),
  field('opps', 'OPPS', 241, 3),
  field('oppsIndicator', 'OPPS_PI', 244, 1),
  field('oppsDate', 'OPPS_DT', 245, 8),
  field('processingNote', 'PROCNOTE', 253, 4),
  field('betos', 'BETOS', 257, 3, true),
  // position 260 is filler
  ...repeated('tos', 'TOS', 261, 1, 5),
  field('anesthesiaUnits', 'ANEST_BU', 266, 3),
  field('addDate', 'ADD DT', 269, 8, true),
  field('actionEffectiveDate', 'ACT EFF DT', 277, 8, true),
  field('terminationDate', 'TERM DT', 285, 8, true),
  field('actionCode', 'ACTION CD', 293, 1, true),
  // positions 294-320 are filler
];

export const RECORD_LENGTH = 320;

/** Record identification codes: first record and continuation, of a procedure or a modifier. */
export const RECORD_IDS = { procedure: '3', procedureContinued: '4', modifier: '7', modifierContinued: '8' } as const;

/** Fields of one record by internal name; '' when blank. */
export type HcpcsFields = Record<string, string>;
