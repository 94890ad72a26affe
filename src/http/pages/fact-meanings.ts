import { GLOBAL_PERIOD, HCPCS_COVERAGE, OPPS_STATUS, PFS_STATUS } from '../../core/cms-indicators.js';

/**
 * What the one-letter indicators in CMS files mean, as the files' own record layouts define them,
 * for the few indicators a reader of a code page asks about first. Unknown values are shown bare.
 */
const MEANINGS: Record<string, Readonly<Record<string, string>>> = {
  globalDays: GLOBAL_PERIOD,
  statusCode: PFS_STATUS,
  statusIndicator: OPPS_STATUS,
  coverageCode: HCPCS_COVERAGE,
};

/** "C" → "C — inpatient only: not paid under OPPS" for the indicators above. */
export function withMeaning(key: string, text: string): string {
  const meaning = MEANINGS[key]?.[text];
  return meaning ? `${text} — ${meaning}` : text;
}
