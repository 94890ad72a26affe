/**
 * What the one-letter indicators in CMS files mean, as the files' own record layouts define them,
 * for the few indicators a reader of a code page asks about first. Unknown values are shown bare.
 */
const GLOBAL_DAYS: Record<string, string> = {
  '000': 'no days of post-operative care included',
  '010': '10 days of post-operative care included',
  '090': 'major surgery: the day before and 90 days after are included',
  MMM: 'maternity code: the usual global concept does not apply',
  XXX: 'the global period does not apply',
  YYY: 'the contractor sets the global period',
  ZZZ: 'always part of the global period of another service (add-on)',
};

const PFS_STATUS: Record<string, string> = {
  A: 'active: paid under the fee schedule',
  B: 'bundled: payment is included in other services',
  C: 'carrier priced',
  D: 'deleted code',
  E: 'excluded from the fee schedule by regulation',
  I: 'not valid for Medicare purposes',
  J: 'anesthesia service',
  M: 'measurement code, for reporting only',
  N: 'not covered by Medicare',
  P: 'bundled or excluded',
  R: 'restricted coverage',
  T: 'paid only when no other fee-schedule service is billed that day',
  X: 'excluded by statute',
};

const OPPS_STATUS: Record<string, string> = {
  A: 'paid under a fee schedule or payment system other than OPPS',
  B: 'not recognised by OPPS on an outpatient hospital Part B bill',
  C: 'inpatient only: not paid under OPPS',
  D: 'discontinued code',
  E1: 'not covered by Medicare',
  E2: 'not payable by Medicare',
  G: 'pass-through drug or biological',
  H: 'pass-through device category',
  J1: 'paid through a comprehensive APC',
  J2: 'paid through a comprehensive APC when criteria are met',
  K: 'non-pass-through drug or biological, paid separately',
  M: 'not billable to the Medicare contractor',
  N: 'packaged into the payment for other services',
  Q1: 'conditionally packaged (STV)',
  Q2: 'conditionally packaged (T)',
  Q3: 'conditionally packaged (codes that may be paid through a composite APC)',
  Q4: 'conditionally packaged laboratory test',
  R: 'blood or blood product',
  S: 'significant procedure, no multiple-procedure reduction',
  T: 'significant procedure, multiple-procedure reduction applies',
  U: 'brachytherapy source',
  V: 'clinic or emergency department visit',
};

const HCPCS_COVERAGE: Record<string, string> = {
  C: 'carrier judgment',
  D: 'special coverage instructions apply',
  I: 'not payable by Medicare',
  M: 'not covered by Medicare',
  S: 'not covered by Medicare statute',
};

const MEANINGS: Record<string, Record<string, string>> = {
  globalDays: GLOBAL_DAYS,
  statusCode: PFS_STATUS,
  statusIndicator: OPPS_STATUS,
  coverageCode: HCPCS_COVERAGE,
};

/** "C" → "C — inpatient only: not paid under OPPS" for the indicators above. */
export function withMeaning(key: string, text: string): string {
  const meaning = MEANINGS[key]?.[text];
  return meaning ? `${text} — ${meaning}` : text;
}
