/** How CMS titles ICD-10-PCS codes, one case per rule (codes and titles typed here; PCS is public domain). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composePcsTitle } from '../../src/sources/icd10pcs/compose-title.js';
import { devicePhrase, invertLabel } from '../../src/sources/icd10pcs/title-phrases.js';

/** The title of a code from its seven labels. */
function title(code: string, labels: string[]): string {
  return composePcsTitle(labels.map((label, i) => ({ position: i + 1, name: '', value: code[i] ?? '', label })));
}
const ms = (code: string, labels: string[]) => title(code, ['Medical and Surgical', 'x', ...labels]);

describe('title phrases', () => {
  it('keeps labels CMS writes as labelled, and fixed device wordings', () => {
    assert.equal(invertLabel('Thoracic Aorta, Descending'), 'Thoracic Aorta, Descending');
    assert.equal(invertLabel('Stomach, Pylorus'), 'Stomach, Pylorus');
    assert.equal(invertLabel('Hip Joint, Acetabular Surface, Right'), 'Right Hip Joint, Acetabular Surface');
    assert.equal(invertLabel('Pulmonary Vein, Confluence'), 'Pulmonary Vein Confluence');
    assert.equal(devicePhrase('Internal Fixation Device, Rigid Plate'), 'Rigid Plate Internal Fixation Device');
    assert.equal(devicePhrase('Pacemaker, Dual Chamber'), 'Pacemaker, Dual Chamber');
    assert.equal(devicePhrase('Synthetic Substitute, Unicondylar Medial'), 'Medial Unicondylar Synthetic Substitute');
  });
});

describe('Medical and Surgical qualifiers', () => {
  it('part, technique, named part, device modifier, source, route', () => {
    assert.equal(
      ms('0270046', ['Dilation', 'Coronary Artery, One Artery', 'Open', 'Intraluminal Device, Drug-eluting', 'Bifurcation']),
      'Dilation of Coronary Artery, One Artery, Bifurcation, with Drug-eluting Intraluminal Device, Open Approach',
    );
    assert.equal(
      ms('04700D1', ['Dilation', 'Abdominal Aorta', 'Open', 'Intraluminal Device', 'Drug-Coated Balloon']),
      'Dilation of Abdominal Aorta with Intraluminal Device, using Drug-Coated Balloon, Open Approach',
    );
    assert.equal(
      ms('02L70ZK', ['Occlusion', 'Atrium, Left', 'Open', 'No Device', 'Left Atrial Appendage']),
      'Occlusion of Left Atrial Appendage, Open Approach',
    );
    assert.equal(
      ms('02HA0RS', ['Insertion', 'Heart', 'Open', 'Short-term External Heart Assist System', 'Biventricular']),
      'Insertion of Biventricular Short-term External Heart Assist System into Heart, Open Approach',
    );
    assert.equal(
      ms('02QF0ZJ', ['Repair', 'Aortic Valve', 'Open', 'No Device', 'Truncal Valve']),
      'Repair Aortic Valve created from Truncal Valve, Open Approach',
    );
    assert.equal(
      ms('06H033T', ['Insertion', 'Inferior Vena Cava', 'Percutaneous', 'Infusion Device', 'Via Umbilical Vein']),
      'Insertion of Infusion Device, Via Umbilical Vein, into Inferior Vena Cava, Percutaneous Approach',
    );
  });
  it('operation wording: Transfer with tissue, flaps, Creation, pulmonary Bypass, Fragmentation, teeth', () => {
    assert.equal(ms('0KX00Z0', ['Transfer', 'Head Muscle', 'Open', 'No Device', 'Skin']), 'Transfer Head Muscle with Skin, Open Approach');
    assert.equal(
      ms('0HRT075', ['Replacement', 'Breast, Right', 'Open', 'Autologous Tissue Substitute', 'Latissimus Dorsi Myocutaneous Flap']),
      'Replacement of Right Breast using Latissimus Dorsi Myocutaneous Flap, Open Approach',
    );
    assert.equal(
      ms('0W4M070', ['Creation', 'Perineum, Male', 'Open', 'Autologous Tissue Substitute', 'Vagina']),
      'Creation of Vagina in Male Perineum with Autologous Tissue Substitute, Open Approach',
    );
    assert.equal(
      ms('021P0ZA', ['Bypass', 'Pulmonary Trunk', 'Open', 'No Device', 'Innominate Artery']),
      'Bypass Pulmonary Trunk from Innominate Artery with No Device, Open Approach',
    );
    assert.equal(
      ms('0BF10ZZ', ['Fragmentation', 'Trachea', 'Open', 'No Device', 'No Qualifier']),
      'Fragmentation in Trachea, Open Approach',
    );
    assert.equal(
      ms('03F23Z0', ['Fragmentation', 'Innominate Artery', 'Percutaneous', 'No Device', 'Ultrasonic']),
      'Fragmentation of Innominate Artery, Percutaneous Approach, Ultrasonic',
    );
    assert.equal(ms('0CQW0Z0', ['Repair', 'Upper Tooth', 'Open', 'No Device', 'Single']), 'Repair of Upper Tooth, Single, Open Approach');
    assert.equal(ms('0UDN0ZZ', ['Extraction', 'Ova', 'Open', 'No Device', 'No Qualifier']), 'Extraction of Ova, Open');
  });
});

describe('other sections', () => {
  it('Obstetrics, Placement, Administration', () => {
    const ob = ['Obstetrics', 'Pregnancy'];
    assert.equal(
      title('10900Z9', [...ob, 'Drainage', 'Products of Conception', 'Open', 'No Device', 'Fetal Blood']),
      'Drainage of Fetal Blood from Products of Conception, Open Approach',
    );
    const orifices = ['Placement', 'Anatomical Orifices'];
    assert.equal(
      title('2Y41X5Z', [...orifices, 'Packing', 'Nasal', 'External', 'Packing Material', 'No Qualifier']),
      'Packing of Nasal Region using Packing Material',
    );
    assert.equal(
      title('2Y51X5Z', [...orifices, 'Removal', 'Nasal', 'External', 'Packing Material', 'No Qualifier']),
      'Removal of Nasal Packing Material',
    );
    const adm = ['Administration', 'Physiological Systems and Anatomical Regions', 'Introduction'];
    assert.equal(
      title('3E013VG', [...adm, 'Subcutaneous Tissue', 'Percutaneous', 'Hormone', 'Insulin']),
      'Introduction of Insulin into Subcutaneous Tissue, Percutaneous Approach',
    );
    assert.equal(
      title('3E030U0', [...adm, 'Peripheral Vein', 'Open', 'Pancreatic Islet Cells', 'Autologous']),
      'Introduction of Autologous Pancreatic Islet Cells into Peripheral Vein, Open Approach',
    );
  });
  it('Measurement, Assistance, Therapies, Osteopathic, Other Procedures, Chiropractic', () => {
    assert.equal(
      title('4A003BD', [
        'Measurement and Monitoring',
        'Physiological Systems',
        'Measurement',
        'Central Nervous',
        'Percutaneous',
        'Pressure',
        'Intracranial',
      ]),
      'Measurement of Intracranial Pressure, Percutaneous Approach',
    );
    assert.equal(
      title('5A02110', [
        'Extracorporeal or Systemic Assistance and Performance',
        'Physiological Systems',
        'Assistance',
        'Cardiac',
        'Intermittent',
        'Output',
        'Balloon Pump',
      ]),
      'Assistance with Cardiac Output using Balloon Pump, Intermittent',
    );
    const therapies = ['Extracorporeal or Systemic Therapies', 'Physiological Systems'];
    assert.equal(
      title('6A150ZZ', [...therapies, 'Decompression', 'Circulatory', 'Single', 'No Qualifier', 'No Qualifier']),
      'Decompression, Circulatory, Single',
    );
    assert.equal(
      title('6A550Z3', [...therapies, 'Pheresis', 'Circulatory', 'Single', 'No Qualifier', 'Plasma']),
      'Pheresis of Plasma, Single',
    );
    assert.equal(
      title('7W01X4Z', ['Osteopathic', 'Anatomical Regions', 'Treatment', 'Cervical', 'External', 'Indirect', 'None']),
      'Osteopathic Treatment of Cervical Region using Indirect Forces',
    );
    assert.equal(
      title('8E0W3CZ', [
        'Other Procedures',
        'Physiological Systems and Anatomical Regions',
        'Other Procedures',
        'Trunk Region',
        'Percutaneous',
        'Robotic Assisted Procedure',
        'No Qualifier',
      ]),
      'Robotic Assisted Procedure of Trunk Region, Percutaneous Approach',
    );
    assert.equal(
      title('9WB2XBZ', ['Chiropractic', 'Anatomical Regions', 'Manipulation', 'Thoracic', 'External', 'Non-Manual', 'None']),
      'Chiropractic Manipulation of Thoracic Region, Non-Manual',
    );
  });
  it('Imaging, Radiation Therapy, Physical Rehabilitation, Mental Health', () => {
    assert.equal(
      title('B02000Z', [
        'Imaging',
        'Central Nervous System',
        'Computerized Tomography (CT Scan)',
        'Brain',
        'High Osmolar',
        'Unenhanced and Enhanced',
        'None',
      ]),
      'Computerized Tomography (CT Scan) of Brain using High Osmolar Contrast, Unenhanced and Enhanced',
    );
    assert.equal(
      title('B210010', ['Imaging', 'Heart', 'Fluoroscopy', 'Coronary Artery, Single', 'High Osmolar', 'Laser', 'Intraoperative']),
      'Fluoroscopy of Single Coronary Artery using High Osmolar Contrast, Laser Intraoperative',
    );
    assert.equal(
      title('D020DZZ', [
        'Radiation Therapy',
        'Central and Peripheral Nervous System',
        'Stereotactic Radiosurgery',
        'Brain',
        'Stereotactic Other Photon Radiosurgery',
        'None',
        'None',
      ]),
      'Stereotactic Other Photon Radiosurgery of Brain',
    );
    assert.equal(
      title('F003GKZ', [
        'Physical Rehabilitation and Diagnostic Audiology',
        'Rehabilitation',
        'Speech Assessment',
        'Neurological System - Whole Body',
        'Communicative/Cognitive Integration Skills',
        'Audiovisual',
        'None',
      ]),
      'Communicative/Cognitive Integration Skills Assessment of Neurological System - Whole Body using Audiovisual Equipment',
    );
    assert.equal(
      title('F0FZ0EZ', [
        'Physical Rehabilitation and Diagnostic Audiology',
        'Rehabilitation',
        'Caregiver Training',
        'None',
        'Bathing/Showering Technique',
        'Orthosis',
        'None',
      ]),
      'Caregiver Training in Bathing/Showering Technique using Orthosis',
    );
    assert.equal(
      title('GZ60ZZZ', ['Mental Health', 'None', 'Counseling', 'Educational', 'None', 'None', 'None']),
      'Educational Counseling',
    );
  });
  it('New Technology: "using" technologies, measured quantities, approach left out', () => {
    assert.equal(
      title('XRG10RB', [
        'New Technology',
        'Joints',
        'Fusion',
        'Cervical Vertebral Joint',
        'Open',
        'Interbody Fusion Device, Custom-Made Anatomically Designed',
        'New Technology Group 11',
      ]),
      'Fusion of Cervical Vertebral Joint using Custom-Made Anatomically Designed Interbody Fusion Device, Open Approach, New Technology Group 11',
    );
    assert.equal(
      title('XXE2X19', [
        'New Technology',
        'Physiological Systems',
        'Measurement',
        'Cardiac',
        'External',
        'Output, Computer-aided Assessment',
        'New Technology Group 9',
      ]),
      'Measurement of Cardiac Output, Computer-aided Assessment, New Technology Group 9',
    );
  });
});
