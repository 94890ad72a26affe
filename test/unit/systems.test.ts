/** Each system says whether its codes are diagnoses, procedures or places (src/core/systems.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODE_SYSTEMS, isDiagnosisSystem, isProcedureSystem } from '../../src/core/systems.js';

describe('system kinds', () => {
  it('ICD-10-CM is the diagnosis system; PCS, HCPCS and CPT are procedures; POS neither', () => {
    assert.deepEqual(
      CODE_SYSTEMS.filter((s) => isDiagnosisSystem(s)),
      ['icd10cm'],
    );
    assert.deepEqual(
      CODE_SYSTEMS.filter((s) => isProcedureSystem(s)),
      ['icd10pcs', 'hcpcs', 'cpt'],
    );
    assert.equal(isDiagnosisSystem('pos') || isProcedureSystem('pos'), false);
  });

  it('an unknown system is neither', () => {
    assert.equal(isDiagnosisSystem('icd9'), false);
    assert.equal(isProcedureSystem('nope'), false);
  });
});
