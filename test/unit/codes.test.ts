import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatCode, normalizeCodeKey, slugify, systemsForShape } from '../../src/core/codes.js';

describe('code normalisation', () => {
  it('turns any shape of a code into its key', () => {
    assert.equal(normalizeCodeKey(' e11.9 '), 'E119');
    assert.equal(normalizeCodeKey('0src0jz'), '0SRC0JZ');
    assert.equal(normalizeCodeKey('Ｅ１１．９'), 'E119', 'full-width characters');
  });

  it('is idempotent for any string', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeCodeKey(normalizeCodeKey(s)) === normalizeCodeKey(s)));
  });

  it('formats ICD-10-CM keys with the dot after the category, others unchanged', () => {
    assert.equal(formatCode('icd10cm', 'S52501A'), 'S52.501A');
    assert.equal(formatCode('icd10cm', 'E11'), 'E11');
    assert.equal(formatCode('icd10pcs', '0src0jz'), '0SRC0JZ');
    assert.equal(formatCode('hcpcs', 'j1745'), 'J1745');
  });

  it('round-trips: formatting then normalising gives the key back', () => {
    const key = fc.stringMatching(/^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/);
    fc.assert(fc.property(key, (k) => normalizeCodeKey(formatCode('icd10cm', k)) === k));
  });

  it('guesses systems from the shape of a code', () => {
    assert.deepEqual(systemsForShape('0SRC0JZ'), ['icd10pcs']);
    assert.deepEqual(systemsForShape('63295'), ['cpt']);
    assert.deepEqual(systemsForShape('J1745'), ['hcpcs', 'icd10cm'], 'J17.45 has the ICD-10-CM shape too');
    assert.deepEqual(systemsForShape('e11.9'), ['icd10cm']);
  });
});

describe('slugs', () => {
  it('are lower-case ASCII words joined by dashes, at most 80 characters, cut at a word', () => {
    assert.equal(slugify('Type 2 diabetes mellitus without complications'), 'type-2-diabetes-mellitus-without-complications');
    assert.equal(slugify('Café, “quoted” — ünïcode'), 'cafe-quoted-unicode');
    assert.equal(slugify(''), '');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => /^([a-z0-9]+(-[a-z0-9]+)*)?$/.test(slugify(s)) && slugify(s).length <= 80));
  });
});

describe('ICD-10-CM categories with a letter in second place (FY2026 QA0)', () => {
  it('are formatted with the dot and recognised by shape', () => {
    assert.equal(formatCode('icd10cm', 'QA01'), 'QA0.1');
    assert.deepEqual(systemsForShape('QA0.1'), ['icd10cm']);
    assert.deepEqual(systemsForShape('CHF'), [], 'a word is not a code');
  });
});
