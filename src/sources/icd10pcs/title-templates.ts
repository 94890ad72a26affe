/**
 * Title templates by section character and operation label ('*' = any other operation).
 * A template may be a function of the axes when the wording depends on a value.
 */
import { bypassTemplate, medicalSurgicalTemplate } from './title-medsurg.js';
import { newTechnologyTemplate } from './title-newtech.js';
import {
  assistanceTemplate,
  chiropracticTemplate,
  measurementTemplate,
  mentalHealthTemplate,
  obstetricsTemplate,
  osteopathicTemplate,
  otherProceduresTemplate,
  placementTemplate,
  therapiesTemplate,
} from './title-other-sections.js';
import { isEmptyAxisLabel, type Template, type TitleAxis } from './title-phrases.js';

type TemplateChoice = Template | ((axes: readonly TitleAxis[]) => Template);

const t = (text: string, render?: Template['render']): Template => (render ? { text, render } : { text });

const MEDICAL_SURGICAL: Record<string, TemplateChoice> = {
  '*': medicalSurgicalTemplate,
  Bypass: bypassTemplate,
};

const raw = (a: TitleAxis) => a.label;

/** Physical Rehabilitation equipment named as a thing; the other equipment values read "… Equipment". */
const PLAIN_EQUIPMENT = new Set([
  'Audiometer',
  'Computer',
  'Negative Pressure Therapy',
  'Orthosis',
  'Other Equipment',
  'Physical Agents',
  'Prosthesis',
  'Sound Field / Booth',
  'Speech Prosthesis',
  'Tympanometer',
]);
const equipment = (a: TitleAxis) => (PLAIN_EQUIPMENT.has(a.label) ? a.label : `${a.label} Equipment`);

/**
 * Physical Rehabilitation (F): "{type qualifier} Assessment|Treatment of {body} using {equipment}";
 * Caregiver Training "in {type qualifier}"; other operations keep their name ("Device Fitting").
 */
function rehabilitationTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  if (operation === 'Caregiver Training') return t('Caregiver Training in {5}[ using {6}]', { 5: raw, 6: equipment });
  const word = /(Assessment|Treatment)$/.exec(operation)?.[1] ?? operation;
  return t(`{5} ${word}[ of {4}][ using {6}]`, { 4: raw, 5: raw, 6: equipment });
}

/** Contrast as titles write it: "High Osmolar" → "High Osmolar Contrast". */
const contrast = (a: TitleAxis) => (a.label.endsWith('Osmolar') ? `${a.label} Contrast` : a.label);

/**
 * Imaging (B): "{type} of {body} using {contrast}, {qualifier}, {qualifier}"; without contrast the
 * first qualifier takes "using"; "Laser" and "Intraoperative" read as one phrase.
 */
function imagingTemplate(axes: readonly TitleAxis[]): Template {
  const hasContrast = !isEmptyAxisLabel(axes[4]?.label ?? 'None');
  const laser = axes[5]?.label === 'Laser';
  return t(`{3} of {4}[ using {5}][${hasContrast ? ',' : ' using'} {6}][${laser ? '' : ','} {7}]`, { 5: contrast });
}

/** Qualifiers of Administration that say where a substance comes from, written before it. */
const ORIGINS = new Set(['Autologous', 'Nonautologous', 'Hyperthermic']);
/** Qualifiers written after the substance in commas ("Antineoplastic, Monoclonal Antibody, into …"). */
const SUBSTANCE_NOTES = new Set(['Monoclonal Antibody']);

/**
 * Administration (section 3) Introduction: the qualifier is the more specific substance and takes
 * the substance's place ("Introduction of Insulin into …"), except origins (before it) and notes.
 */
function administrationTemplate(axes: readonly TitleAxis[]): Template {
  const qualifier = axes[6]?.label ?? '';
  const substance = ORIGINS.has(qualifier)
    ? '{7} {6}'
    : SUBSTANCE_NOTES.has(qualifier)
      ? '{6}, {7},'
      : isEmptyAxisLabel(qualifier)
        ? '{6}'
        : '{7}';
  return t(`{3} of ${substance} into {4}[, {5}]`);
}

export const PCS_TEMPLATES: Record<string, Record<string, TemplateChoice>> = {
  '0': MEDICAL_SURGICAL,
  '1': { '*': obstetricsTemplate },
  '2': { '*': placementTemplate },
  '3': {
    '*': administrationTemplate,
    Irrigation: (axes) => t(`Irrigation of ${axes[3]?.label === 'None' ? '{2}' : '{4}'} using {6}[, {5}][, {7}]`),
    Transfusion: t('Transfusion of [{7} ]{6} into {4}[, {5}]', { 7: (a) => a.label.replace(', ', ' ') }),
  },
  '4': { '*': measurementTemplate },
  '5': { '*': assistanceTemplate },
  '6': { '*': therapiesTemplate },
  '7': { '*': osteopathicTemplate },
  '8': { '*': otherProceduresTemplate },
  '9': { '*': chiropracticTemplate },
  B: { '*': imagingTemplate },
  C: { '*': t('{3} of {4}[ using {5}][, {6}]', { 5: raw }) },
  D: {
    '*': t('{3} of {4}[ using {5}][, {6}][, {7}]', { 5: raw }),
    Brachytherapy: t('{5} Brachytherapy of {4}[ using {6}][, {7}]', { 5: raw }),
    'Stereotactic Radiosurgery': t('{5} of {4}[, {6}][, {7}]', { 5: raw }),
    'Other Radiation': (axes) =>
      t(axes[4]?.label === 'Isotope Administration' ? '{5} to {4}[ using {6}]' : '{5} of {4}[ using {6}]', { 5: raw }),
  },

  F: { '*': rehabilitationTemplate },
  G: { '*': mentalHealthTemplate },
  H: { '*': t('{3} for Substance Abuse Treatment[, {4}]') },
  X: { '*': newTechnologyTemplate },
};
