/**
 * Abbreviations expanded at query time, each with the public source that pairs it with its
 * expansion. Acronyms cite the NIH page (from the MedQuAD collection) or the official index entry
 * that writes "expansion (ABBR)"; word abbreviations cite an official short title that uses them.
 * Pairs learned from every short title at build time (search_abbreviations) are added to these.
 */
export interface Abbreviation {
  /** Lower case, as typed. */
  abbr: string;
  /** Lower case words the abbreviation stands for. */
  expansion: string;
  source: string;
}

const SHORT_TITLE = 'CMS ICD-10-CM FY2026 short description of';
const PCS_SHORT_TITLE = 'CMS ICD-10-PCS FY2026 short description of';

export const ABBREVIATIONS: readonly Abbreviation[] = [
  {
    abbr: 'chf',
    expansion: 'congestive heart failure',
    source: 'https://medlineplus.gov/ency/article/000158.htm (A.D.A.M. "Heart failure", alternative names: CHF; Congestive heart failure)',
  },
  {
    abbr: 'copd',
    expansion: 'chronic obstructive pulmonary disease',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/5784/alpha-1-antitrypsin-deficiency writes "chronic obstructive pulmonary disease (COPD)"',
  },
  {
    abbr: 'mi',
    expansion: 'myocardial infarction',
    source: 'https://medlineplus.gov/ency/article/000195.htm (A.D.A.M. "Heart attack", alternative names: Myocardial infarction; MI)',
  },
  {
    abbr: 'uti',
    expansion: 'urinary tract infection',
    source:
      'MedQuAD (NIH), http://www.niddk.nih.gov/health-information/health-topics/kidney-disease/kidney-dysplasia/Pages/facts.aspx writes "urinary tract infection (UTI)"',
  },
  {
    abbr: 'cabg',
    expansion: 'coronary artery bypass',
    source: 'https://medlineplus.gov/ency/article/002946.htm (A.D.A.M. "Coronary artery bypass surgery", alternative names: CABG)',
  },
  {
    abbr: 'mri',
    expansion: 'magnetic resonance imaging',
    source: 'MedQuAD (NIH), https://www.cancer.gov/types/prostate/patient/prostate-treatment-pdq writes "magnetic resonance imaging (MRI)"',
  },
  {
    abbr: 'ct',
    expansion: 'computed tomography',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/soft-tissue-sarcoma/patient/child-soft-tissue-treatment-pdq writes "computed tomography (CT)"',
  },
  {
    abbr: 'cad',
    expansion: 'coronary artery disease',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/angina.html writes "coronary artery disease (CAD)"',
  },
  {
    abbr: 'cva',
    expansion: 'cerebrovascular accident',
    source: 'https://medlineplus.gov/ency/article/000726.htm (A.D.A.M. "Stroke", alternative names: CVA)',
  },
  {
    abbr: 'dvt',
    expansion: 'deep vein thrombosis',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/4521/protein-c-deficiency writes "deep vein thrombosis (DVT)"',
  },
  {
    abbr: 'pe',
    expansion: 'pulmonary embolism',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/6403/factor-v-leiden-thrombophilia writes "pulmonary embolism (PE)"',
  },
  {
    abbr: 'bph',
    expansion: 'benign prostatic hyperplasia',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/prostate/patient/prostate-treatment-pdq writes "benign prostatic hyperplasia (BPH)"',
  },
  {
    abbr: 'adhd',
    expansion: 'attention deficit hyperactivity disorder',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/5677/48xxyy-syndrome writes "attention deficit hyperactivity disorder (ADHD)"',
  },
  {
    abbr: 'ocd',
    expansion: 'obsessive-compulsive disorder',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/3956/chorea-acanthocytosis writes "obsessive-compulsive disorder (OCD)"',
  },
  {
    abbr: 'ckd',
    expansion: 'chronic kidney disease',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/chronickidneydisease.html writes "chronic kidney disease (CKD)"',
  },
  {
    abbr: 'ards',
    expansion: 'acute respiratory distress syndrome',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/5698/acute-respiratory-distress-syndrome writes "acute respiratory distress syndrome (ARDS)"',
  },
  {
    abbr: 'ibs',
    expansion: 'irritable bowel syndrome',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/irritablebowelsyndrome.html writes "irritable bowel syndrome (IBS)"',
  },
  {
    abbr: 'ra',
    expansion: 'rheumatoid arthritis',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/8234/feltys-syndrome writes "rheumatoid arthritis (RA)"',
  },
  {
    abbr: 'ms',
    expansion: 'multiple sclerosis',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/10255/multiple-sclerosis writes "multiple sclerosis (MS)"',
  },
  {
    abbr: 'als',
    expansion: 'amyotrophic lateral sclerosis',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/5786/amyotrophic-lateral-sclerosis writes "amyotrophic lateral sclerosis (ALS)"',
  },
  {
    abbr: 'ecg',
    expansion: 'electrocardiogram',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/9453/andersen-tawil-syndrome writes "electrocardiogram (ECG)"',
  },
  {
    abbr: 'tb',
    expansion: 'tuberculosis',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/tuberculosis.html writes "tuberculosis (TB)"',
  },
  {
    abbr: 'sle',
    expansion: 'systemic lupus erythematosus',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/10898/acquired-pure-red-cell-aplasia writes "systemic lupus erythematosus (SLE)"',
  },
  {
    abbr: 'aaa',
    expansion: 'abdominal aortic aneurysm',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/9181/abdominal-aortic-aneurysm writes "abdominal aortic aneurysm (AAA)"',
  },
  {
    abbr: 'osa',
    expansion: 'obstructive sleep apnea',
    source:
      'MedQuAD (NIH), http://www.niddk.nih.gov/health-information/health-topics/urologic-disease/urinary-incontinence-in-children/Pages/facts.aspx writes "obstructive sleep apnea (OSA)"',
  },
  {
    abbr: 'gi',
    expansion: 'gastrointestinal',
    source: 'MedQuAD (NIH), https://www.cancer.gov/types/soft-tissue-sarcoma/patient/gist-treatment-pdq writes "gastrointestinal (GI)"',
  },
  {
    abbr: 'tmj',
    expansion: 'temporomandibular joint',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/5136/temporomandibular-ankylosis writes "temporomandibular joint (TMJ)"',
  },
  {
    abbr: 'pcos',
    expansion: 'polycystic ovary syndrome',
    source: 'MedQuAD (NIH), https://ghr.nlm.nih.gov/condition/androgenetic-alopecia writes "polycystic ovary syndrome (PCOS)"',
  },
  {
    abbr: 'hsv',
    expansion: 'herpes simplex virus',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/60/iridocorneal-endothelial-syndrome writes "herpes simplex virus (HSV)"',
  },
  {
    abbr: 'amd',
    expansion: 'age-related macular degeneration',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/10260/macular-degeneration writes "age-related macular degeneration (AMD)"',
  },
  {
    abbr: 'ed',
    expansion: 'erectile dysfunction',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/erectiledysfunction.html writes "erectile dysfunction (ED)"',
  },
  {
    abbr: 'gerd',
    expansion: 'gastroesophageal reflux disease',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/20/barrett-esophagus writes "gastroesophageal reflux disease (GERD)"',
  },
  {
    abbr: 'esrd',
    expansion: 'end-stage renal disease',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/1804/dent-disease-1 writes "end-stage renal disease (ESRD)"',
  },
  {
    abbr: 'hiv',
    expansion: 'human immunodeficiency virus',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/soft-tissue-sarcoma/patient/kaposi-treatment-pdq writes "human immunodeficiency virus (HIV)"',
  },
  {
    abbr: 'aids',
    expansion: 'acquired immunodeficiency syndrome',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/soft-tissue-sarcoma/patient/kaposi-treatment-pdq writes "acquired immunodeficiency syndrome (AIDS)"',
  },
  {
    abbr: 'tia',
    expansion: 'transient ischemic attack',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/transientischemicattack.html writes "transient ischemic attack (TIA)"',
  },
  {
    abbr: 'dm',
    expansion: 'diabetes mellitus',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/7898/wolfram-syndrome writes "diabetes mellitus (DM)"',
  },
  {
    abbr: 'ptsd',
    expansion: 'post-traumatic stress disorder',
    source:
      'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/posttraumaticstressdisorder.html writes "post-traumatic stress disorder (PTSD)"',
  },
  {
    abbr: 'rsv',
    expansion: 'respiratory syncytial virus',
    source:
      'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/respiratorysyncytialvirusinfections.html writes "respiratory syncytial virus (RSV)"',
  },
  {
    abbr: 'hpv',
    expansion: 'human papillomavirus',
    source: 'MedQuAD (NIH), https://www.cancer.gov/types/anal/patient/anal-treatment-pdq writes "human papillomavirus (HPV)"',
  },
  {
    abbr: 'bmi',
    expansion: 'body mass index',
    source:
      'MedQuAD (NIH), http://www.niddk.nih.gov/health-information/health-topics/Diabetes/diabetic-kidney-disease/Pages/index.aspx writes "body mass index (BMI)"',
  },
  {
    abbr: 'eeg',
    expansion: 'electroencephalogram',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/6956/creutzfeldt-jakob-disease writes "electroencephalogram (EEG)"',
  },
  {
    abbr: 'cpr',
    expansion: 'cardiopulmonary resuscitation',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/cardiacarrest.html writes "cardiopulmonary resuscitation (CPR)"',
  },
  {
    abbr: 'pet',
    expansion: 'positron emission tomography',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/soft-tissue-sarcoma/patient/child-soft-tissue-treatment-pdq writes "positron emission tomography (PET)"',
  },
  {
    abbr: 'ercp',
    expansion: 'endoscopic retrograde cholangiopancreatography',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/liver/patient/bile-duct-treatment-pdq writes "endoscopic retrograde cholangiopancreatography (ERCP)"',
  },
  {
    abbr: 'turp',
    expansion: 'transurethral resection of the prostate',
    source:
      'MedQuAD (NIH), https://www.cancer.gov/types/prostate/patient/prostate-treatment-pdq writes "transurethral resection of the prostate (TURP)"',
  },
  {
    abbr: 'ptca',
    expansion: 'percutaneous transluminal coronary angioplasty',
    source: 'ICD-10-PCS index FY2023: "Percutaneous transluminal coronary angioplasty (PTCA)" → 027',
  },
  {
    abbr: 'iud',
    expansion: 'intrauterine device',
    source: 'ICD-10-CM index FY2025: "Presence (of), intrauterine contraceptive device (IUD)" → Z97.5',
  },
  {
    abbr: 'mrsa',
    expansion: 'methicillin-resistant staphylococcus aureus',
    source:
      'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/antibioticresistance.html writes "methicillin-resistant staphylococcus aureus (MRSA)"',
  },
  {
    abbr: 'sids',
    expansion: 'sudden infant death syndrome',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/7711/sudden-infant-death-syndrome writes "sudden infant death syndrome (SIDS)"',
  },
  {
    abbr: 'nstemi',
    expansion: 'non-st elevation myocardial infarction',
    source: 'ICD-10-CM index FY2025: "Infarct, infarction, myocardium, myocardial ..., non-ST elevation (NSTEMI)" → I21.4',
  },
  {
    abbr: 'stemi',
    expansion: 'st elevation myocardial infarction',
    source: 'ICD-10-CM index FY2025: "Infarct, infarction, myocardium, myocardial ..., ST elevation (STEMI)" → I21.3',
  },
  {
    abbr: 'crp',
    expansion: 'c-reactive protein',
    source: 'MedQuAD (NIH), http://www.nhlbi.nih.gov/health/health-topics/topics/angina writes "C-reactive protein (CRP)"',
  },
  {
    abbr: 'ekg',
    expansion: 'electrocardiogram',
    source: 'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/6922/long-qt-syndrome writes "electrocardiogram (EKG)"',
  },
  {
    abbr: 'psa',
    expansion: 'prostate-specific antigen',
    source: 'MedQuAD (NIH), https://www.cancer.gov/types/prostate/patient/prostate-treatment-pdq writes "prostate-specific antigen (PSA)"',
  },
  {
    abbr: 'acl',
    expansion: 'anterior cruciate ligament',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/kneeinjuriesanddisorders.html writes "anterior cruciate ligament (ACL)"',
  },
  {
    abbr: 'icd',
    expansion: 'implantable cardioverter-defibrillator',
    source:
      'MedQuAD (NIH), https://rarediseases.info.nih.gov/gard/4421/catecholaminergic-polymorphic-ventricular-tachycardia writes "implantable cardioverter-defibrillator (ICD)"',
  },
  {
    abbr: 'scd',
    expansion: 'sickle cell disease',
    source: 'MedQuAD (NIH), http://www.nhlbi.nih.gov/health/health-topics/topics/sca writes "sickle cell disease (SCD)"',
  },
  {
    abbr: 'cf',
    expansion: 'cystic fibrosis',
    source: 'MedQuAD (NIH), https://www.nlm.nih.gov/medlineplus/cysticfibrosis.html writes "cystic fibrosis (CF)"',
  },
  { abbr: 'w/o', expansion: 'without', source: `${SHORT_TITLE} A37.10 "Whooping cough due to Bordetella parapertussis w/o pneumonia"` },
  {
    abbr: 'w/',
    expansion: 'with',
    source: 'ICD-10-CM convention: "with" is written "w" in short descriptions, e.g. A37.11 "… w pneumonia"',
  },
  { abbr: 'fx', expansion: 'fracture', source: `${SHORT_TITLE} M48.40XA "Fatigue fracture of vertebra, site unsp, init for fx"` },
  { abbr: 'unsp', expansion: 'unspecified', source: `${SHORT_TITLE} M48.40XA "Fatigue fracture of vertebra, site unsp, init for fx"` },
  { abbr: 'init', expansion: 'initial', source: `${SHORT_TITLE} M84.30XA "Stress fracture, unspecified site, init encntr for fracture"` },
  {
    abbr: 'encntr',
    expansion: 'encounter',
    source: `${SHORT_TITLE} M84.30XA "Stress fracture, unspecified site, init encntr for fracture"`,
  },
  { abbr: 'sqla', expansion: 'sequela', source: `${SHORT_TITLE} M48.41XS "Fatigue fracture of vertebra, occipt-atlan-ax region, sqla"` },
  { abbr: 'oth', expansion: 'other', source: `${SHORT_TITLE} A05 "Oth bacterial foodborne intoxications, NEC"` },
  { abbr: 'chr', expansion: 'chronic', source: `${SHORT_TITLE} H40.2294 "Chr angle-closure glaucoma, unsp eye, indeterminate stage"` },
  { abbr: 'r', expansion: 'right', source: `${SHORT_TITLE} S52.501B "Unsp fx the lower end of r radius, init for opn fx type I/2"` },
  { abbr: 'l', expansion: 'left', source: `${SHORT_TITLE} C49.12 "Malig neoplm of conn and soft tiss of l upr limb, inc shldr"` },
  { abbr: 'lt', expansion: 'left', source: `${PCS_SHORT_TITLE} 0J050ZZ "Alteration of Lt Neck Subcu/Fascia, Open Approach"` },
  { abbr: 'rt', expansion: 'right', source: `${PCS_SHORT_TITLE} 0J040ZZ "Alteration of Rt Neck Subcu/Fascia, Open Approach"` },
];

/** Phrases rewritten before the query is split into words (their slashes would split them). */
export const PHRASE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/(^|\s)w\/o(?=\s|$)/giu, '$1without'],
  [/(^|\s)w\/(?=\s|$)/giu, '$1with'],
];
