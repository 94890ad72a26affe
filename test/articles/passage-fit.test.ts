import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boilerplateProblems, nameKey, passageConflicts } from '../../src/domain/passage-fit.js';

describe('passage fit rules', () => {
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
});
