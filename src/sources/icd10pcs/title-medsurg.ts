/**
 * Templates of Medical and Surgical (section 0) titles, also the base of New Technology (X).
 * An operation gives the head of the title ("Insertion of {D} into {B}": {B} the body part,
 * {D} the device) and where an ordinary qualifier goes; the qualifier's kind (title-labels.ts)
 * can move it (after the body part, "using …", in place of the body part, before the device).
 */
import { type QualifierKind, qualifierKind } from './title-labels.js';
import { isEmptyAxisLabel, type Template, type TitleAxis } from './title-phrases.js';

export interface OpSpec {
  /** Title head; `{B}` body part, `{D}` device (when absent the device follows as "with {6}"). */
  head: string | ((axes: readonly TitleAxis[]) => string);
  /** Where an ordinary qualifier goes: before or after the approach, or a fragment after the body part. */
  qualifier?: 'before' | 'after' | { afterBody: string };
  /** Word before a device that is not in the head ("with", New Technology often "using"). */
  deviceWord?: string;
  /** Word before the device after a "source" qualifier (Creation "from Truncal Valve using …"). */
  sourceDeviceWord?: string;
  /** Single / Multiple / All stay ordinary qualifiers (Drainage, Excision). */
  countsOrdinary?: boolean | ((axes: readonly TitleAxis[]) => boolean);
  /** Word between body part and a "source" qualifier. */
  sourceWord?: string;
}

const t = (text: string): Template => ({ text });

/** Body parts written "Repair of" and "Supplement of" (the others: "Repair Right Hip Joint"). */
const TEETH = /^(Upper|Lower) Tooth$/;
const SUPPLEMENT_OF = /^(Eye, (Right|Left)|Subcutaneous Tissue and Fascia, .*)$/;
/** A single vessel: "Radial Artery, Right", "Pulmonary Trunk" (not "Coronary Artery, One Artery"). */
const VESSEL = /^[^,]*(Artery|Vein|Trunk)(, (Right|Left))?$/;

/** The body-part phrase {B} by qualifier kind. */
const BODY: Partial<Record<QualifierKind, string>> = {
  names: '{7}',
  part: '{4}, {7}',
  from: '{4} from {7} with {6:label}',
  with: '{4} with {7}',
  creates: '{7} in {4}',
};
/** The device phrase {D} by qualifier kind. */
const DEVICE: Partial<Record<QualifierKind, string>> = { device: '{7} {6}', route: '{6}, {7},' };

function bodyPhrase(spec: OpSpec, kind: QualifierKind | undefined): string {
  if (kind === 'source') return `{4} ${spec.sourceWord ?? 'created from'} {7}`;
  if (kind === undefined && typeof spec.qualifier === 'object') return `{4}[${spec.qualifier.afterBody}]`;
  return (kind && BODY[kind]) ?? '{4}';
}

/** The device after the body part when the head has no {D}: "[ with {6}]", after a part "[, with {6}]". */
function deviceClause(spec: OpSpec, kind: QualifierKind | undefined): string {
  if (kind === 'flap' || kind === 'from') return '';
  const word = kind === 'source' ? (spec.sourceDeviceWord ?? 'with') : (spec.deviceWord ?? 'with');
  if (kind === 'part') return `[, ${word} {6}]`;
  if (kind === 'using') return `[ ${word} {6},]`;
  if (kind === 'with') return '[, {6}]';
  return `[ ${word} {6}]`;
}

/** The qualifier's kind in this code; Single / Multiple / All are parts unless the operation keeps them ordinary. */
function kindOf(spec: OpSpec, axes: readonly TitleAxis[]): QualifierKind | undefined {
  const qualifier = axes[6]?.label ?? '';
  const kind = isEmptyAxisLabel(qualifier) ? undefined : qualifierKind(axes[2]?.label ?? '', qualifier);
  if (kind !== 'count') return kind;
  const ordinary = typeof spec.countsOrdinary === 'function' ? spec.countsOrdinary(axes) : spec.countsOrdinary;
  return ordinary ? undefined : 'part';
}

/** The template of one code from its operation spec and qualifier (`forced`: the qualifier's kind decided by the caller). */
export function medSurgTemplate(spec: OpSpec, axes: readonly TitleAxis[], forced?: QualifierKind): Template {
  const kind = forced ?? kindOf(spec, axes);
  const head = typeof spec.head === 'function' ? spec.head(axes) : spec.head;
  let text = head.replace('{B}', bodyPhrase(spec, kind)).replace('{D}', (kind && DEVICE[kind]) ?? '{6}');
  if (!head.includes('{D}')) text += deviceClause(spec, kind);
  if (kind === 'using' || kind === 'flap') text += ' using {7}';
  const slot = kind === undefined ? (spec.qualifier ?? 'before') : null;
  if (slot === 'before') text += '[, {7}]';
  text += '[, {5}]';
  if (slot === 'after') text += '[, {7}]';
  return t(text);
}

const MEDICAL_SURGICAL_OPS: Record<string, OpSpec> = {
  '*': { head: '{3} of {B}' },
  Bypass: {
    head: 'Bypass {B}',
    qualifier: { afterBody: ' to {7}' },
  },
  Change: { head: 'Change {D} in {B}' },
  Control: { head: 'Control Bleeding in {B}' },
  Creation: { head: 'Creation of {B}', sourceWord: 'from', sourceDeviceWord: 'using' },
  Detachment: { head: 'Detachment at {B}' },
  Drainage: { head: 'Drainage of {B}', qualifier: 'after', countsOrdinary: true },
  Excision: { head: 'Excision of {B}', qualifier: 'after', countsOrdinary: true },
  Extirpation: { head: 'Extirpation of Matter from {B}' },
  Extraction: { head: 'Extraction of {B}', qualifier: 'after' },
  // Vessels (ultrasound-assisted rows) take "of", other parts "in".
  Fragmentation: {
    head: (axes) => (VESSEL.test(axes[3]?.label ?? '') ? 'Fragmentation of {B}' : 'Fragmentation in {B}'),
    qualifier: 'after',
  },
  Insertion: { head: 'Insertion of {D} into {B}' },
  Map: { head: 'Map {B}' },
  Release: { head: 'Release {B}' },
  Removal: { head: 'Removal of {D} from {B}' },
  Repair: { head: (axes) => (TEETH.test(axes[3]?.label ?? '') ? 'Repair of {B}' : 'Repair {B}') },
  // Teeth: a count is a part with the External approach, an ordinary qualifier with Open.
  Reposition: { head: 'Reposition {B}', countsOrdinary: (axes) => axes[4]?.label === 'Open' },
  Resection: { head: 'Resection of {B}', qualifier: 'after' },
  Revision: { head: 'Revision of {D} in {B}' },
  Supplement: { head: (axes) => (SUPPLEMENT_OF.test(axes[3]?.label ?? '') ? 'Supplement of {B}' : 'Supplement {B}') },
  Transfer: { head: 'Transfer {B}', qualifier: { afterBody: ' to {7}' } },
};

/** Systemic arteries a pulmonary artery is bypassed from ("Bypass Pulmonary Trunk from Carotid"). */
const SHUNT_SOURCES = new Set(['Innominate Artery', 'Subclavian', 'Carotid']);

/** Bypass: coronary arteries "from" the source; pulmonary arteries "from" a systemic artery (device always written). */
export function bypassTemplate(axes: readonly TitleAxis[]): Template {
  const body = axes[3]?.label ?? '';
  if (body.startsWith('Coronary Artery')) return medSurgTemplate({ head: 'Bypass {B}', qualifier: { afterBody: ' from {7}' } }, axes);
  if (/^Pulmonary (Trunk|Artery)/.test(body) && SHUNT_SOURCES.has(axes[6]?.label ?? ''))
    return medSurgTemplate(MEDICAL_SURGICAL_OPS.Bypass as OpSpec, axes, 'from');
  return medicalSurgicalTemplate(axes);
}

/** Section 0 template of a code. */
export function medicalSurgicalTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  const spec = MEDICAL_SURGICAL_OPS[operation] ?? (MEDICAL_SURGICAL_OPS['*'] as OpSpec);
  return medSurgTemplate(spec, axes);
}
