/**
 * Hand-judged lay queries: what a patient would type, the code a coder would pick, and the public
 * source that ties the two (a MedlinePlus topic, a MeSH descriptor, a MedQuAD synonym, an index entry,
 * or the official title when the lay word is the title's own word).
 */
import type { Judged } from './score.js';

const MP = (page: string) => `MedlinePlus health topic https://medlineplus.gov/${page}.html`;
const IDX = (entry: string, code: string) => `ICD-10-CM index FY2025 "${entry}" → ${code}`;
const TITLE = (system: string, code: string) => `official ${system} title of ${code}`;
const MESH = (id: string, label: string) => `MeSH ${id} "${label}"`;

/** Several expected codes are alternatives (any one is right). */
const row = (q: string, system: string, expected: string[], source: string): Judged => ({
  q,
  kind: 'lay',
  system,
  expected,
  any: expected.length > 1,
  source,
});

export const LAY: Judged[] = [
  row(
    'heart attack',
    'icd10cm',
    ['I21.9'],
    `${MP('heartattack')} filed under ${MESH('D009203', 'Myocardial Infarction')}; ${IDX('Infarct, infarction, myocardium, myocardial (acute)', 'I21.9')}`,
  ),
  row('sugar diabetes', 'icd10cm', ['E11.9'], IDX('Diabetes, diabetic (mellitus) (sugar)', 'E11.9')),
  row(
    'high blood pressure',
    'icd10cm',
    ['I10'],
    `MedQuAD/MedlinePlus "High Blood Pressure" https://www.nlm.nih.gov/medlineplus/highbloodpressure.html; ${TITLE('ICD-10-CM', 'I10')} (hypertension)`,
  ),
  row('kidney stone', 'icd10cm', ['N20.0'], `${MP('kidneystones')}; ${IDX('Stone(s), kidney', 'N20.0')}`),
  row('flu', 'icd10cm', ['J11.1', 'J11*'], `${MP('flu')}; ${IDX('Influenza (bronchial) (epidemic)', 'J11.1')}`),
  row('stroke', 'icd10cm', ['I63.9'], IDX('Stroke (apoplectic) (brain) (ischemic)', 'I63.9')),
  row(
    'chickenpox',
    'icd10cm',
    ['B01.9'],
    `MedQuAD "Chickenpox" https://www.nlm.nih.gov/medlineplus/chickenpox.html; ${TITLE('ICD-10-CM', 'B01.9')} (varicella)`,
  ),
  row('shingles', 'icd10cm', ['B02.9'], `${MP('shingles')} (herpes zoster); ${TITLE('ICD-10-CM', 'B02.9')}`),
  row('pink eye', 'icd10cm', ['H10.9'], `${MP('pinkeye')} (conjunctivitis); ${TITLE('ICD-10-CM', 'H10.9')}`),
  row('heartburn', 'icd10cm', ['R12'], IDX('Heartburn', 'R12')),
  row('sore throat', 'icd10cm', ['J02.9'], `${MESH('D010612', 'Pharyngitis')} entry term "Sore Throat"; ${TITLE('ICD-10-CM', 'J02.9')}`),
  row('common cold', 'icd10cm', ['J00'], IDX('Cold, common (head)', 'J00')),
  row('hay fever', 'icd10cm', ['J30.1'], `${MP('hayfever')}; ${IDX('Allergy, allergic, grass (hay fever) (pollen)', 'J30.1')}`),
  row('appendicitis', 'icd10cm', ['K37', 'K35*'], IDX('Appendicitis (pneumococcal) (retrocecal)', 'K37')),
  row('gallstones', 'icd10cm', ['K80.20'], `${MP('gallstones')}; ${IDX('Calculus, calculi, gallbladder', 'K80.20')}`),
  row('migraine', 'icd10cm', ['G43.909', 'G43*'], `${MP('migraine')}; ${IDX('Headache, migraine (type)', 'G43.909')}`),
  row('asthma', 'icd10cm', ['J45.909', 'J45*'], IDX('Asthma, asthmatic (bronchial)', 'J45.909')),
  row('low back pain', 'icd10cm', ['M54.50'], `${MESH('D017116', 'Low Back Pain')}; ${IDX('Pain(s), low back', 'M54.50')}`),
  row('obesity', 'icd10cm', ['E66.9'], IDX('Obesity', 'E66.9')),
  row('depression', 'icd10cm', ['F32.A'], IDX('Depression (acute) (mental)', 'F32.A')),
  row('anxiety', 'icd10cm', ['F41.9'], IDX('Anxiety', 'F41.9')),
  row('high cholesterol', 'icd10cm', ['E78.00'], IDX('Cholesterol, elevated (high)', 'E78.00')),
  row('nosebleed', 'icd10cm', ['R04.0'], `${MP('nosebleeds')}; ${IDX('Bleeding, nose', 'R04.0')}`),
  row('dog bite', 'icd10cm', ['W54.0XXA', 'W54*'], TITLE('ICD-10-CM', 'W54.0XXA')),
  row('hives', 'icd10cm', ['L50.9'], `${MP('hives')} (urticaria); ${TITLE('ICD-10-CM', 'L50.9')}`),
  row('cold sore', 'icd10cm', ['B00.1'], `${MP('coldsores')}; ${IDX('Coldsore', 'B00.1')}`),
  row('ringworm', 'icd10cm', ['B35.9', 'B35*'], IDX('Ringworm', 'B35.9')),
  row('whooping cough', 'icd10cm', ['A37.90', 'A37*'], `${MESH('D014917', 'Whooping Cough')}; ${TITLE('ICD-10-CM', 'A37.90')}`),
  row('german measles', 'icd10cm', ['B06.9'], IDX('Rubella (German measles)', 'B06.9')),
  row('mumps', 'icd10cm', ['B26.9'], IDX('Mumps', 'B26.9')),
  row('jock itch', 'icd10cm', ['B35.6'], IDX('Itch, itching, jock', 'B35.6')),
  row('athletes foot', 'icd10cm', ['B35.3'], `${MP('athletesfoot')}; ${IDX("Athlete's, foot", 'B35.3')}`),
  row('hiccups', 'icd10cm', ['R06.6'], IDX('Hiccup, hiccough', 'R06.6')),
  row('bad breath', 'icd10cm', ['R19.6'], `${MP('badbreath')} (halitosis); ${TITLE('ICD-10-CM', 'R19.6')}`),
  row('hair loss', 'icd10cm', ['L65.9', 'L63*', 'L64*', 'L65*'], `${MP('hairloss')}; ${TITLE('ICD-10-CM', 'L65.9')}`),
  row('motion sickness', 'icd10cm', ['T75.3XXA', 'T75.3*'], TITLE('ICD-10-CM', 'T75.3XXA')),
  row('sunburn', 'icd10cm', ['L55.9', 'L55*'], IDX('Sunburn', 'L55.9')),
  row(
    'frostbite',
    'icd10cm',
    ['T33*', 'T34*'],
    `ICD-10-CM tabular: categories T33 and T34 are titled "Superficial frostbite" and "Frostbite with tissue necrosis"`,
  ),
  row('heat stroke', 'icd10cm', ['T67.01XA', 'T67.0*'], TITLE('ICD-10-CM', 'T67.01XA')),
  row(
    'broken wrist',
    'icd10cm',
    ['S62*', 'S52.5*', 'S52.6*'],
    'ICD-10-CM tabular: S62 "Fracture at wrist and hand level", S52.5/S52.6 lower end of radius/ulna',
  ),
  row('colonoscopy', 'icd10pcs', ['0DJD8ZZ'], 'ICD-10-PCS index FY2023 "Colonoscopy" → 0DJD8ZZ (Inspection, Lower Intestinal Tract)'),
  row(
    'knee replacement',
    'icd10pcs',
    ['0SRC*', '0SRD*'],
    `${MP('kneereplacement')}; ICD-10-PCS index FY2023 "Replacement, Joint, Knee" → 0SRC/0SRD`,
  ),
  row(
    'hip replacement',
    'icd10pcs',
    ['0SR9*', '0SRB*'],
    `${MP('hipreplacement')}; ICD-10-PCS index FY2023 "Replacement, Joint, Hip, Right/Left" → 0SR9/0SRB`,
  ),
  row('tonsillectomy', 'icd10pcs', ['0CTP*'], 'ICD-10-PCS FY2026 table 0CT (Resection, Mouth and Throat), body part P "Tonsils"'),
  row('appendectomy', 'icd10pcs', ['0DTJ*'], 'ICD-10-PCS FY2026 table 0DT (Resection, Gastrointestinal System), body part J "Appendix"'),
  row('wheelchair', 'hcpcs', ['K0001'], `${MESH('D014910', 'Wheelchairs')}; ${TITLE('HCPCS', 'K0001')} "Standard wheelchair"`),
  row('insulin', 'hcpcs', ['J1815'], TITLE('HCPCS', 'J1815')),
  row('flu shot', 'hcpcs', ['G0008'], `${MP('flushot')}; ${TITLE('HCPCS', 'G0008')} (administration of influenza virus vaccine)`),
  row('ambulance', 'hcpcs', ['A04*'], 'HCPCS A0426-A0434: ambulance service titles'),
  row('crutches', 'hcpcs', ['E0110', 'E0111', 'E0112', 'E0113', 'E0114', 'E0116'], 'HCPCS E0110-E0116: crutches titles'),
  row('office', 'pos', ['11'], 'CMS place of service code set: 11 Office'),
  row('home', 'pos', ['12'], 'CMS place of service code set: 12 Home'),
  row('emergency room', 'pos', ['23'], 'CMS place of service code set: 23 Emergency Room – Hospital'),
  row('telehealth', 'pos', ['02', '10'], 'CMS place of service code set: 02 and 10 Telehealth'),
];
