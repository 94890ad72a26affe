/** The official files statements are taken from, as they are cited under an article. */
import type { ArticleSource } from './article-model.js';

const CMS = 'Centers for Medicare & Medicaid Services';

export function codeListSource(system: string, release: string): ArticleSource {
  const bySystem: Record<string, ArticleSource> = {
    icd10cm: {
      title: 'ICD-10-CM code descriptions',
      publisher: 'CMS and CDC National Center for Health Statistics',
      release,
      url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
    },
    icd10pcs: { title: 'ICD-10-PCS order file', publisher: CMS, release, url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes' },
    hcpcs: {
      title: 'HCPCS Level II quarterly file',
      publisher: CMS,
      release,
      url: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update',
    },
  };
  return bySystem[system] ?? { title: `${system} code list`, publisher: 'operator-supplied licensed file', release, url: null };
}

export function pcsDefinitionsSource(release: string): ArticleSource {
  return { title: 'ICD-10-PCS Definitions', publisher: CMS, release, url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes' };
}

export function tabularSource(release: string): ArticleSource {
  return {
    title: 'ICD-10-CM Tabular List of Diseases and Injuries',
    publisher: 'CDC National Center for Health Statistics',
    release,
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
  };
}

export function indexSource(release: string): ArticleSource {
  return {
    title: 'ICD-10-CM Alphabetic Index',
    publisher: 'CDC National Center for Health Statistics',
    release,
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
  };
}

/** The CMS file a fact row comes from, by the `source` the plug-in gave it. */
export function factSource(source: string, release: string): ArticleSource {
  switch (source) {
    case 'pfs-rvu':
      return {
        title: 'Physician Fee Schedule Relative Value File (PPRRVU)',
        publisher: CMS,
        release,
        url: 'https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files/rvu25d',
      };
    case 'pfs-time':
      return {
        title: 'Physician Fee Schedule final rule: physician work time file',
        publisher: CMS,
        release,
        url: 'https://www.cms.gov/files/zip/cy-2025-pfs-final-rule-physician-work-time.zip',
      };
    case 'opps-addb':
      return {
        title: 'Hospital Outpatient PPS Addendum B',
        publisher: CMS,
        release,
        url: 'https://www.cms.gov/medicare/payment/prospective-payment-systems/hospital-outpatient/addendum-a-b-updates',
      };
    case 'ncci-aoc':
      return {
        title: 'Medicare NCCI Add-on Code Edits',
        publisher: CMS,
        release,
        url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-add-code-edits',
      };
    case 'rbcs':
      return {
        title: 'Restructured BETOS Classification System (RBCS)',
        publisher: CMS,
        release,
        url: 'https://data.cms.gov/provider-summary-by-type-of-service/provider-service-classifications/restructured-betos-classification-system',
      };
    default:
      return { title: `CMS file ${source}`, publisher: CMS, release, url: null };
  }
}
