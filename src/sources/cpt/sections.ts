/**
 * CPT sections as code ranges (public range boundaries; section names are generic headings, not
 * descriptors). Surgery is divided by body system. Checked in order: the first range that holds a
 * code is its group, so Evaluation and Management (99202-99499) wins over Medicine.
 */

export interface CptSection {
  key: string;
  first: string;
  last: string;
  heading: string;
  parent: string | null;
}

const SURGERY = '10004-69990';

const CPT_SECTIONS: readonly CptSection[] = [
  { key: '99202-99499', first: '99202', last: '99499', heading: 'Evaluation and Management', parent: null },
  { key: '00100-01999', first: '00100', last: '01999', heading: 'Anesthesia', parent: null },
  { key: SURGERY, first: '10004', last: '69990', heading: 'Surgery', parent: null },
  { key: '10004-10021', first: '10004', last: '10021', heading: 'Surgery: General', parent: SURGERY },
  { key: '10030-19499', first: '10030', last: '19499', heading: 'Surgery: Integumentary System', parent: SURGERY },
  { key: '20100-29999', first: '20100', last: '29999', heading: 'Surgery: Musculoskeletal System', parent: SURGERY },
  { key: '30000-32999', first: '30000', last: '32999', heading: 'Surgery: Respiratory System', parent: SURGERY },
  { key: '33016-37799', first: '33016', last: '37799', heading: 'Surgery: Cardiovascular System', parent: SURGERY },
  { key: '38100-38999', first: '38100', last: '38999', heading: 'Surgery: Hemic and Lymphatic Systems', parent: SURGERY },
  { key: '39000-39599', first: '39000', last: '39599', heading: 'Surgery: Mediastinum and Diaphragm', parent: SURGERY },
  { key: '40490-49999', first: '40490', last: '49999', heading: 'Surgery: Digestive System', parent: SURGERY },
  { key: '50010-53899', first: '50010', last: '53899', heading: 'Surgery: Urinary System', parent: SURGERY },
  { key: '54000-55899', first: '54000', last: '55899', heading: 'Surgery: Male Genital System', parent: SURGERY },
  { key: '55920-55980', first: '55920', last: '55980', heading: 'Surgery: Reproductive System and Intersex', parent: SURGERY },
  { key: '56405-58999', first: '56405', last: '58999', heading: 'Surgery: Female Genital System', parent: SURGERY },
  { key: '59000-59899', first: '59000', last: '59899', heading: 'Surgery: Maternity Care and Delivery', parent: SURGERY },
  { key: '60000-60699', first: '60000', last: '60699', heading: 'Surgery: Endocrine System', parent: SURGERY },
  { key: '61000-64999', first: '61000', last: '64999', heading: 'Surgery: Nervous System', parent: SURGERY },
  { key: '65091-68899', first: '65091', last: '68899', heading: 'Surgery: Eye and Ocular Adnexa', parent: SURGERY },
  { key: '69000-69979', first: '69000', last: '69979', heading: 'Surgery: Auditory System', parent: SURGERY },
  { key: '69990-69990', first: '69990', last: '69990', heading: 'Surgery: Operating Microscope', parent: SURGERY },
  { key: '70010-79999', first: '70010', last: '79999', heading: 'Radiology', parent: null },
  { key: '80047-89398', first: '80047', last: '89398', heading: 'Pathology and Laboratory', parent: null },
  { key: '90281-99607', first: '90281', last: '99607', heading: 'Medicine', parent: null },
  { key: '0001F-9007F', first: '0001F', last: '9007F', heading: 'Category II (Performance Measurement)', parent: null },
  { key: '0001T-9999T', first: '0001T', last: '9999T', heading: 'Category III (Emerging Technology)', parent: null },
  { key: '0001U-9999U', first: '0001U', last: '9999U', heading: 'Proprietary Laboratory Analyses', parent: null },
  { key: '0001A-9999A', first: '0001A', last: '9999A', heading: 'Immunization Administration (A-suffixed Category I codes)', parent: null },
  {
    key: '0001M-9999M',
    first: '0001M',
    last: '9999M',
    heading: 'Multianalyte Assays with Algorithmic Analyses (administrative codes)',
    parent: null,
  },
];

function sameKind(code: string, bound: string): boolean {
  const suffix = (s: string) => (/[AFMTU]$/.test(s) ? s.slice(-1) : '');
  return suffix(code) === suffix(bound);
}

/** The most specific section holding a code (a Surgery subsection before Surgery), or null. */
export function cptSectionOf(code: string): CptSection | null {
  const holding = CPT_SECTIONS.filter((s) => sameKind(code, s.first) && code >= s.first && code <= s.last);
  return holding.find((s) => s.parent !== null) ?? holding[0] ?? null;
}

export function cptSection(key: string): CptSection | undefined {
  return CPT_SECTIONS.find((s) => s.key === key);
}
