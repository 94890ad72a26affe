/**
 * Templates of the smaller sections: Obstetrics (1), Placement (2), Measurement and Monitoring (4),
 * Extracorporeal or Systemic Assistance and Performance (5) and Therapies (6), Osteopathic (7),
 * Other Procedures (8), Chiropractic (9), Mental Health (G). See docs/sources/icd10pcs.md.
 */
import { medicalSurgicalTemplate } from './title-medsurg.js';
import { isEmptyAxisLabel, type Template, type TitleAxis } from './title-phrases.js';

const t = (text: string, render?: Template['render']): Template => (render ? { text, render } : { text });
const raw = (a: TitleAxis) => a.label;
const has = (axes: readonly TitleAxis[], pos: number) => !isEmptyAxisLabel(axes[pos - 1]?.label ?? 'None');

/** Body regions named by an adjective ("Cervical", "Nasal", "Circulatory") rather than a noun. */
const ADJECTIVE = /(al|ic|ory|ary|ous)$|^Lumbar$/;
/** An adjective region reads "Cervical Region" after "of". */
const region = (a: TitleAxis) => (ADJECTIVE.test(a.label) ? `${a.label} Region` : a.label);

/** Obstetrics: a qualifier naming a fetal system or fluid becomes the object; others as section 0. */
export function obstetricsTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  if (has(axes, 7)) {
    if (operation === 'Drainage') return t('Drainage of {7} from {4}[, {5}]');
    if (operation === 'Repair') return t('Repair {7} in {4}[ with {6}][, {5}]');
    if (operation === 'Transplantation') return t('Transplantation of {7} into {4}[, {5}]');
    if (axes[6]?.label === 'Manual') return t('Manual {3} of {4}[, {5}]');
  }
  if (operation === 'Extraction') return t('Extraction of {4}[, {7}][, {5}]');
  return medicalSurgicalTemplate(axes);
}

/** Placement: anatomical orifices hold packing ("Change Nasal Packing Material"), other regions devices "on" them. */
export function placementTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  const orifices = axes[1]?.label === 'Anatomical Orifices';
  if (operation === 'Change') return orifices ? t('Change {4} {6}', { 4: raw }) : t('Change {6} on {4}');
  if (operation === 'Removal') return orifices ? t('Removal of {4} {6}', { 4: raw }) : t('Removal of {6} on {4}');
  return t('{3} of {4}[ using {6}]', orifices ? { 4: region } : undefined);
}

/** Qualifiers of Measurement and Monitoring written "using …". */
const MEASURED_USING = new Set(['Indocyanine Green Dye', 'Wireless Sensor']);

/** Measurement and Monitoring: "{3} of {body} {function}[, {qualifier}], {approach}". */
export function measurementTemplate(axes: readonly TitleAxis[]): Template {
  const qualifier = axes[6]?.label ?? '';
  if (qualifier === 'Intracranial' && axes[3]?.label === 'Central Nervous') return t('{3} of {7} {6}[, {5}]');
  // Cardiac stress: Measurement of "Total Activity", Monitoring of "Stress".
  if (qualifier === 'Stress') return t(axes[2]?.label === 'Monitoring' ? '{3} of {4} {7}[, {5}]' : '{3} of {4} {6}[, {5}]');
  if (MEASURED_USING.has(qualifier)) return t('{3} of[ {4}] {6} using {7}[, {5}]', { 4: raw });
  return t('{3} of[ {4}] {6}[, {7}][, {5}]', { 4: raw });
}

/** Assistance qualifiers that are the means ("using Balloon Pump"). */
const ASSISTED_USING = new Set(['Balloon Pump', 'Pulsatile Compression', 'Other Pump', 'Impeller Pump']);

/**
 * Assistance and Performance: "Assistance with Cardiac Output using Balloon Pump, Intermittent";
 * circulatory ones are "Extracorporeal …", respiratory performance is "Respiratory Ventilation, …".
 */
export function assistanceTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  const body = axes[3]?.label ?? '';
  const fn = axes[5]?.label ?? '';
  const qualifier = axes[6]?.label ?? '';
  const render = { 4: raw, 5: raw };
  // Extracorporeal oxygenation: a Continuous duration is not written, an Intraoperative one is.
  if (body === 'Circulatory' && operation === 'Performance')
    return t(axes[4]?.label === 'Continuous' ? 'Extracorporeal {6}[, {7}]' : 'Extracorporeal {6}[, {7}], {5}', render);
  if (body === 'Circulatory' && fn === 'Cerebral Embolic Filtration') return t('{5} {6}[, {7}]', render);
  if (body === 'Circulatory') return t('Extracorporeal [{7} ]{6}, {5}', render);
  if (operation === 'Performance' && body === 'Respiratory') return t('{4} {6}, {5}[, {7}]', render);
  const lead = operation === 'Assistance' ? 'Assistance with' : `${operation} of`;
  if (ASSISTED_USING.has(qualifier)) return t(`${lead} {4} {6} using {7}, {5}`, render);
  if (qualifier === 'Supersaturated') return t(`${lead} {4} {6}, {7}`, render);
  return t(`${lead} {4} {6}, {5}[, {7}]`, render);
}

/** Extracorporeal or Systemic Therapies: "{3} of {body}, {duration}", adjective systems after a comma. */
export function therapiesTemplate(axes: readonly TitleAxis[]): Template {
  const body = axes[3]?.label ?? '';
  const render = { 4: raw, 5: raw };
  if (has(axes, 6))
    return axes[5]?.label === 'Donor Organ' ? t('{3} of {4} {6}, {5}', render) : t('{3} of {4} using {6}, {5}[, {7}]', render);
  if (has(axes, 7)) return t('{3} of {7}, {5}', render);
  if (!has(axes, 4)) return t('{3}, {5}', render);
  return ADJECTIVE.test(body) ? t('{3}, {4}, {5}', render) : t('{3} of {4}, {5}', render);
}

/** Osteopathic methods that are forces ("using Indirect Forces"). */
const FORCES = new Set([
  'Articulatory-Raising',
  'High Velocity-Low Amplitude',
  'Indirect',
  'Low Velocity-High Amplitude',
  'Muscle Energy-Isometric',
  'Muscle Energy-Isotonic',
]);
const method = (a: TitleAxis) => (FORCES.has(a.label) ? `${a.label} Forces` : a.label);

export const osteopathicTemplate = (): Template => t('Osteopathic {3} of {4} using {6}', { 4: region, 6: method });
export const chiropracticTemplate = (): Template => t('Chiropractic {3} of {4}[, {6}]', { 4: region });

/**
 * Other Procedures: the method is the procedure ("Robotic Assisted Procedure of Trunk Region");
 * "Other Method" takes the qualifier's name ("Examination of …", "Suture Removal from …"); an
 * External approach is left out (but Near Infrared Spectroscopy keeps it).
 */
export function otherProceduresTemplate(axes: readonly TitleAxis[]): Template {
  const fn = axes[5]?.label ?? '';
  const qualifier = axes[6]?.label ?? '';
  const external = axes[4]?.label === 'External' && fn !== 'Near Infrared Spectroscopy';
  const approach = external ? '' : '[, {5}]';
  const render = { 4: raw };
  if (fn === 'Collection')
    return axes[1]?.label === 'Indwelling Device' ? t('Collection of {7} from Indwelling Device in {4}', render) : t('{7} {6}');
  if (fn === 'Other Method') return t(`{7}[ ${qualifier === 'Suture Removal' ? 'from' : 'of'} {4}]${approach}`, render);
  if (fn === 'Acupuncture') return t('{6}[ using {7}]');
  if (fn === 'Therapeutic Massage') return t('{6}[ of {7}]');
  if (fn === 'Confocal Microscopy') return t('{5} {6}[, {7}]', { 5: raw });
  const qualifierPart = qualifier.startsWith('With ') ? '[, {7}]' : '[ using {7}]';
  return t(`{6} of {4}${qualifierPart}${approach}`, render);
}

/** Mental Health: "{3}, {type}"; Counseling "Educational Counseling"; a type naming the operation replaces it. */
export function mentalHealthTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  const type = axes[3]?.label ?? '';
  if (has(axes, 4) && type.includes(operation)) return t('{4}');
  if (operation === 'Counseling') return t('{4} {3}');
  return t('{3}[, {4}]');
}
