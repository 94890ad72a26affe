/**
 * The words people use for procedures and conditions, mapped to the words of the official titles
 * (docs/search-ranking.md, "Procedure and lay words"). Every entry names its public source:
 *   MW    MedlinePlus "Understanding Medical Words" (NLM), the meanings of word parts:
 *         https://medlineplus.gov/medicalwords.html
 *   PCSD  ICD-10-PCS FY2026 definitions (icd10pcs_definitions_2026.xml): root-operation and
 *         approach definitions, with the examples CMS gives for each root operation
 *   PCSI  ICD-10-PCS alphabetic index (icd10pcs_index_2023.xml): the main term's see-reference
 *   CMI   ICD-10-CM index (the main term that names the official word)
 *   MLP   a MedlinePlus health topic or MedQuAD focus whose "also called" names pair the words
 * A mapping only adds ways to match: the word as typed always counts too, and weighs more.
 */

export interface VocabularyEntry {
  /** Lower-case word or phrase as people write it. */
  from: string;
  /** Each part is a list of alternatives (any one counts); all parts together make the meaning. */
  to: string[][];
  source: string;
}

const MW = 'MW https://medlineplus.gov/medicalwords.html';
const PCSD = 'PCSD ICD-10-PCS FY2026 definitions, root operation';
const PCSI = 'PCSI ICD-10-PCS index, main term';

/** Suffixes of procedure words: what the word part means, as ICD-10-PCS root operations. */
export const PROCEDURE_SUFFIXES: readonly VocabularyEntry[] = [
  {
    from: 'ectomy',
    to: [['resection', 'excision']],
    source: `${MW} (-ectomy: removal); ${PCSD} Resection ("Total nephrectomy"), Excision ("Partial nephrectomy")`,
  },
  {
    from: 'otomy',
    to: [['drainage', 'division', 'inspection']],
    source: `${MW} (-otomy: cutting into); ${PCSD} Drainage ("incision and drainage"), Division`,
  },
  { from: 'tomy', to: [['drainage', 'division', 'inspection']], source: `${MW} (-otomy: cutting into); ${PCSD} Drainage, Division` },
  {
    from: 'ostomy',
    to: [['bypass', 'drainage']],
    source: `${MW} (-ostomy: surgically creating an opening); ${PCSD} Bypass ("Colostomy formation")`,
  },
  { from: 'stomy', to: [['bypass', 'drainage']], source: `${MW} (-ostomy: surgically creating an opening); ${PCSD} Bypass` },
  {
    from: 'plasty',
    to: [['repair', 'replacement', 'supplement', 'reposition']],
    source: `${MW} (-plasty: surgical repair); ${PCSD} Repair, Replacement ("Total hip replacement"), Supplement`,
  },
  {
    from: 'pexy',
    to: [['reposition', 'repair']],
    source: `${PCSD} Reposition ("Reposition of undescended testicle"); ${PCSI} Orchiopexy see Reposition`,
  },
  { from: 'rrhaphy', to: [['repair']], source: `${PCSD} Repair ("Suture of laceration"); ${PCSI} Herniorrhaphy see Repair` },
  {
    from: 'scopy',
    to: [['inspection'], ['endoscopic']],
    source: `${MW} (-scopy: looking inside); ${PCSD} Inspection ("Diagnostic arthroscopy")`,
  },
  {
    from: 'graphy',
    to: [['radiography', 'fluoroscopy', 'imaging']],
    source: `${MW} (-graphy: the process of recording a picture); ICD-10-PCS section B Imaging`,
  },
  { from: 'gram', to: [['radiography', 'fluoroscopy', 'imaging']], source: `${MW} (-gram: a picture); ICD-10-PCS section B Imaging` },
  { from: 'centesis', to: [['drainage'], ['percutaneous']], source: `${PCSD} Drainage ("Thoracentesis")` },
  { from: 'lysis', to: [['release']], source: `${PCSD} Release ("Adhesiolysis")` },
  { from: 'desis', to: [['fusion']], source: `${PCSD} Fusion ("Spinal fusion"); ${PCSI} Arthrodesis see Fusion` },
  { from: 'tripsy', to: [['fragmentation']], source: `${PCSD} Fragmentation ("Extracorporeal shockwave lithotripsy")` },
];

/** Word parts naming body parts (combining forms), as the words of ICD-10-PCS body-part values. */
export const BODY_PARTS: readonly VocabularyEntry[] = [
  { from: 'cholecyst', to: [['gallbladder']], source: `${PCSI} Cholecystectomy see Resection, Gallbladder` },
  { from: 'choledoch', to: [['common', 'bile', 'duct']], source: `${PCSI} Choledochotomy see Drainage, Common Bile Duct` },
  { from: 'chole', to: [['gallbladder', 'bile']], source: `${MW} (chol-: bile)` },
  { from: 'arthr', to: [['joint']], source: `${MW} (arthr-: joint)` },
  { from: 'oste', to: [['bone']], source: `${MW} (oste-: bone)` },
  { from: 'chondr', to: [['cartilage']], source: `${MW} (chondr-: cartilage)` },
  { from: 'myo', to: [['muscle']], source: `${MW} (my-: muscle)` },
  { from: 'tendin', to: [['tendon']], source: `${MW} (ten-, tendin-: tendon)` },
  { from: 'teno', to: [['tendon']], source: `${MW} (ten-, tendin-: tendon)` },
  { from: 'neur', to: [['nerve']], source: `${MW} (neur-: nerve)` },
  { from: 'encephal', to: [['brain']], source: `${MW} (encephal-: brain)` },
  { from: 'crani', to: [['skull', 'cranial']], source: `${MW} (crani-: skull)` },
  { from: 'cardi', to: [['heart']], source: `${MW} (cardi-: heart)` },
  { from: 'angi', to: [['artery', 'vein', 'vessel']], source: `${MW} (angi-: blood vessel)` },
  { from: 'arteri', to: [['artery']], source: `${MW} (arteri-: artery)` },
  { from: 'phleb', to: [['vein']], source: `${MW} (phleb-: vein)` },
  { from: 'ven', to: [['vein']], source: `${MW} (ven-: vein)` },
  { from: 'gastr', to: [['stomach']], source: `${MW} (gastr-: stomach)` },
  { from: 'enter', to: [['intestine']], source: `${MW} (enter-: intestine)` },
  { from: 'col', to: [['colon', 'large', 'intestine']], source: `${MW} (col-: colon)` },
  { from: 'proct', to: [['rectum']], source: `${MW} (proct-: rectum)` },
  { from: 'rect', to: [['rectum']], source: `${MW} (rect-: rectum)` },
  { from: 'hepat', to: [['liver']], source: `${MW} (hepat-: liver)` },
  { from: 'pancreat', to: [['pancreas']], source: `${PCSI} Pancreatectomy see Resection, Pancreas` },
  { from: 'splen', to: [['spleen']], source: `${PCSI} Splenectomy see Resection, Spleen` },
  { from: 'nephr', to: [['kidney']], source: `${MW} (nephr-: kidney)` },
  { from: 'ren', to: [['kidney']], source: `${MW} (ren-: kidney)` },
  { from: 'pyel', to: [['kidney', 'pelvis']], source: `${PCSI} Pyeloplasty see Repair, Kidney Pelvis` },
  { from: 'ureter', to: [['ureter']], source: `${PCSI} Ureterectomy see Resection, Ureter` },
  { from: 'cyst', to: [['bladder']], source: `${MW} (cyst-: bladder or sac)` },
  { from: 'urethr', to: [['urethra']], source: `${PCSI} Urethrotomy see Drainage, Urethra` },
  { from: 'prostat', to: [['prostate']], source: `${PCSI} Prostatectomy see Resection, Prostate` },
  { from: 'orchi', to: [['testis']], source: `${PCSI} Orchiectomy see Resection, Testis` },
  { from: 'orchid', to: [['testis']], source: `${PCSI} Orchidectomy see Resection, Testis` },
  { from: 'vas', to: [['vas', 'deferens']], source: `${PCSI} Vasectomy see Excision, Vas Deferens` },
  { from: 'hyster', to: [['uterus']], source: `${MW} (hyster-: uterus)` },
  { from: 'metr', to: [['uterus']], source: `${MW} (metr-: uterus)` },
  { from: 'oophor', to: [['ovary']], source: `${PCSI} Oophorectomy see Resection, Ovary` },
  { from: 'salping', to: [['fallopian', 'tube']], source: `${PCSI} Salpingectomy see Resection, Fallopian Tube` },
  { from: 'colp', to: [['vagina']], source: `${PCSI} Colpotomy see Drainage, Vagina` },
  { from: 'mast', to: [['breast']], source: `${MW} (mast-: breast)` },
  { from: 'mamm', to: [['breast']], source: `${MW} (mamm-: breast)` },
  { from: 'thyroid', to: [['thyroid']], source: `${PCSI} Thyroidectomy see Resection, Thyroid Gland` },
  { from: 'adren', to: [['adrenal']], source: `${PCSI} Adrenalectomy see Resection, Adrenal Gland` },
  { from: 'pneumon', to: [['lung']], source: `${MW} (pneum-: lung)` },
  { from: 'pneum', to: [['lung']], source: `${MW} (pneum-: lung)` },
  { from: 'pulmon', to: [['lung']], source: `${MW} (pulmon-: lung)` },
  { from: 'lob', to: [['lobe', 'lung']], source: `${PCSD} Resection ("total lobectomy of lung")` },
  { from: 'bronch', to: [['bronchus']], source: `${MW} (bronch-: airways)` },
  { from: 'trache', to: [['trachea']], source: `${PCSI} Tracheostomy see Bypass, Trachea` },
  { from: 'laryng', to: [['larynx']], source: `${PCSI} Laryngectomy see Resection, Larynx` },
  { from: 'pharyng', to: [['pharynx']], source: `${PCSI} Pharyngotomy see Drainage, Pharynx` },
  { from: 'tonsill', to: [['tonsils']], source: `${PCSI} Tonsillectomy see Resection, Tonsils` },
  { from: 'adenoid', to: [['adenoids']], source: `${PCSI} Adenoidectomy see Resection, Adenoids` },
  { from: 'rhin', to: [['nasal', 'nose']], source: `${MW} (rhin-: nose)` },
  { from: 'ot', to: [['ear']], source: `${MW} (ot-: ear)` },
  { from: 'tympan', to: [['tympanic', 'membrane']], source: `${PCSI} Tympanoplasty see Repair, Tympanic Membrane` },
  { from: 'ophthalm', to: [['eye']], source: `${MW} (ophthalm-: eye)` },
  { from: 'kerat', to: [['cornea']], source: `${PCSI} Keratoplasty see Replacement, Cornea` },
  { from: 'irid', to: [['iris']], source: `${PCSI} Iridectomy see Excision, Iris` },
  { from: 'blephar', to: [['eyelid']], source: `${PCSI} Blepharoplasty see Repair, Eyelid` },
  { from: 'dacryocyst', to: [['lacrimal', 'sac']], source: `${PCSI} Dacryocystectomy see Excision, Lacrimal Duct` },
  { from: 'derm', to: [['skin']], source: `${MW} (derm-: skin)` },
  { from: 'cheil', to: [['lip']], source: `${PCSI} Cheiloplasty see Repair, Lip` },
  { from: 'gloss', to: [['tongue']], source: `${PCSI} Glossectomy see Excision, Tongue` },
  { from: 'sial', to: [['salivary', 'gland']], source: `${PCSI} Sialoectomy see Resection, Mouth and Throat` },
  { from: 'esophag', to: [['esophagus', 'esophagogastric']], source: `${PCSI} Esophagectomy see Resection, Esophagus` },
  { from: 'duoden', to: [['duodenum']], source: `${PCSI} Duodenectomy see Resection, Duodenum` },
  { from: 'jejun', to: [['jejunum']], source: `${PCSI} Jejunostomy see Bypass, Jejunum` },
  { from: 'ile', to: [['ileum']], source: `${PCSI} Ileostomy see Bypass, Ileum` },
  { from: 'cec', to: [['cecum']], source: `${PCSI} Cecectomy see Resection, Cecum` },
  { from: 'append', to: [['appendix']], source: `${PCSI} Appendectomy see Resection, Appendix` },
  { from: 'appendic', to: [['appendix']], source: `${PCSI} Appendectomy see Resection, Appendix` },
  { from: 'sigmoid', to: [['sigmoid', 'colon']], source: `${PCSI} Sigmoidectomy see Resection, Sigmoid Colon` },
  { from: 'lamin', to: [['vertebra', 'lamina']], source: `${PCSI} Laminectomy see Excision, Vertebra` },
  { from: 'spondyl', to: [['vertebra', 'vertebral']], source: `${MW} (spondyl-: vertebra)` },
  { from: 'vertebr', to: [['vertebra', 'vertebral']], source: `${PCSI} Vertebroplasty see Supplement, Vertebra` },
  { from: 'disc', to: [['disc']], source: `${PCSI} Discectomy see Excision, Disc` },
  { from: 'disk', to: [['disc']], source: `${PCSI} Diskectomy see Excision, Disc` },
  { from: 'pleur', to: [['pleura', 'pleural']], source: `${PCSI} Pleurectomy see Excision, Pleura` },
  { from: 'pericardi', to: [['pericardium', 'pericardial']], source: `${PCSI} Pericardiectomy see Excision, Pericardium` },
  { from: 'thorac', to: [['chest', 'thorax', 'pleural', 'thoracic']], source: `${MW} (thorac-: chest)` },
  { from: 'lapar', to: [['peritoneal', 'abdominal', 'abdomen']], source: `${MW} (lapar-: abdomen)` },
  { from: 'periton', to: [['peritoneum', 'peritoneal']], source: `${PCSI} Peritoneocentesis see Drainage, Peritoneal Cavity` },
  { from: 'omen', to: [['omentum']], source: `${PCSI} Omentectomy see Excision, Omentum` },
  { from: 'hern', to: [['hernia']], source: `${PCSI} Herniorrhaphy see Repair` },
  { from: 'lymphaden', to: [['lymphatic']], source: `${PCSI} Lymphadenectomy see Excision, Lymphatic and Hemic Systems` },
  { from: 'mediastin', to: [['mediastinum']], source: `${PCSI} Mediastinoscopy see Inspection, Mediastinum` },
  { from: 'valv', to: [['valve']], source: `${PCSI} Valvuloplasty see Repair, Heart and Great Vessels` },
  { from: 'valvul', to: [['valve']], source: `${PCSI} Valvotomy see Division, Heart and Great Vessels` },
  { from: 'aort', to: [['aorta']], source: `${PCSI} Aortography see Fluoroscopy, Arteries` },
  { from: 'myel', to: [['spinal', 'cord']], source: `${MW} (myel-: spinal cord or bone marrow)` },
  { from: 'sin', to: [['sinus']], source: `${PCSI} Sinusotomy see Drainage, Ear, Nose, Sinus` },
  { from: 'vulv', to: [['vulva']], source: `${PCSI} Vulvectomy see Excision, Vulva` },
  { from: 'cervic', to: [['cervix', 'cervical']], source: `${PCSI} Cervicectomy see Excision, Cervix` },
  { from: 'episi', to: [['perineum', 'vulva']], source: `${PCSI} Episiotomy see Division, Perineum` },
  { from: 'pyl', to: [['pylorus', 'stomach']], source: `${PCSI} Pyloromyotomy see Division, Stomach, Pylorus` },
  { from: 'uvul', to: [['uvula']], source: `${PCSI} Uvulectomy see Resection, Uvula` },
];

/** Whole words of procedures and approaches, and coder shorthand. */
export const PROCEDURE_WORDS: readonly VocabularyEntry[] = [
  {
    from: 'laparoscopic',
    to: [['percutaneous'], ['endoscopic']],
    source: `${PCSD} approach Percutaneous Endoscopic; ${PCSI} Laparoscopy see Inspection (percutaneous endoscopic)`,
  },
  { from: 'laparoscopically', to: [['percutaneous'], ['endoscopic']], source: `${PCSD} approach Percutaneous Endoscopic` },
  {
    from: 'thoracoscopic',
    to: [['percutaneous'], ['endoscopic']],
    source: `${PCSD} approach Percutaneous Endoscopic; ${PCSI} Thoracoscopy see Inspection`,
  },
  { from: 'arthroscopic', to: [['percutaneous'], ['endoscopic']], source: `${PCSD} approach Percutaneous Endoscopic ("Arthroscopy")` },
  {
    from: 'endoscopic',
    to: [['endoscopic']],
    source: `${PCSD} approaches Percutaneous Endoscopic, Via Natural or Artificial Opening Endoscopic`,
  },
  {
    from: 'transurethral',
    to: [
      ['via', 'natural', 'opening'],
      ['urethra', 'bladder', 'prostate'],
    ],
    source: `${PCSD} approach Via Natural or Artificial Opening Endoscopic`,
  },
  { from: 'closed', to: [['closed', 'external', 'percutaneous']], source: `${PCSD} approach External ("Closed reduction of fracture")` },
  {
    from: 'reduction',
    to: [['reposition']],
    source: `${PCSI} Reduction see Reposition; ${PCSD} Reposition ("Reposition of fractured bone")`,
  },
  {
    from: 'biopsy',
    to: [['excision', 'drainage', 'extraction'], ['diagnostic']],
    source: `${PCSD} Excision and Drainage: "The qualifier DIAGNOSTIC is used to identify ... procedures that are biopsies"`,
  },
  { from: 'incision', to: [['drainage', 'division', 'inspection']], source: `${PCSD} Drainage ("incision and drainage")` },
  { from: 'removal', to: [['removal', 'extraction', 'resection', 'excision']], source: `${PCSD} Removal, Extraction, Resection` },
  {
    from: 'implantation',
    to: [['insertion', 'replacement', 'supplement']],
    source: `${PCSD} Insertion ("Insertion of radioactive implant"), Replacement, Supplement`,
  },
  { from: 'implant', to: [['insertion', 'replacement', 'supplement']], source: `${PCSD} Insertion ("Insertion of radioactive implant")` },
  { from: 'prosthesis', to: [['replacement', 'synthetic', 'substitute']], source: `${PCSD} Replacement ("Total hip replacement")` },
  { from: 'prosthetic', to: [['replacement', 'synthetic', 'substitute']], source: `${PCSD} Replacement` },
  { from: 'injection', to: [['introduction', 'injection']], source: 'ICD-10-PCS section 3 Administration, root operation Introduction' },
  { from: 'infusion', to: [['introduction', 'infusion']], source: 'ICD-10-PCS section 3 Administration, root operation Introduction' },
  { from: 'suture', to: [['repair']], source: `${PCSD} Repair ("Suture of laceration")` },
  { from: 'closure', to: [['repair', 'occlusion']], source: `${PCSD} Repair, Occlusion` },
  { from: 'laceration', to: [['repair']], source: `${PCSD} Repair ("Suture of laceration")` },
  { from: 'transplant', to: [['transplantation']], source: `${PCSD} Transplantation ("Kidney transplant")` },
  {
    from: 'graft',
    to: [['replacement', 'supplement', 'bypass', 'substitute']],
    source: `${PCSD} Supplement ("Herniorrhaphy using mesh"), Bypass ("Coronary artery bypass graft")`,
  },
  { from: 'anastomosis', to: [['bypass']], source: `${PCSI} Anastomosis see Bypass` },
  { from: 'shunt', to: [['bypass']], source: `${PCSI} Shunt creation see Bypass` },
  { from: 'amputation', to: [['detachment']], source: `${PCSD} Detachment ("Below knee amputation")` },
  { from: 'disarticulation', to: [['detachment']], source: `${PCSD} Detachment` },
  { from: 'dilatation', to: [['dilation']], source: `${PCSD} Dilation ("Percutaneous transluminal angioplasty")` },
  { from: 'ligation', to: [['occlusion']], source: `${PCSD} Occlusion ("Fallopian tube ligation")` },
  { from: 'ablation', to: [['destruction']], source: `${PCSD} Destruction ("Radiofrequency ablation")` },
  { from: 'cauterization', to: [['destruction']], source: `${PCSD} Destruction ("Fulguration of rectal polyp")` },
  { from: 'fulguration', to: [['destruction']], source: `${PCSD} Destruction ("Fulguration of rectal polyp")` },
  { from: 'aspiration', to: [['drainage']], source: `${PCSD} Drainage` },
  {
    from: 'catheterization',
    to: [
      ['insertion', 'drainage'],
      ['device', 'catheter'],
    ],
    source: `${PCSI} Catheterization see Insertion of device in; see Drainage`,
  },
  {
    from: 'fixation',
    to: [['reposition', 'insertion', 'fixation'], ['device']],
    source: `${PCSD} Reposition ("Reposition of fractured bone"); device Internal Fixation Device`,
  },
  { from: 'lysis', to: [['release']], source: `${PCSD} Release` },
  { from: 'freeing', to: [['release']], source: `${PCSD} Release ("Freeing a body part from an abnormal physical constraint")` },
  { from: 'stent', to: [['intraluminal', 'device']], source: `${PCSI} Stent see Intraluminal Device` },
  { from: 'pacemaker', to: [['pacemaker', 'cardiac', 'rhythm']], source: `${PCSI} Pacemaker see Insertion of device in, Heart` },
  { from: 'xray', to: [['plain', 'radiography']], source: 'ICD-10-PCS section B Imaging, type Plain Radiography' },
  { from: 'ray', to: [['radiography']], source: 'ICD-10-PCS section B Imaging, type Plain Radiography' },
  { from: 'ct', to: [['computerized', 'tomography']], source: 'ICD-10-PCS section B Imaging, type Computerized Tomography (CT Scan)' },
  {
    from: 'mri',
    to: [['magnetic', 'resonance', 'imaging']],
    source: 'ICD-10-PCS section B Imaging, type Magnetic Resonance Imaging (MRI)',
  },
  { from: 'ultrasound', to: [['ultrasonography']], source: 'ICD-10-PCS section B Imaging, type Ultrasonography' },
  { from: 'sonogram', to: [['ultrasonography']], source: 'ICD-10-PCS section B Imaging, type Ultrasonography' },
  {
    from: 'vaccination',
    to: [['vaccine', 'vaccination', 'immunization']],
    source: 'ICD-10-PCS section 3 Administration, substance Vaccine',
  },
  { from: 'partial', to: [['excision', 'partial']], source: `${PCSD} Excision ("a portion of a body part", "Partial nephrectomy")` },
  { from: 'total', to: [['resection', 'total', 'replacement']], source: `${PCSD} Resection ("all of a body part", "Total nephrectomy")` },
  { from: 'bilat', to: [['bilateral']], source: `${PCSI} short descriptions write "Bilat" for Bilateral` },
  { from: 'repl', to: [['replacement']], source: 'CMS ICD-10-PCS FY2026 short descriptions write "Repl" for Replacement' },
  { from: 'rev', to: [['revision']], source: 'CMS ICD-10-PCS FY2026 short descriptions write "Rev" for Revision' },
  { from: 'perc', to: [['percutaneous']], source: 'CMS ICD-10-PCS FY2026 short descriptions write "Perc" for Percutaneous' },
  { from: 'endo', to: [['endoscopic']], source: 'CMS ICD-10-PCS FY2026 short descriptions write "Endo" for Endoscopic' },
];

/** Phrases (matched on the words as typed, in order) and multi-word shorthand. */
export const PHRASES: readonly VocabularyEntry[] = [
  {
    from: 'lap chole',
    to: [['percutaneous'], ['endoscopic'], ['resection'], ['gallbladder']],
    source: `${PCSI} Cholecystectomy see Resection, Gallbladder; "lap" = laparoscopic, ${PCSD} approach Percutaneous Endoscopic`,
  },
  {
    from: 'ex lap',
    to: [['inspection'], ['peritoneal', 'abdominal'], ['open']],
    source: `${PCSI} Laparotomy, exploratory see Inspection, Peritoneal Cavity`,
  },
  {
    from: 'exploratory laparotomy',
    to: [['inspection'], ['peritoneal', 'abdominal'], ['open']],
    source: `${PCSI} Laparotomy, exploratory see Inspection, Peritoneal Cavity`,
  },
  {
    from: 'tka',
    to: [['replacement'], ['knee'], ['joint']],
    source: 'MeSH D019645 Arthroplasty, Replacement, Knee (entry term: Total Knee Arthroplasty, abbreviation TKA in NIH MedQuAD)',
  },
  {
    from: 'tha',
    to: [['replacement'], ['hip'], ['joint']],
    source: 'MeSH D019644 Arthroplasty, Replacement, Hip (entry term: Total Hip Arthroplasty)',
  },
  { from: 'cabg', to: [['bypass'], ['coronary'], ['artery']], source: 'MeSH D001026 Coronary Artery Bypass (entry term: CABG)' },
  {
    from: 'egd',
    to: [['inspection'], ['upper'], ['intestinal'], ['endoscopic']],
    source: `MeSH D016099 Endoscopy, Gastrointestinal (esophagogastroduodenoscopy); ${PCSI} Esophagogastroduodenoscopy see Inspection, Upper Intestinal Tract`,
  },
  {
    from: 'knee replacement',
    to: [['replacement'], ['knee'], ['joint']],
    source: 'MeSH D019645 Arthroplasty, Replacement, Knee; ICD-10-PCS index Replacement, Knee Joint',
  },
  {
    from: 'hip replacement',
    to: [['replacement'], ['hip'], ['joint']],
    source: 'MeSH D019644 Arthroplasty, Replacement, Hip; ICD-10-PCS index Replacement, Hip Joint',
  },
  {
    from: 'gallbladder removal',
    to: [['resection'], ['gallbladder']],
    source: `MeSH D002763 Cholecystectomy; ${PCSI} Cholecystectomy see Resection, Gallbladder`,
  },
  {
    from: 'water on the knee',
    to: [['effusion'], ['knee']],
    source:
      'CMI Effusion, joint, knee (ICD-10-CM M25.46-); MedlinePlus Knee Injuries and Disorders https://medlineplus.gov/kneeinjuriesanddisorders.html',
  },
  {
    from: 'slipped disc',
    to: [['intervertebral'], ['disc'], ['displacement']],
    source:
      'MLP Herniated Disk, also called Slipped disk https://medlineplus.gov/herniateddisk.html; CMI Displacement, intervertebral disc',
  },
  {
    from: 'slipped disk',
    to: [['intervertebral'], ['disc'], ['displacement']],
    source: 'MLP Herniated Disk, also called Slipped disk https://medlineplus.gov/herniateddisk.html',
  },
  {
    from: 'heart attack',
    to: [['myocardial'], ['infarction']],
    source: 'MLP Heart Attack https://medlineplus.gov/heartattack.html (MeSH D009203 Myocardial Infarction)',
  },
  {
    from: 'high blood pressure',
    to: [['hypertension']],
    source: 'MLP High Blood Pressure https://medlineplus.gov/highbloodpressure.html (MeSH D006973 Hypertension)',
  },
  {
    from: 'high cholesterol',
    to: [['hypercholesterolemia']],
    source: 'MLP Cholesterol https://medlineplus.gov/cholesterol.html (MeSH D006937 Hypercholesterolemia)',
  },
  {
    from: 'low blood sugar',
    to: [['hypoglycemia']],
    source: 'MLP Hypoglycemia (low blood sugar) https://medlineplus.gov/hypoglycemia.html',
  },
  {
    from: 'high blood sugar',
    to: [['hyperglycemia']],
    source: 'MLP Hyperglycemia (high blood sugar) https://medlineplus.gov/hyperglycemia.html',
  },
  { from: 'pink eye', to: [['conjunctivitis']], source: 'MLP Pinkeye https://medlineplus.gov/pinkeye.html (MeSH D003231 Conjunctivitis)' },
  {
    from: 'kidney stone',
    to: [['calculus'], ['kidney']],
    source: 'MLP Kidney Stones https://medlineplus.gov/kidneystones.html; CMI Calculus, kidney',
  },
  { from: 'bed sore', to: [['pressure'], ['ulcer']], source: 'MLP Pressure Sores (bedsores) https://medlineplus.gov/pressuresores.html' },
  {
    from: 'torn acl',
    to: [['tear', 'sprain'], ['anterior'], ['cruciate'], ['ligament']],
    source: 'MLP Knee Injuries and Disorders https://medlineplus.gov/kneeinjuriesanddisorders.html; CMI Sprain, knee, cruciate, anterior',
  },
];

/** Everyday words for the words of the official titles. */
export const LAY_WORDS: readonly VocabularyEntry[] = [
  { from: 'broken', to: [['fracture']], source: 'MLP Fractures, also called Broken bones https://medlineplus.gov/fractures.html' },
  { from: 'break', to: [['fracture']], source: 'MLP Fractures, also called Broken bones https://medlineplus.gov/fractures.html' },
  { from: 'torn', to: [['tear', 'rupture', 'sprain']], source: 'CMI Tear, torn (see also Laceration) and Rupture' },
  {
    from: 'shot',
    to: [['injection', 'vaccine', 'vaccination']],
    source: 'MLP Immunization, also called Shots https://medlineplus.gov/immunization.html',
  },
  {
    from: 'shots',
    to: [['injection', 'vaccine', 'vaccination']],
    source: 'MLP Immunization, also called Shots https://medlineplus.gov/immunization.html',
  },
  {
    from: 'belly',
    to: [['abdomen', 'abdominal']],
    source: 'MLP Abdominal Pain, also called Bellyache https://medlineplus.gov/abdominalpain.html',
  },
  {
    from: 'tummy',
    to: [['abdomen', 'abdominal']],
    source: 'MLP Abdominal Pain, also called Bellyache https://medlineplus.gov/abdominalpain.html',
  },
  {
    from: 'bellyache',
    to: [['abdominal'], ['pain']],
    source: 'MLP Abdominal Pain, also called Bellyache https://medlineplus.gov/abdominalpain.html',
  },
  { from: 'ache', to: [['pain']], source: 'MLP Abdominal Pain, also called Bellyache https://medlineplus.gov/abdominalpain.html' },
  { from: 'flu', to: [['influenza']], source: 'MLP Flu (influenza) https://medlineplus.gov/flu.html' },
  { from: 'stone', to: [['calculus']], source: 'MLP Kidney Stones https://medlineplus.gov/kidneystones.html; CMI Calculus' },
  { from: 'stones', to: [['calculus']], source: 'MLP Kidney Stones https://medlineplus.gov/kidneystones.html; CMI Calculus' },
  {
    from: 'gallstones',
    to: [['calculus'], ['gallbladder']],
    source: 'MLP Gallstones https://medlineplus.gov/gallstones.html; CMI Calculus, gallbladder',
  },
  { from: 'heartburn', to: [['reflux', 'esophagitis', 'heartburn']], source: 'MLP Heartburn https://medlineplus.gov/heartburn.html' },
  { from: 'bump', to: [['contusion', 'swelling', 'mass']], source: 'CMI Bump see Contusion' },
  { from: 'bruise', to: [['contusion']], source: 'MLP Bruises https://medlineplus.gov/bruises.html; CMI Bruise see Contusion' },
  {
    from: 'cut',
    to: [['laceration', 'division']],
    source: 'MLP Cuts and Puncture Wounds https://medlineplus.gov/cutsandpuncturewounds.html; CMI Cut see Laceration',
  },
  { from: 'sugar', to: [['glucose', 'diabetes']], source: 'MLP Blood Sugar https://medlineplus.gov/bloodsugar.html' },
  { from: 'kidney', to: [['kidney', 'renal']], source: `${MW} (ren-: kidney)` },
  { from: 'renal', to: [['kidney', 'renal']], source: `${MW} (ren-: kidney)` },
  { from: 'lung', to: [['lung', 'pulmonary']], source: `${MW} (pulmon-: lung)` },
  { from: 'heart', to: [['heart', 'cardiac']], source: `${MW} (cardi-: heart)` },
  { from: 'liver', to: [['liver', 'hepatic']], source: `${MW} (hepat-: liver)` },
  { from: 'womb', to: [['uterus']], source: 'MLP Uterine Diseases https://medlineplus.gov/uterinediseases.html (the womb)' },
  {
    from: 'throat',
    to: [['pharynx', 'pharyngitis', 'throat']],
    source: 'MLP Throat Disorders https://medlineplus.gov/throatdisorders.html',
  },
  { from: 'pee', to: [['urination', 'urine']], source: 'MLP Urine and Urination https://medlineplus.gov/urineandurination.html' },
];
