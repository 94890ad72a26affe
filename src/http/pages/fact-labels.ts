/** Readable labels for the CMS facts and code attributes shown on code pages. Unknown keys are humanised. */
import { formatDecimal } from './format.js';

export const SOURCE_LABELS: Record<string, { title: string; about: string }> = {
  'pfs-rvu': {
    title: 'Medicare Physician Fee Schedule (relative value units)',
    about:
      'What the CMS physician fee schedule file states for this code: status, relative value units, global period and surgery indicators.',
  },
  'pfs-time': {
    title: 'Physician time (minutes)',
    about: 'Typical physician time CMS uses in valuing this service, in minutes.',
  },
  'opps-addb': {
    title: 'Hospital outpatient payment (OPPS Addendum B)',
    about: 'Status indicator, APC and national payment figures from the OPPS Addendum B file.',
  },
  'ncci-aoc': {
    title: 'NCCI add-on code edits',
    about: 'This is an add-on code: CMS pays it only with one of these primary codes.',
  },
  'ncci-mue': {
    title: 'NCCI medically unlikely edits (MUE)',
    about: 'The most units of this service CMS expects for one patient on one date of service.',
  },
};

const KEY_LABELS: Record<string, string> = {
  modifier: 'Modifier',
  statusCode: 'Status code',
  notUsedForMedicarePayment: 'Not used for Medicare payment',
  workRvu: 'Work RVU',
  nonFacilityPeRvu: 'Practice expense RVU, non-facility',
  nonFacilityNaIndicator: 'Non-facility NA indicator',
  facilityPeRvu: 'Practice expense RVU, facility',
  facilityNaIndicator: 'Facility NA indicator',
  mpRvu: 'Malpractice RVU',
  nonFacilityTotal: 'Total RVU, non-facility',
  facilityTotal: 'Total RVU, facility',
  pctcIndicator: 'Professional/technical component indicator',
  globalDays: 'Global surgical period',
  preOperativeShare: 'Pre-operative share',
  intraOperativeShare: 'Intra-operative share',
  postOperativeShare: 'Post-operative share',
  multipleProcedure: 'Multiple procedure indicator',
  bilateralSurgery: 'Bilateral surgery indicator',
  assistantAtSurgery: 'Assistant at surgery indicator',
  coSurgeons: 'Co-surgeons indicator',
  teamSurgery: 'Team surgery indicator',
  endoscopicBase: 'Endoscopic base code',
  conversionFactor: 'Conversion factor',
  physicianSupervision: 'Physician supervision of diagnostic procedures',
  calculationFlag: 'Calculation flag',
  diagnosticImagingFamily: 'Diagnostic imaging family',
  nonFacilityPeForOpps: 'Non-facility PE used for OPPS payment amount',
  facilityPeForOpps: 'Facility PE used for OPPS payment amount',
  mpForOpps: 'Malpractice used for OPPS payment amount',
  preServiceEvaluation: 'Pre-service evaluation',
  preServicePositioning: 'Pre-service positioning',
  preServiceScrubDressWait: 'Pre-service scrub, dress, wait',
  intraService: 'Intra-service (median)',
  immediatePostService: 'Immediate post-service',
  totalTime: 'Total time',
  statusIndicator: 'Status indicator',
  apc: 'APC',
  relativeWeight: 'Relative weight',
  paymentRate: 'Payment rate ($)',
  nationalUnadjustedCopayment: 'National unadjusted copayment ($)',
  minimumUnadjustedCopayment: 'Minimum unadjusted copayment ($)',
  copaymentCapped: 'Copayment capped',
  passThroughExpiring: 'Pass-through expiring',
  changed: 'Changed this quarter',
  editType: 'Edit type',
  addOnCodeDeletionDate: 'Add-on code deleted',
  primaryCode: 'Primary code',
  primaryCodeDeletionDate: 'Primary code deleted',
  editEffectiveDate: 'Edit effective',
  editDeletionDate: 'Edit deleted',
  specialInstructionNotes: 'Special instructions',
  mueValue: 'MUE value (units)',
  adjudicationIndicator: 'Adjudication indicator',
  adjudicationIndicatorText: 'Adjudication',
  rationale: 'Rationale',
  pricingIndicators: 'Pricing indicators',
  multiplePricingIndicator: 'Multiple pricing indicator',
  cimReferences: 'Coverage Issues Manual references',
  mcmReferences: 'Medicare Carriers Manual references',
  statute: 'Statute',
  labCertifications: 'Lab certifications',
  crossReferences: 'Cross-references',
  coverageCode: 'Coverage code',
  ascGroup: 'ASC payment group',
  ascGroupEffectiveDate: 'ASC group effective',
  oppsPaymentGroup: 'OPPS payment group',
  oppsPaymentIndicator: 'OPPS payment indicator',
  oppsEffectiveDate: 'OPPS effective',
  processingNote: 'Processing note',
  betos: 'BETOS code',
  typesOfService: 'Types of service',
  anesthesiaBaseUnits: 'Anesthesia base units',
  addDate: 'Added',
  actionEffectiveDate: 'Action effective',
  terminationDate: 'Terminated',
  actionCode: 'Action code',
  telehealth: 'Telehealth',
  description: 'Description',
  range: 'Code range',
};

/** "preServiceEvaluation" → "Pre service evaluation" for keys without a label. */
export function labelOf(key: string): string {
  const known = KEY_LABELS[key];
  if (known) return known;
  const visits = /^visits(\d{5})$/.exec(key);
  if (visits) return `Visits of ${visits[1]} included`;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as text: lists joined, booleans as yes/no, empty as null. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => String(v)).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'object') return null;
  return String(value);
}

/** Attributes shown elsewhere on the page (not in the attribute table). */
export const HIDDEN_ATTRIBUTES = new Set(['description', 'sources']);

/** Values not worth a row: physician-time visit counts of zero. */
export function isNoise(key: string, value: unknown): boolean {
  return /^visits\d{5}$/.test(key) && (value === 0 || value === null);
}
