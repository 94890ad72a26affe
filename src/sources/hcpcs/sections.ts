/**
 * The grouping of HCPCS Level II codes: one group per first letter, and within it the code ranges
 * under which CMS (and the HCPCS Level II code books that follow its index) publish the codes.
 * Headings are the public section names of the code set, not descriptors of any code.
 * Codes outside every range are put directly under their letter's group (and counted).
 *
 * Boundaries: the first code of each range is the published one; where CMS has since added codes
 * past the published last code of an open-ended block (G9988…, M1371…, Q9993…, C9901, K1035…,
 * H2038…) the range is extended to the end of that block, and the A2001-A2999 skin substitute codes
 * (new in 2022-2025) get their own range. The October 2025 file then leaves no code uncovered.
 */

interface HcpcsLetterGroup {
  letter: string;
  heading: string;
}

interface HcpcsSection {
  first: string;
  last: string;
  heading: string;
}

const HCPCS_LETTER_GROUPS: readonly HcpcsLetterGroup[] = [
  { letter: 'A', heading: 'Transportation Services, Medical and Surgical Supplies, Miscellaneous and Investigational' },
  { letter: 'B', heading: 'Enteral and Parenteral Therapy' },
  { letter: 'C', heading: 'Outpatient Prospective Payment System (Temporary Codes)' },
  { letter: 'D', heading: 'Dental Procedures' },
  { letter: 'E', heading: 'Durable Medical Equipment' },
  { letter: 'G', heading: 'Procedures and Professional Services (Temporary)' },
  { letter: 'H', heading: 'Alcohol and Drug Abuse Treatment Services' },
  { letter: 'J', heading: 'Drugs Administered Other Than Oral Method and Chemotherapy Drugs' },
  { letter: 'K', heading: 'Temporary Codes for Durable Medical Equipment Contractors' },
  { letter: 'L', heading: 'Orthotic and Prosthetic Procedures and Devices' },
  { letter: 'M', heading: 'Medical Services and Quality Measures' },
  { letter: 'P', heading: 'Pathology and Laboratory Services' },
  { letter: 'Q', heading: 'Temporary Codes' },
  { letter: 'R', heading: 'Diagnostic Radiology Services' },
  { letter: 'S', heading: 'Temporary National Codes (Non-Medicare)' },
  { letter: 'T', heading: 'National Codes Established for State Medicaid Agencies' },
  { letter: 'U', heading: 'Coronavirus Laboratory Services' },
  { letter: 'V', heading: 'Vision, Hearing and Speech-Language Pathology Services' },
];

export const HCPCS_SECTIONS: readonly HcpcsSection[] = [
  { first: 'A0021', last: 'A0999', heading: 'Transportation Services Including Ambulance' },
  { first: 'A2001', last: 'A2999', heading: 'Skin Substitutes' },
  { first: 'A4100', last: 'A8004', heading: 'Medical and Surgical Supplies' },
  { first: 'A9150', last: 'A9999', heading: 'Administrative, Miscellaneous and Investigational' },
  { first: 'B4034', last: 'B9999', heading: 'Enteral and Parenteral Therapy' },
  { first: 'C1052', last: 'C9999', heading: 'Outpatient PPS' },
  { first: 'E0100', last: 'E8002', heading: 'Durable Medical Equipment' },
  { first: 'G0008', last: 'G9999', heading: 'Procedures/Professional Services (Temporary)' },
  { first: 'H0001', last: 'H2099', heading: 'Alcohol and Drug Abuse Treatment Services' },
  { first: 'J0120', last: 'J8499', heading: 'Drugs Administered Other Than Oral Method' },
  { first: 'J8501', last: 'J9999', heading: 'Chemotherapy Drugs' },
  { first: 'K0001', last: 'K1999', heading: 'Temporary Codes' },
  { first: 'L0112', last: 'L4631', heading: 'Orthotic Procedures and Devices' },
  { first: 'L5000', last: 'L9900', heading: 'Prosthetic Procedures' },
  { first: 'M0001', last: 'M1999', heading: 'Medical Services' },
  { first: 'P2028', last: 'P9615', heading: 'Pathology and Laboratory Services' },
  { first: 'Q0035', last: 'Q9999', heading: 'Temporary Codes' },
  { first: 'R0070', last: 'R0076', heading: 'Diagnostic Radiology Services' },
  { first: 'S0012', last: 'S9999', heading: 'Temporary National Codes (Non-Medicare)' },
  { first: 'T1000', last: 'T5999', heading: 'National Codes Established for State Medicaid Agencies' },
  { first: 'U0001', last: 'U0005', heading: 'Coronavirus Diagnostic Panel' },
  { first: 'V2020', last: 'V2799', heading: 'Vision Services' },
  { first: 'V5008', last: 'V5299', heading: 'Hearing Services' },
  { first: 'V5336', last: 'V5364', heading: 'Speech-Language Pathology Services' },
];

export const MODIFIERS_KEY = 'MODIFIERS';

/** Key of a letter group: "A0000-A9999". */
export function letterGroupKey(letter: string): string {
  return `${letter}0000-${letter}9999`;
}

export function sectionKey(section: HcpcsSection): string {
  return `${section.first}-${section.last}`;
}

/** The section holding a code, or null when no published range covers it. */
export function sectionOf(code: string): HcpcsSection | null {
  return HCPCS_SECTIONS.find((s) => code >= s.first && code <= s.last) ?? null;
}

export function letterHeading(letter: string): string {
  return HCPCS_LETTER_GROUPS.find((g) => g.letter === letter)?.heading ?? `${letter} codes`;
}
