import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findCodeMentions } from '../../src/core/code-mentions.js';
import { chooseTopicLinks, requiredMatches, stem, titleParts, topicStems } from '../../src/features/policies/index.js';

const found = (text: string) => findCodeMentions(text).map((m) => (m.keyTo ? `${m.key}-${m.keyTo}` : m.key));

describe('findCodeMentions', () => {
  it('finds codes of every system, with and without dots, and ranges in their written forms', () => {
    assert.deepEqual(found('CPT 63001-63048, 22612; E11.0 - E11.9, E1165; L0631 through L0637, G0289 to G0290; 0SRC0JZ.'), [
      '63001-63048',
      '22612',
      'E110-E119',
      'E1165',
      'L0631-L0637',
      'G0289-G0290',
      '0SRC0JZ',
    ]);
  });

  it('ignores phone numbers, dates, amounts, page numbers, addresses, times, percentages and vitamins', () => {
    const text =
      'Call 1-800-633-4227, (410) 786-3000 or 410.786.3000. Dated 01/15/2024 and 2024-02-01. Pay $12345, $1,250.00 or 23456 dollars. ' +
      'Page 34567 of 45678, pp. 12-13. PO Box 56789, Suite 67890, Baltimore, MD 21244-1850. At 10:30, 45.5% of 12,345 cases. Vitamin B12.';
    assert.deepEqual(found(text), []);
  });

  it('keeps a snippet around each hit and reports positions', () => {
    const [m] = findCodeMentions('The policy covers 99213 for follow-up visits only.', 10);
    assert.equal(m?.snippet, '…cy covers 99213 for follo…');
    assert.equal(m?.text, '99213');
  });

  it('never throws, and every mention is where it says (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const m of findCodeMentions(text)) assert.equal(text.slice(m.start, m.end), m.text);
      }),
    );
  });
});

describe('topic matching', () => {
  it('drops MCD boilerplate and stems plurals and -ing forms', () => {
    assert.deepEqual(topicStems('Billing and Coding: Urine Drug Testing'), ['urin', 'drug', 'test']);
    assert.deepEqual(topicStems('Response to Comments: Services'), []);
    assert.equal(stem('tests'), stem('testing'));
  });

  it('keeps codes holding enough title words, the rarest among them, best first and capped', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 8].map(requiredMatches), [1, 2, 3, 3, 4, 6]);
    const candidates = [
      { system: 'hcpcs', key: 'K1034', display: 'Provision of covid-19 test, FDA approved' },
      { system: 'hcpcs', key: 'X1', display: 'FDA approved BRAF gene test' },
    ];
    const freq = (s: string) => ({ braf: 1, fda: 50, approved: 60, test: 900 })[s] ?? 0;
    assert.deepEqual(
      chooseTopicLinks('FDA-Approved BRAF Tests', candidates, freq).map((c) => c.key),
      ['X1'],
    );
  });

  // HCPCS, ICD-10-CM and ICD-10-PCS descriptors below are the official (public domain) titles.
  const knee = [
    { system: 'icd10pcs', key: '0SRC0JZ', display: 'Replacement of Right Knee Joint with Synthetic Substitute, Open Approach' },
    { system: 'icd10pcs', key: '0SRB0JZ', display: 'Replacement of Left Hip Joint with Synthetic Substitute, Open Approach' },
    { system: 'hcpcs', key: 'L5700', display: 'Replacement, socket, below knee, molded to patient model' },
    { system: 'cpt', key: '27447', display: 'Arthroplasty - Knee' }, // the CMS RBCS family, not CPT text
  ];
  it('matches procedure words through their equivalents: knee arthroplasty is replacement of the knee joint', () => {
    assert.deepEqual(
      chooseTopicLinks('Total Knee Arthroplasty', knee).map((c) => c.key),
      ['27447', '0SRC0JZ'],
    );
  });

  const pap = [
    { system: 'hcpcs', key: 'E0601', display: 'Continuous positive airway pressure (cpap) device' },
    { system: 'hcpcs', key: 'E0482', display: 'Cough stimulating device, alternating positive and negative airway pressure' },
    { system: 'icd10cm', key: 'G4733', display: 'Obstructive sleep apnea (adult) (pediatric)' },
    { system: 'icd10cm', key: 'G4730', display: 'Sleep apnea, unspecified' },
  ];
  it('splits "<device> for the treatment of <condition>": devices by the first part, diagnoses by the second, words in order', () => {
    const title = 'Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea';
    assert.deepEqual(titleParts(title), { procedure: 'Positive Airway Pressure   Devices', condition: 'Obstructive Sleep Apnea' });
    assert.deepEqual(
      chooseTopicLinks(title, pap)
        .map((c) => c.key)
        .sort(),
      ['E0601', 'G4733'],
    );
  });

  it('never matches a diagnosis through a procedure word, and wants diagnoses mostly about the condition', () => {
    const cataract = [
      { system: 'icd10cm', key: 'H59029', display: 'Cataract (lens) fragments in eye following cataract surgery, unspecified eye' },
      { system: 'icd10pcs', key: '08RJ3JZ', display: 'Replacement of Right Lens with Synthetic Substitute, Percutaneous Approach' },
    ];
    assert.deepEqual(chooseTopicLinks('Cataract Surgery', cataract), []);
    const back = [
      { system: 'icd10cm', key: 'M5450', display: 'Low back pain, unspecified' },
      {
        system: 'icd10cm',
        key: 'M51370',
        display: 'Other intervertebral disc degeneration, lumbosacral region with discogenic back pain only',
      },
    ];
    const title = 'Percutaneous minimally invasive fusion/stabilization of the sacroiliac joint for the treatment of back pain';
    assert.deepEqual(
      chooseTopicLinks(title, back).map((c) => c.key),
      ['M5450'],
    );
  });

  it('a procedure code naming another purpose ("testing for X") needs a word of the title\'s condition', () => {
    const tests = [
      { system: 'hcpcs', key: 'S3853', display: 'Genetic testing for myotonic muscular dystrophy' },
      { system: 'hcpcs', key: 'S9999', display: 'Invented genetic testing for thrombophilia' },
    ];
    assert.deepEqual(
      chooseTopicLinks('MolDX: Genetic Testing for Hypercoagulability / Thrombophilia', tests).map((c) => c.key),
      ['S9999'],
    );
  });
});
