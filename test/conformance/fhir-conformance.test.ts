/**
 * FHIR terminology conformance, measured with the official runner's rules (runner.ts): the HL7
 * `metadata` suite straight from ../shared/interop/fhir-tx-tests, and the project's own suites for
 * ICD-10-CM, ICD-10-PCS, HCPCS and CPT (test/conformance/suites, same manifest format) on the real database.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { realDatabase } from '../support/real-db.js';
import { REPO_ROOT } from '../support/sources.js';
import { officialTxTests } from './interop.js';
import { loadManifest, runTest, type Send } from './runner.js';

const OWN = resolve(REPO_ROOT, 'test/conformance/suites');
const official = officialTxTests();
const real = await realDatabase();
if (!real.medcodes && process.env.CI) throw new Error(`conformance tests cannot run in CI: ${real.skipReason}`);
const medcodes = real.medcodes as Medcodes;
const app = real.medcodes ? createApp({ medcodes }) : null;
const send: Send = async (path, init) => (app as NonNullable<typeof app>).request(`http://127.0.0.1/fhir${path}`, init);
/** Suites of mode "all-releases" need a database built with every release (CI builds one; so does the default test database). */
const holds = (system: string, release: string) => Boolean(real.medcodes?.releases().some((r) => r.system === system && r.id === release));
const allReleases = holds('icd10cm', '2016') && holds('icd10cm', '2025');
if (!allReleases && process.env.CI && real.medcodes)
  throw new Error('CI must test on a database built with every release (ICD-10-CM FY2016 and FY2025 missing)');
const options = { modes: new Set<string>(allReleases ? ['all-releases'] : []), fhirVersion: '4.0.1' };
after(() => medcodes?.close());

describe('official HL7 suite "metadata"', { skip: official.skipReason ?? real.skipReason ?? false }, () => {
  const folder = official.dir as string;
  const suite = official.dir ? loadManifest(folder).suites.find((s) => s.name === 'metadata') : undefined;
  it('is in the manifest', () => assert.ok(suite, 'no suite "metadata" in test-cases.json'));
  for (const test of suite?.tests ?? []) {
    it(test.name, async () => assert.equal(await runTest(folder, suite as NonNullable<typeof suite>, test, send, options), null));
  }
});

describe('own suites (ICD-10-CM, ICD-10-PCS, HCPCS, CPT)', { skip: real.skipReason ?? false }, () => {
  const manifest = loadManifest(OWN);
  it('hold at least 60 tests', () => assert.ok(manifest.suites.reduce((n, s) => n + s.tests.length, 0) >= 60));
  for (const suite of manifest.suites) {
    const notHere = suite.mode && !options.modes.has(suite.mode) ? `mode ${suite.mode}: the test database lacks older releases` : false;
    describe(suite.name, { skip: notHere }, () => {
      for (const test of suite.tests) {
        it(test.name, async () => assert.equal(await runTest(OWN, suite, test, send, options), null));
      }
    });
  }
});
