/**
 * Templates of New Technology (section X) titles: the Medical and Surgical heads with the
 * "New Technology Group N" qualifier last, "using" before technologies, and the measured quantity
 * as the object of Measurement / Monitoring / Assistance. See docs/sources/icd10pcs.md.
 */
import { medSurgTemplate, type OpSpec } from './title-medsurg.js';
import type { Template, TitleAxis } from './title-phrases.js';

/** Devices written "using …" in operations whose other devices are "with …". */
const USING_DEVICES = new Set([
  'Bioengineered Human Acellular Vessel',
  'Branched Synthetic Substitute with Intraluminal Device',
  'Magnetically Controlled Growth Rod(s)',
  'Posterior (Dynamic) Distraction Device',
  'Branched Intraluminal Device, Manufactured Integrated System, Four or More Arteries',
  'Intraluminal Device, Uncovered with Support Cuff',
]);

/** Measured quantities written after the body part ("Monitoring of Upper GI Oxygen Saturation"). */
const AFTER_BODY = new Set([
  'Output, Computer-aided Assessment',
  'Oxygen Saturation',
  'Muscle Compartment Pressure, Micro-Electro-Mechanical System',
]);

const raw = (a: TitleAxis) => a.label;
const using = (head: string): OpSpec => ({ head, qualifier: 'after', deviceWord: 'using' });
const withDevice = (head: string): OpSpec => ({ head, qualifier: 'after' });

const NEW_TECHNOLOGY_OPS: Record<string, OpSpec> = {
  '*': withDevice('{3} of {B}'),
  Bypass: using('Bypass {B}'),
  Destruction: using('Destruction of {B}'),
  Division: using('Division of {B}'),
  Extirpation: using('Extirpation of Matter from {B}'),
  Fusion: using('Fusion of {B}'),
  Inspection: using('Inspection of {B}'),
  Irrigation: using('Irrigation of {B}'),
  Monitoring: using('Monitoring of {B}'),
  Insertion: withDevice('Insertion of {D} into {B}'),
  Introduction: withDevice('Introduction of {D} into {B}'),
  Transfusion: withDevice('Transfusion of {D} into {B}'),
  Supplement: withDevice('Supplement {B}'),
  Reposition: withDevice('Reposition {B}'),
};

/** The measured or assisted quantity as the object: "Measurement of Cardiac Output, …". */
function quantityTemplate(axes: readonly TitleAxis[], lead: string): Template {
  const body = axes[3]?.label ?? '';
  const device = axes[5]?.label ?? '';
  const object = device.includes(body) ? '{6}' : AFTER_BODY.has(device) || lead === '' ? '{4} {6}' : '{6}';
  return { text: `${lead}${object}[, {5}][, {7}]`, render: { 6: raw } };
}

/** Section X template of a code. */
export function newTechnologyTemplate(axes: readonly TitleAxis[]): Template {
  const operation = axes[2]?.label ?? '';
  const device = axes[5]?.label ?? '';
  if (operation === 'Measurement') return quantityTemplate(axes, 'Measurement of ');
  if (operation === 'Assistance') return quantityTemplate(axes, '');
  if (operation === 'Monitoring' && device.includes(', ')) return quantityTemplate(axes, 'Monitoring of ');
  if (operation === 'Monitoring' && AFTER_BODY.has(device)) return quantityTemplate(axes, 'Monitoring of ');
  if (operation === 'Other Procedures') return { text: '{6} of {4}[, {5}][, {7}]' };
  if (operation === 'Introduction' && axes[1]?.label === 'Extracorporeal')
    return { text: `Extracorporeal Introduction of {6}${axes[3]?.label === 'Extracorporeal' ? '' : ' to {4}'}[, {5}][, {7}]` };
  const spec = NEW_TECHNOLOGY_OPS[operation] ?? (NEW_TECHNOLOGY_OPS['*'] as OpSpec);
  if (USING_DEVICES.has(device)) {
    const head = typeof spec.head === 'string' ? spec.head.replace(/^Reposition /, 'Reposition of ') : spec.head;
    return medSurgTemplate({ ...spec, head, deviceWord: 'using' }, axes);
  }
  const template = medSurgTemplate(spec, axes);
  return operation === 'Introduction' ? { ...template, render: { 4: raw } } : template;
}
