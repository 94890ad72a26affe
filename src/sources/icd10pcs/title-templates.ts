/**
 * Title templates by section character and operation label ('*' = any other operation).
 * A template may be a function of the axes when the wording depends on a value.
 */
import { invertLabel, type Template, type TitleAxis } from './title-phrases.js';

const invert = (a: TitleAxis) => invertLabel(a.label);

export type TemplateChoice = Template | ((axes: readonly TitleAxis[]) => Template);

const t = (text: string, render?: Template['render']): Template => (render ? { text, render } : { text });

const MEDICAL_SURGICAL: Record<string, TemplateChoice> = {
  '*': t('{3} of {4}[ with {6}][, {7}][, {5}]'),
  Alteration: t('Alteration of {4}[ with {6}][, {5}]'),
  Bypass: (axes) =>
    axes[3]?.label.startsWith('Coronary Artery')
      ? t('Bypass {4:raw} from {7}[ with {6}][, {5}]', { 7: invert })
      : t('Bypass {4}[ to {7}][ with {6}][, {5}]', { 7: invert }),
  Change: t('Change {6} in {4}[, {5}]'),
  Control: t('Control Bleeding in {4}[, {5}]'),
  Destruction: t('Destruction of {4}[ using {7}][, {5}]'),
  Detachment: t('Detachment at {4}[, {7}][, {5}]'),
  Drainage: t('Drainage of {4}[ with {6}][, {5}][, {7}]'),
  Excision: t('Excision of {4}[, {5}][, {7}]'),
  Extirpation: t('Extirpation of Matter from {4}[, {5}]'),
  Extraction: t('Extraction of {4}[, {5}][, {7}]'),
  Fragmentation: t('Fragmentation in {4}[, {5}]'),
  Insertion: t('Insertion of {6} into {4}[, {7}][, {5}]'),
  Map: t('Map {4}[ using {7}][, {5}]'),
  Release: t('Release {4}[, {7}][, {5}]'),
  Removal: t('Removal of {6} from {4}[, {7}][, {5}]'),
  Repair: t('Repair {4}[, {7}][, {5}]'),
  Reposition: t('Reposition {4}[ with {6}][, {7}][, {5}]'),
  Resection: t('Resection of {4}[, {5}][, {7}]'),
  Revision: t('Revision of {6} in {4}[, {7}][, {5}]'),
  Supplement: t('Supplement {4}[ with {6}][, {7}][, {5}]'),
  Transfer: t('Transfer {4}[ to {7}][, {5}]', { 7: invert }),
  Transplantation: t('Transplantation of {4}[, {7}][, {5}]'),
};

const raw = (a: TitleAxis) => a.label;

export const PCS_TEMPLATES: Record<string, Record<string, TemplateChoice>> = {
  '0': MEDICAL_SURGICAL,
  '2': {
    '*': t('{3} of {4}[ using {6}]'),
    Removal: t('Removal of {6} on {4}'),
    Change: t('Change {6} on {4}'),
  },
  '3': {
    '*': t('{3} of {6} into {4}[, {5}][, {7}]'),
    Irrigation: t('Irrigation of {4} using {6}[, {5}][, {7}]'),
    Transfusion: t('Transfusion of [{7} ]{6} into {4}[, {5}]'),
  },
  '4': { '*': t('{3} of {4} {6}[, {7}][, {5}]') },
  '7': { '*': t('Osteopathic {3} of {4} using {6}') },
  '9': { '*': t('Chiropractic {3} of {4}[, {6}]') },
  B: { '*': t('{3} of {4}[ using {5}][, {6}][, {7}]', { 5: raw }) },
  C: { '*': t('{3} of {4}[ using {5}][, {6}]', { 5: raw }) },
  D: {
    '*': t('{3} of {4}[ using {5}][, {6}]', { 5: raw }),
    Brachytherapy: t('{5} Brachytherapy of {4}[ using {6}]', { 5: raw }),
    'Other Radiation': t('{5} of {4}', { 5: raw }),
  },
  G: { '*': t('{3}[, {4}]') },
  H: { '*': t('{3} for Substance Abuse Treatment[, {4}]') },
  X: {
    ...MEDICAL_SURGICAL,
    '*': t('{3} of {4}[ with {6}][, {5}][, {7}]'),
    Introduction: t('Introduction of {6} into {4}[, {5}][, {7}]', { 4: raw }),
    Transfusion: t('Transfusion of {6} into {4}[, {5}][, {7}]'),
  },
};
