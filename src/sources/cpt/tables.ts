/**
 * The CMS payment and edit files that name CPT codes, described as tables: where the header is,
 * which column holds the code, which columns are facts (with stable camelCase names and types),
 * and which column is descriptor text (© AMA/ADA: never a fact; read only under the
 * cptDescriptorsFromCmsFiles setting).
 */

export type FactSource = 'pfs-rvu' | 'pfs-time' | 'opps-addb' | 'ncci-aoc' | 'ncci-mue';

/** How a cell becomes a fact value. */
type FactType =
  | 'text' // trimmed text, null when empty
  | 'number' // decimal number, null when empty or "."
  | 'yearDay' // NCCI YYYYDDD date → ISO
  | 'numberedText'; // "2 Date of Service Edit: Policy" → key = 2, keyText = "Date of Service Edit: Policy"

export interface FactColumn {
  key: string;
  headers: readonly string[];
  type: FactType;
  required?: boolean;
  prefix?: boolean;
}

export interface FactTable {
  source: FactSource;
  /** Header spellings of the code column. */
  codeHeaders: readonly string[];
  /** Header spellings of the descriptor column, if the file has one. */
  descriptorHeaders?: readonly string[];
  /** The header is spread over several rows above the row naming the code column (PFS RVU). */
  multiRowHeader?: boolean;
  columns: readonly FactColumn[];
  /** Columns whose values are further code numbers the file mentions (AOC primary codes). */
  mentionColumns?: readonly string[];
}

const t = (key: string, header: string, required = true): FactColumn => ({ key, headers: [header], type: 'text', required });
const n = (key: string, header: string, required = true): FactColumn => ({ key, headers: [header], type: 'number', required });

const PFS_RVU: FactTable = {
  source: 'pfs-rvu',
  codeHeaders: ['HCPCS'],
  descriptorHeaders: ['DESCRIPTION'],
  multiRowHeader: true,
  columns: [
    t('modifier', 'MOD'),
    t('statusCode', 'STATUS CODE'),
    t('notUsedForMedicarePayment', 'NOT USED FOR MEDICARE PAYMENT', false),
    n('workRvu', 'WORK RVU'),
    n('nonFacilityPeRvu', 'NON-FAC PE RVU'),
    t('nonFacilityNaIndicator', 'NON-FAC NA INDICATOR'),
    n('facilityPeRvu', 'FACILITY PE RVU'),
    t('facilityNaIndicator', 'FACILITY NA INDICATOR'),
    n('mpRvu', 'MP RVU'),
    n('nonFacilityTotal', 'NON-FACILITY TOTAL'),
    n('facilityTotal', 'FACILITY TOTAL'),
    t('pctcIndicator', 'PCTC IND'),
    t('globalDays', 'GLOB DAYS'),
    n('preOperativeShare', 'PRE OP'),
    n('intraOperativeShare', 'INTRA OP'),
    n('postOperativeShare', 'POST OP'),
    t('multipleProcedure', 'MULT PROC'),
    t('bilateralSurgery', 'BILAT SURG'),
    t('assistantAtSurgery', 'ASST SURG'),
    t('coSurgeons', 'CO- SURG'),
    t('teamSurgery', 'TEAM SURG'),
    t('endoscopicBase', 'ENDO BASE'),
    n('conversionFactor', 'CONV FACTOR'),
    t('physicianSupervision', 'PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES'),
    t('calculationFlag', 'CALCULATION FLAG', false),
    t('diagnosticImagingFamily', 'DIAGNOSTIC IMAGING FAMILY INDICATOR'),
    n('nonFacilityPeForOpps', 'NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT', false),
    n('facilityPeForOpps', 'FACILITY PE USED FOR OPPS PAYMENT AMOUNT', false),
    n('mpForOpps', 'MP USED FOR OPPS PAYMENT AMOUNT', false),
  ],
};

const PFS_TIME: FactTable = {
  source: 'pfs-time',
  codeHeaders: ['cpt_code', 'HCPCS', 'CPT/HCPCS'],
  columns: [
    n('preServiceEvaluation', 'Pre_Evaluation_Time'),
    n('preServicePositioning', 'Pre_Positioning_time'),
    n('preServiceScrubDressWait', 'Pre_Service_Scrub_Dress_Wait_tim'),
    n('intraService', 'Median_Intra_Service_Time'),
    n('immediatePostService', 'Immediate_post_Service_time'),
    ...['99204', '99211', '99212', '99213', '99214', '99215', '99231', '99232', '99233', '99238', '99239', '99291', '99292'].map((v) =>
      n(`visits${v}`, `_${v}`, false),
    ),
    n('totalTime', 'Total_time'),
  ],
};

const OPPS_ADDENDUM_B: FactTable = {
  source: 'opps-addb',
  codeHeaders: ['HCPCS Code'],
  descriptorHeaders: ['Short Descriptor'],
  columns: [
    t('statusIndicator', 'SI'),
    t('apc', 'APC'),
    n('relativeWeight', 'Relative Weight'),
    n('paymentRate', 'Payment Rate'),
    n('nationalUnadjustedCopayment', 'National Unadjusted Copayment'),
    n('minimumUnadjustedCopayment', 'Minimum Unadjusted Copayment'),
    { key: 'copaymentCapped', headers: ['Note: Actual copayments'], type: 'text', prefix: true },
    { key: 'passThroughExpiring', headers: ['Drug and Device Pass-Through Expiration'], type: 'text', prefix: true },
    { key: 'changed', headers: ['* Indicates a Change'], type: 'text', prefix: true },
  ],
};

const NCCI_AOC: FactTable = {
  source: 'ncci-aoc',
  codeHeaders: ['Add-On_Code', 'Add-On Code'],
  mentionColumns: ['primaryCode'],
  columns: [
    t('editType', 'AOC_Edit_Type'),
    { key: 'addOnCodeDeletionDate', headers: ['AOC_DelDT'], type: 'yearDay', required: true },
    t('primaryCode', 'Primary_Code'),
    { key: 'primaryCodeDeletionDate', headers: ['Primary_Code_DelDT'], type: 'yearDay', required: true },
    { key: 'editEffectiveDate', headers: ['AOC_Edit_EffDT'], type: 'yearDay', required: true },
    { key: 'editDeletionDate', headers: ['AOC_Edit_DelDT'], type: 'yearDay', required: true },
    t('specialInstructionNotes', 'Special_Instruction_Notes', false),
  ],
};

const NCCI_MUE: FactTable = {
  source: 'ncci-mue',
  codeHeaders: ['HCPCS/CPT Code', 'HCPCS/ CPT Code'],
  columns: [
    { key: 'mueValue', headers: ['Practitioner Services MUE Values', 'MUE Values'], type: 'number', required: true },
    { key: 'adjudicationIndicator', headers: ['MUE Adjudication Indicator'], type: 'numberedText', required: true },
    t('rationale', 'MUE Rationale'),
  ],
};

export const FACT_TABLES: Record<FactSource, FactTable> = {
  'pfs-rvu': PFS_RVU,
  'pfs-time': PFS_TIME,
  'opps-addb': OPPS_ADDENDUM_B,
  'ncci-aoc': NCCI_AOC,
  'ncci-mue': NCCI_MUE,
};
