/**
 * What the indicators of the CMS Physician Fee Schedule relative value file mean, worded from the
 * file's own record layout: "NATIONAL PHYSICIAN FEE SCHEDULE RELATIVE VALUE FILE CALENDAR YEAR
 * 2025", RVU25D.pdf (CMS, RVU25D release, October 2025), fields "Global Surgery" (positions
 * 104-106), "Assistant at Surgery" (118), "Co-surgeons (Modifier 62)" (119), "Team Surgery
 * (Modifier 66)" (120) and the Non-Facility / Facility "NA Indicator" fields. Each statement cites
 * the layout document beside the data file.
 */
import type { ArticleSource } from './article-model.js';

export const RVU_LAYOUT: ArticleSource = {
  title: 'National Physician Fee Schedule Relative Value File, Calendar Year 2025: record layout (RVU25D.pdf)',
  publisher: 'Centers for Medicare & Medicaid Services',
  release: 'RVU25D (October 2025)',
  url: 'https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files/rvu25d',
};

/** The global period, status and coverage meanings live in the one vocabulary, core/cms-indicators.ts. */
export { GLOBAL_PERIOD } from '../../core/cms-indicators.js';

export const ASSISTANT_AT_SURGERY: Readonly<Record<string, string>> = {
  '0': 'the payment restriction for assistants at surgery applies unless supporting documentation establishes medical necessity',
  '1': 'a statutory payment restriction for assistants at surgery applies: an assistant at surgery may not be paid',
  '2': 'the payment restriction for assistants at surgery does not apply: an assistant at surgery may be paid',
};

export const CO_SURGEONS: Readonly<Record<string, string>> = {
  '0': 'co-surgeons (two surgeons, each in a different specialty) are not permitted for this procedure',
  '1': 'co-surgeons could be paid, though supporting documentation is required to establish the medical necessity of two surgeons',
  '2': 'co-surgeons are permitted and no documentation is required if the two-specialty requirement is met',
};

export const TEAM_SURGERY: Readonly<Record<string, string>> = {
  '0': 'team surgeons are not permitted for this procedure',
  '1': 'team surgeons could be paid, though supporting documentation is required to establish the medical necessity of a team',
  '2': 'team surgeons are permitted (paid by report)',
};

/** The NA indicators: "rarely or never performed in the non-facility (facility) setting". */
export const NON_FACILITY_NA = 'this procedure is rarely or never performed in the non-facility setting (such as a physician office)';
export const FACILITY_NA = 'this procedure is rarely or never performed in the facility setting (such as a hospital)';
