import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  boilerplateProblems,
  nameIsPhraseIn,
  nameKey,
  nameWords,
  narrower,
  passageConflicts,
  titleWordSequence,
  topicNamedIn,
} from '../../src/core/passage-fit.js';
import { medlinePlusSections } from '../../src/sources/passages/medlineplus-sections.js';

describe('passage fit rules', () => {
  it('finds a topic name in a title only when its words stand side by side (rule topic-in-title)', () => {
    const named = (title: string, topic: string) => nameIsPhraseIn(titleWordSequence(title), nameWords(topic));
    // H33.0: a retinal detachment; H35.72: a detachment of the retinal pigment epithelium, another condition.
    assert.equal(named('Retinal detachment with retinal break, unspecified eye', 'Retinal Detachment'), true);
    assert.equal(named('Serous detachment of retinal pigment epithelium, unspecified eye', 'Retinal Detachment'), false);
    // Order and stop words do not matter; one-word names only need to occur.
    assert.equal(named('Infarction, myocardial', 'Myocardial Infarction'), true);
    assert.equal(named('Sprains and strains of knee', 'Sprains and Strains'), true);
    assert.equal(named('Displaced fracture of base of neck of right femur', 'Fractures'), true);
  });

  it('compares names as word sets: order, case, plurals and parenthesised words do not matter', () => {
    assert.equal(nameKey('Diabetes Mellitus, Type 2'), nameKey('Type 2 diabetes mellitus'));
    assert.equal(nameKey('Urinary Tract Infections'), nameKey('urinary tract infection'));
    assert.equal(nameKey('Obstructive sleep apnea (adult) (pediatric)'), nameKey('Sleep Apnea, Obstructive'));
    assert.notEqual(nameKey('Type 1 diabetes'), nameKey('Type 2 diabetes'));
  });

  it('rejects a passage whose title or opening carries the opposite qualifier', () => {
    assert.deepEqual(passageConflicts('Type 2 diabetes mellitus without complications', 'Diabetes Type 2'), []);
    assert.equal(passageConflicts('Type 2 diabetes mellitus without complications', 'Diabetes Type 1').length, 1);
    assert.equal(passageConflicts('Type 2 diabetes mellitus', 'Diabetes', 'Type 1 diabetes is an autoimmune disease. More.').length, 1);
    assert.equal(passageConflicts('Acute bronchitis', 'Chronic Bronchitis').length, 1);
    assert.equal(passageConflicts('Pain in left knee', 'Right knee pain').length, 1);
    assert.equal(passageConflicts('Benign neoplasm of breast', 'Breast Cancer').length, 1);
    assert.deepEqual(passageConflicts('Malignant neoplasm of breast', 'Breast Cancer'), []);
    // A parenthesised (nonessential) word does not qualify the code.
    assert.deepEqual(passageConflicts('Asthma with (acute) exacerbation', 'Chronic asthma'), []);
  });

  it('rejects a passage about another body part or organ', () => {
    assert.equal(passageConflicts('Calculus of gallbladder', 'Kidney Stones').length, 1);
    assert.deepEqual(passageConflicts('Calculus of gallbladder', 'Gallstones'), []);
    // The body part may be named by an ancestor.
    assert.deepEqual(passageConflicts('Other specified disorders', 'Kidney Diseases', '', ['Diseases of kidney']), []);
  });

  it('finds boilerplate: furniture, a list that does not follow, reference lists, truncation', () => {
    assert.deepEqual(boilerplateProblems('Asthma is a chronic disease of the airways.'), []);
    assert.equal(boilerplateProblems('To see more, click the brackets in the lower right-hand corner.').length, 1);
    assert.ok(boilerplateProblems('The Human Phenotype Ontology provides the following list of signs and symptoms for Asthma.').length > 0);
    assert.ok(boilerplateProblems('These resources address management: - Gene Review: A - Gene Review: B - Gene Review: C').length > 0);
    assert.ok(boilerplateProblems('They are most often found: On or under the ovaries').length > 0);
  });

  it('refuses a passage about another population (children, older adults, pregnancy)', () => {
    assert.ok(narrower('Malignant neoplasms', 'Cancer in Children'));
    assert.ok(!narrower('Malignant neoplasms', 'Cancer'));
    assert.equal(passageConflicts('Neonatal jaundice', 'Jaundice in Older Adults').length, 1);
  });

  it('lets a topic found in an ancestor title speak for a code only when the code names it too', () => {
    assert.ok(topicNamedIn('Poisoning by opium, accidental (unintentional), initial encounter', 'Poisoning'));
    assert.ok(!topicNamedIn('Burn of unspecified degree of right thumb (nail), initial encounter', 'Poisoning'));
    assert.ok(!topicNamedIn('Adverse effect of tricyclic antidepressants, initial encounter', 'Poisoning'));
    assert.ok(topicNamedIn('Unspecified fracture of the lower end of right radius', 'Fractures'));
  });
});

describe('MedlinePlus summary sections', () => {
  it('moves the symptom and treatment sentences of a summary without headings out of the overview', () => {
    const html =
      '<p>A widget break is an invented injury. Symptoms of a widget break are:</p><ul><li>Pain</li><li>Swelling</li></ul>' +
      '<p>It is common. You should know the warning signs of a widget break. Treatment depends on the widget. It might include a splint.</p>' +
      '<p>Widgets heal in weeks.</p><p class="">NIH: National Institute of Widgets</p>';
    assert.deepEqual(medlinePlusSections(html), [
      {
        section: 'overview',
        text: 'A widget break is an invented injury. It is common. You should know the warning signs of a widget break. Widgets heal in weeks.',
      },
      { section: 'symptoms', text: 'Symptoms of a widget break are: pain; swelling.' },
      { section: 'treatment', text: 'Treatment depends on the widget. It might include a splint.' },
    ]);
  });

  it('ends a sentence ended twice in the source (".:") once, without opening a list', () => {
    const html =
      '<p>Gizmo disease is invented.</p><h3>Treatment</h3><p>Some people take medicine.:</p><ul><li>Rest helps.</li><li>Fluids help.</li></ul>';
    assert.deepEqual(medlinePlusSections(html)[1], { section: 'treatment', text: 'Some people take medicine. Rest helps; Fluids help.' });
  });

  it('keeps a summary with its own headings as it is, and an overview that would be left empty', () => {
    const headed =
      '<p>Gizmo disease is invented.</p><h3>What are the treatments for gizmo disease?</h3><p>Rest helps.</p><p>Treatment is with rest.</p>';
    assert.deepEqual(
      medlinePlusSections(headed).map((p) => p.section),
      ['overview', 'treatment'],
    );
    assert.deepEqual(medlinePlusSections('<p>Treatment is with rest and fluids.</p>'), [
      { section: 'overview', text: 'Treatment is with rest and fluids.' },
    ]);
  });
});
