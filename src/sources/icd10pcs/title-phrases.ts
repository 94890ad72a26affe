/**
 * Phrases of ICD-10-PCS long titles: how one axis label is written inside a title. Pure.
 */
import { DEVICE_AS_LABELLED, DEVICE_PHRASES, KEEP_AS_LABELLED, KEEP_PREFIXES, LABEL_PHRASES } from './title-labels.js';

export interface TitleAxis {
  position: number;
  /** Axis title from the tables ("Body Part", "Approach", …). */
  name: string;
  value: string;
  label: string;
}

const EMPTY_LABELS = new Set([
  'No Device',
  'No Qualifier',
  'None',
  'No Type',
  'No Method',
  'No Equipment',
  'No Contrast',
  // Administration: "Other Therapeutic Substance" is not narrowed by "Other Substance".
  'Other Substance',
  // Mental Health / Substance Abuse: "Other Family Psychotherapy" is titled "Family Psychotherapy".
  'Other Family Psychotherapy',
  'Other Biofeedback',
  'Other Family Counseling',
]);

/** True when the label stands for "nothing" and is left out of titles. */
export function isEmptyAxisLabel(label: string): boolean {
  return EMPTY_LABELS.has(label);
}

const SIDES = new Set(['Right', 'Left', 'Bilateral']);
/** Second pieces that are not modifiers: "Coronary Artery, One Artery", "Hip Joint, Acetabular Surface". */
const KEEP_ORDER = /(Arter(y|ies)|Surface)$/;
const COUNTS = /^(Two|Three|Four or More)$/;

/**
 * A device label as titles write it: the second piece first ("Internal Fixation Device, Rigid
 * Plate" → "Rigid Plate Internal Fixation Device"); a count moves forward and pluralises
 * ("Intraluminal Device, Drug-eluting, Two" → "Two Drug-eluting Intraluminal Devices"); labels in
 * DEVICE_AS_LABELLED stay, DEVICE_PHRASES are fixed words.
 */
export function devicePhrase(label: string): string {
  const fixed = DEVICE_PHRASES[label];
  if (fixed) return fixed;
  if (DEVICE_AS_LABELLED.has(label)) return label;
  const pieces = label.split(', ');
  const last = pieces.at(-1) as string;
  if (pieces.length > 1 && COUNTS.test(last)) return `${last} ${[...pieces.slice(1, -1), pieces[0]].join(' ')}s`;
  if (pieces.length === 2) return `${last} ${pieces[0]}`;
  return label;
}

function keptAsLabelled(label: string): boolean {
  return KEEP_AS_LABELLED.has(label) || KEEP_PREFIXES.some((p) => label.startsWith(p));
}

/**
 * A body-part style label in title order: "Knee Joint, Right" → "Right Knee Joint", "Skin, Left
 * Upper Leg" → "Left Upper Leg Skin", "Lymphatic, Internal Mammary, Right" → "Right Internal
 * Mammary Lymphatic", "Hip Joint, Acetabular Surface, Right" → "Right Hip Joint, Acetabular
 * Surface"; labels in KEEP_AS_LABELLED stay.
 */
export function invertLabel(label: string): string {
  const fixed = LABEL_PHRASES[label];
  if (fixed) return fixed;
  const pieces = label.split(', ');
  if (pieces.length === 1 || keptAsLabelled(label)) return label;
  const last = pieces.at(-1) as string;
  if (pieces.length >= 3 && SIDES.has(last)) return `${last} ${invertLabel(pieces.slice(0, -1).join(', '))}`;
  if (KEEP_ORDER.test(last)) return label;
  if (pieces.length === 2) return `${last} ${pieces[0]}`;
  return label;
}

/** An approach label as titles write it: "Open" → "Open Approach"; "Via …" stays. */
function approachPhrase(label: string): string {
  return label.startsWith('Via ') ? label : `${label} Approach`;
}

type Renderer = (axis: TitleAxis) => string;

export interface Template {
  text: string;
  /** Renderers by position; defaults: 4 inverted, 5 approach phrase, others as labelled. */
  render?: Partial<Record<number, Renderer>>;
}

export const DEFAULT_RENDER: Record<number, Renderer> = {
  1: (a) => a.label,
  2: (a) => a.label,
  3: (a) => a.label,
  4: (a) => invertLabel(a.label),
  5: (a) => approachPhrase(a.label),
  6: (a) => devicePhrase(a.label),
  7: (a) => invertLabel(a.label),
};
