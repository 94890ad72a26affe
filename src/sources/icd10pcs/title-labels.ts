/**
 * Label-level wording rules of ICD-10-PCS long titles: where CMS writes a table label differently
 * inside a title. Each entry is about one label (wherever it appears), never about one code; the
 * approach rules at the end match whole table rows by code pattern. See docs/sources/icd10pcs.md,
 * "Titles".
 */

/** Two-piece labels that titles keep as labelled instead of writing the second piece first. */
export const KEEP_AS_LABELLED = new Set([
  'Stomach, Pylorus',
  'Tongue, Palate, Pharynx Muscle',
  'Chest, Abdomen and Pelvis',
  'Gallbladder, Bile Ducts and Pancreatic Ducts',
  'Hepatobiliary System, All',
  'Ileal Loop, Ureters and Kidneys',
  'Kidney, Ureter and Bladder',
  'Kidneys, Ureters and Bladder',
  'Ear, Nose, Mouth and Throat',
  'Musculoskeletal System, All',
  'Musculoskeletal System, Other',
  'Skin, Subcutaneous Tissue and Breast',
  'Thoracic Sympathetic Nerve, Cardiac Plexus',
  'Anterior Approach, Anterior Column',
  'Posterior Approach, Anterior Column',
  'Posterior Approach, Posterior Column',
  'Skin, Subcutaneous Tissue and Fascia',
  'Amniotic Fluid, Therapeutic',
  'Amniotic Fluid, Diagnostic',
  'Ear, Nose and Sinus',
  'Membrane, Central',
  'Membrane, Peripheral Veno-arterial',
  'Membrane, Peripheral Veno-venous',
]);

/** Label beginnings whose labels are always kept as labelled. */
export const KEEP_PREFIXES = [
  'Products of Conception, ',
  'Thoracic Aorta, ',
  'First Trimester, ',
  'Second Trimester, ',
  'Third Trimester, ',
];

/** Labels that titles write in fixed words. */
export const LABEL_PHRASES: Record<string, string> = {
  'Nitric Oxide': 'Nitric Oxide Gas',
  'Blood Brain Barrier Disruption': 'Blood Brain Barrier Disruption Substance',
  'Pulmonary Vein, Confluence': 'Pulmonary Vein Confluence',
};

/** Device labels written as labelled (no reordering). */
export const DEVICE_AS_LABELLED = new Set([
  'Radioactive Element, Cesium-131 Collagen Implant',
  'Radioactive Element, Palladium-103 Collagen Implant',
  'Pacemaker, Single Chamber',
  'Pacemaker, Single Chamber Rate Responsive',
  'Pacemaker, Dual Chamber',
  'Intraluminal Device, Endovascular Anchors',
  'Intraluminal Device, Everolimus-eluting Resorbable Scaffold(s)',
  'Intraluminal Device, Flow Diverter',
  'Intraluminal Device, Bioprosthetic Valve',
  'Intraluminal Device, Heterotopic Bioprosthetic Valve(s)',
  'Spinal Stabilization Device, Vertebral Body Tether',
  'Synthetic Substitute, Extraluminal Support Device',
  'Synthetic Substitute, Lateral Meniscus',
  'Synthetic Substitute, Medial Meniscus',
  'Synthetic Substitute, Pneumatic',
  'Facet Joint Fusion Device, Paired Titanium Cages',
  'Bentracimab, Ticagrelor Reversal Agent',
  'Paclitaxel-Coated Balloon Technology, One Balloon',
  'Paclitaxel-Coated Balloon Technology, Two Balloons',
  'Paclitaxel-Coated Balloon Technology, Three Balloons',
  'Paclitaxel-Coated Balloon Technology, Four or More Balloons',
  'Prademagene Zamikeracel, Genetically Engineered Autologous Cell Therapy',
  'Nonautologous (Human) Fibrinogen Concentrate, Shelf-stable',
  'Leaflet Laceration, Radiofrequency Energy',
  'Transthoracic Echocardiography, Computer-aided Guidance',
  'Hematopoietic Stem/Progenitor Cells, Genetically Modified',
  'Serum, Toxoid and Vaccine',
  'Vancomycin Hydrochloride and Tobramycin Sulfate Anti-Infective, Temporary Irrigation Spacer System',
]);

/** Device labels written in fixed words. */
export const DEVICE_PHRASES: Record<string, string> = {
  'Intraluminal Device, Endobronchial Valve': 'Endobronchial Valve',
  'Intraluminal Device, Endotracheal Airway': 'Endotracheal Airway',
  'Intraluminal Device, Pessary': 'Pessary',
  'Intraluminal Device, Airway': 'Airway',
  'Infusion Device, Pump': 'Infusion Pump',
  'Cardiac Lead, Pacemaker': 'Pacemaker Lead',
  'Cardiac Lead, Defibrillator': 'Defibrillator Lead',
  'Hearing Device, Single Channel Cochlear Prosthesis': 'Single Channel Cochlear Prosthesis',
  'Hearing Device, Multiple Channel Cochlear Prosthesis': 'Multiple Channel Cochlear Prosthesis',
  'Synthetic Substitute, Intraocular Telescope': 'Intraocular Telescope',
  'Synthetic Substitute, Unicondylar Medial': 'Medial Unicondylar Synthetic Substitute',
  'Synthetic Substitute, Unicondylar Lateral': 'Lateral Unicondylar Synthetic Substitute',
  'Intraluminal Device, Branched or Fenestrated, One or Two Arteries': 'Branched or Fenestrated Intraluminal Device, One or Two Arteries',
  'Intraluminal Device, Branched or Fenestrated, Three or More Arteries':
    'Branched or Fenestrated Intraluminal Device, Three or More Arteries',
  'Plasma, Convalescent (Nonautologous)': 'Convalescent Plasma (Nonautologous)',
  'Intraluminal Device, Uncovered with Support Cuff': 'Uncovered Intraluminal Device with Support Cuff',
  'Biologic with Synthetic Substitute, Autoregulated Electrohydraulic': 'Biologic and Synthetic Substitute, Autoregulated Electrohydraulic',
};

/**
 * How a qualifier joins a Medical and Surgical title (by label; `Operation|label` entries win):
 * - part: a part of the body part, right after it ("Coronary Artery, One Artery, Bifurcation, with …");
 * - count: Single / Multiple / All, a part except where the template puts the qualifier after the approach;
 * - using: a technique ("… with Intraluminal Device, using Drug-Coated Balloon, …");
 * - names: the qualifier names the treated part instead of the body part ("Occlusion of Left Atrial Appendage");
 * - device: a modifier written before the device ("Biventricular Short-term External Heart Assist System");
 * - source: where the part is created from ("Aortic Valve created from Truncal Valve");
 * - with: what the part is made with, before the device ("Right Thumb with Right Toe, Autologous Tissue
 *   Substitute", "Transfer Head Muscle with Skin"); flap: Replacement "using … Flap" (the tissue device
 *   left out); creates: Creation "of Vagina in Male Perineum";
 * - route: the device's route, after it in commas ("Infusion Device, Via Umbilical Vein, into …");
 * - from: Bypass of a pulmonary artery "from Carotid with …" (the device written even when it is No Device).
 * Other qualifiers take the operation template's place.
 */
export type QualifierKind = 'part' | 'count' | 'using' | 'names' | 'device' | 'source' | 'with' | 'flap' | 'creates' | 'from' | 'route';

const COUNTS = ['Single', 'Multiple', 'All'];
const PARTS = ['Bifurcation', 'Sesamoid Bone(s) 1st Toe', 'Stoma', 'Supracervical'];
const NAMES = [
  'Ductus Arteriosus',
  'Left Atrial Appendage',
  'Hemorrhoidal Plexus',
  'Uterine Artery, Left',
  'Uterine Artery, Right',
  'Prostatic Artery, Left',
  'Prostatic Artery, Right',
];
const TECHNIQUES = [
  'Drug-Coated Balloon',
  'Stent Retriever',
  'Laser Interstitial Thermal Therapy',
  'Irreversible Electroporation',
  'Stereoelectroencephalographic Radiofrequency Ablation',
  'Rapid Deployment Technique',
  'Connectomic Analysis',
];
const FLAPS = [
  'Deep Inferior Epigastric Artery Perforator Flap',
  'Gluteal Artery Perforator Flap',
  'Latissimus Dorsi Myocutaneous Flap',
  'Lumbar Artery Perforator Flap',
  'Superficial Inferior Epigastric Artery Flap',
  'Transverse Rectus Abdominis Myocutaneous Flap',
];
const TISSUES = ['Skin', 'Subcutaneous Tissue', 'Skin and Subcutaneous Tissue', 'Skin, Subcutaneous Tissue and Fascia'];

const QUALIFIER_KINDS: Record<string, QualifierKind> = {
  ...Object.fromEntries(COUNTS.map((l) => [l, 'count'])),
  ...Object.fromEntries(PARTS.map((l) => [l, 'part'])),
  ...Object.fromEntries(NAMES.map((l) => [l, 'names'])),
  ...Object.fromEntries(TECHNIQUES.map((l) => [l, 'using'])),
  ...Object.fromEntries(FLAPS.map((l) => [`Replacement|${l}`, 'flap'])),
  ...Object.fromEntries(FLAPS.map((l) => [`Transfer|${l}`, 'part'])),
  ...Object.fromEntries(TISSUES.map((l) => [`Transfer|${l}`, 'with'])),
  'Replacement|Toe, Right': 'with',
  'Replacement|Toe, Left': 'with',
  'Creation|Vagina': 'creates',
  'Creation|Penis': 'creates',
  Biventricular: 'device',
  'Via Umbilical Vein': 'route',
  'Truncal Valve': 'source',
  'Common Atrioventricular Valve': 'source',
  'Atrioventricular Valve, Left': 'source',
  'Atrioventricular Valve, Right': 'source',
  'Orbital Atherectomy Technique': 'part',
  Intraoperative: 'part',
  'Insertion|Temporary': 'part',
  'Detachment|Complete': 'part',
};

/**
 * Rows whose titles write "Approach" after "Via …" approaches too (code patterns): lymphatic
 * Drainage, Diagnostic (079·8·X); lymphatic Repair (07Q); Inspection of anatomical regions (0WJ).
 */
export const APPROACH_WORD_ROWS = [/^079.8.X$/, /^07Q/, /^0WJ/];
/**
 * Rows whose titles leave the approach out (code patterns): New Technology computer-aided
 * measurements and monitoring (XXE, XX2 of the central nervous and circulatory systems), guidance
 * (X2J), duodenoscopes (XFJ), stimulation (X0Z), extracorporeal introduction (XY0).
 */
export const APPROACH_OMITTED_ROWS = [/^3E1.X/, /^XXE/, /^XX2[05]/, /^X2J/, /^XFJ/, /^X0Z/, /^XY0/];

/** Labels (body part or substance) after which titles write the approach bare ("Extraction of Ova, Open"). */
export const APPROACH_BARE_AFTER = new Set(['Ova', 'Recombinant Human-activated Protein C', 'Immunostimulator', 'Immunosuppressive']);

/** The kind of a qualifier in an operation, if it has one. */
export function qualifierKind(operation: string, label: string): QualifierKind | undefined {
  return QUALIFIER_KINDS[`${operation}|${label}`] ?? QUALIFIER_KINDS[label];
}
