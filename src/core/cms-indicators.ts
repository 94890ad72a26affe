/**
 * The one vocabulary of CMS indicators: what each value means, phrased as what CMS states, in plain
 * words a patient can read. Used by the article statements (features/articles) and the coding-facts tables of
 * the page (http/pages/fact-meanings.ts) alike. Worded from the record layouts of the files:
 * RVU25D.pdf (Physician Fee Schedule relative value file: Status Code, Global Surgery), the OPPS
 * Addendum B status indicators and the HCPCS Level II record layout (field "COV", Coverage Code).
 */

/** Physician Fee Schedule "Global Surgery": the days of related care paid with the procedure. */
export const GLOBAL_PERIOD: Readonly<Record<string, string>> = {
  '000': 'a 0-day global period: the payment covers related care on the day of the procedure only',
  '010': 'a 10-day global period: the payment covers related care on the day of the procedure and the 10 days after it',
  '090': 'a 90-day global period: the payment covers related care from the day before the surgery through the 90 days after it',
  MMM: 'maternity care: the usual global period does not apply',
  XXX: 'the global period does not apply to this code',
  YYY: 'the Medicare contractor sets the global period',
  ZZZ: 'an add-on service: it falls within the global period of the primary procedure it is reported with',
};

/** Physician Fee Schedule "Status Code". */
export const PFS_STATUS: Readonly<Record<string, string>> = {
  A: 'active: Medicare pays for it under the fee schedule',
  B: 'bundled: Medicare includes its payment in other services',
  C: 'the Medicare contractor prices it',
  D: 'deleted code',
  E: 'excluded from the fee schedule by regulation',
  I: 'not valid for Medicare purposes: Medicare uses another code',
  J: 'anesthesia service',
  M: 'measurement code, used for reporting only',
  N: 'Medicare does not cover this service',
  P: 'bundled or excluded: Medicare does not pay for it separately',
  R: 'Medicare covers it only in restricted cases',
  T: 'Medicare pays for it only when no other fee-schedule service is billed that day',
  X: 'Medicare does not pay for this service by law (excluded by statute)',
};

/** OPPS Addendum B status indicators. */
export const OPPS_STATUS: Readonly<Record<string, string>> = {
  A: 'paid under a fee schedule or payment system other than OPPS',
  B: 'not recognised by OPPS on an outpatient hospital Part B bill',
  C: 'inpatient only: Medicare pays for it only when the patient is admitted to the hospital, not as an outpatient service',
  D: 'discontinued code',
  E1: 'Medicare does not cover it',
  E2: 'Medicare does not pay for it',
  G: 'pass-through drug or biological',
  H: 'pass-through device category',
  J1: 'paid through a comprehensive APC',
  J2: 'paid through a comprehensive APC when criteria are met',
  K: 'non-pass-through drug or biological, paid separately',
  M: 'not billable to the Medicare contractor',
  N: 'packaged: its payment is included in other services',
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

/** HCPCS Level II "Coverage Code" (Medicare coverage). */
export const HCPCS_COVERAGE: Readonly<Record<string, string>> = {
  C: 'the Medicare contractor decides case by case whether Medicare covers it ("carrier judgment")',
  D: 'Medicare covers it only under special coverage instructions',
  I: 'Medicare does not pay for it under this code: another code is used',
  M: 'Medicare does not cover it',
  S: 'Medicare does not cover it by law (statute)',
};
