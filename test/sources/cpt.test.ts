import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeRecord, FactRecord, SourceRecord } from '../../src/core/records.js';
import type { Detection } from '../../src/sources/contract.js';
import { cptPlugin } from '../../src/sources/cpt/index.js';
import { collect, runSourceContract } from '../support/contract.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const FIXTURE = join(RELEASE_FIXTURES, 'cpt');
const OPTIONS = { cptDescriptorsFromCmsFiles: false, newestOnly: false };

runSourceContract({
  plugin: cptPlugin,
  fixtureDir: FIXTURE,
  brokenDir: join(RELEASE_FIXTURES, 'cpt-broken'),
  releases: ['2024', '2025'],
  someKeys: ['63295', '99213', '0001F', '0054T', '0001U', '00100', '63172', '10004-69990', '61000-64999'],
  brokenMessage: /PPRRVU2025_Oct\.csv, line 12: code "6329" is malformed/,
});

/** Read with only the CMS files (no AMA data files): what a build without a licence sees. */
async function readCmsOnly(options: Partial<typeof OPTIONS> = {}): Promise<SourceRecord[]> {
  const full = await cptPlugin.detect(FIXTURE);
  const detection: Detection = { ...full, files: full.files.filter((f) => !f.role.startsWith('ama-')) };
  const out: SourceRecord[] = [];
  for await (const r of cptPlugin.read(detection, { ...OPTIONS, ...options })) out.push(r);
  return out;
}

const codeOf = (records: SourceRecord[], key: string, release = '2025') =>
  records.find((r): r is CodeRecord => r.type === 'code' && r.key === key && r.release === release);

// Every descriptor the fixtures' CMS files carry: none may reach a fact.
const DESCRIPTOR_TEXT = /Synthetic test descriptor|Synth short|Infliximab/;

describe('cpt plug-in', () => {
  it('says that AMA data files are missing', async () => {
    const detection = await cptPlugin.detect(join(FIXTURE, 'pfs'));
    assert.ok(
      detection.missing.includes('no AMA CPT data files (cpt/<year>/LONGULT.txt, SHORTU.txt, …): CPT codes are shown without descriptors'),
    );
  });

  it('without AMA files, lists CPT code numbers with no descriptor and the files that name them', async () => {
    const records = await readCmsOnly();
    assert.deepEqual(records[0], {
      type: 'release',
      system: 'cpt',
      release: '2025',
      label: 'CMS files CY2025 (CPT code numbers only)',
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      complete: true,
    });
    const code = codeOf(records, '63295');
    assert.deepEqual(code, {
      type: 'code',
      system: 'cpt',
      release: '2025',
      key: '63295',
      code: '63295',
      kind: 'code',
      display: '',
      shortDisplay: null,
      billable: true,
      parent: '61000-64999',
      order: code?.order,
      attributes: { sources: ['ncci-aoc', 'ncci-mue', 'opps-addb', 'pfs-rvu', 'pfs-time'] },
    });
    assert.equal(codeOf(records, '00100')?.display, '');
    assert.equal(codeOf(records, 'J1745'), undefined, 'HCPCS codes belong to the hcpcs plug-in');
    assert.equal(codeOf(records, '0001A')?.parent, '0001A-9999A', 'A-suffixed Category I codes are CPT codes too');
    for (const r of records) if (r.type === 'code' && r.kind === 'code') assert.equal(r.display, '');
  });

  it('emits facts for CPT and HCPCS codes, modifiers apart, and never a descriptor', async () => {
    const records = await collect(cptPlugin, FIXTURE);
    const facts = records.filter((r): r is FactRecord => r.type === 'fact');
    assert.ok(facts.length > 0);
    for (const f of facts)
      for (const v of Object.values(f.values))
        assert.ok(!DESCRIPTOR_TEXT.test(String(v)), `descriptor text in ${f.source} fact of ${f.key}`);
    const rvu = facts.filter((f) => f.source === 'pfs-rvu' && f.key === '70450');
    assert.deepEqual(
      rvu.map((f) => f.values.modifier),
      [null, '26', 'TC'],
    );
    const r63295 = facts.find((f) => f.source === 'pfs-rvu' && f.key === '63295');
    assert.equal(r63295?.sourceRelease, '2025-10');
    assert.equal(r63295?.values.globalDays, 'ZZZ');
    assert.equal(r63295?.values.workRvu, 5.25);
    assert.equal(r63295?.values.coSurgeons, '0');
    assert.equal(r63295?.values.conversionFactor, 32.3465);
    const j1745 = facts.find((f) => f.source === 'opps-addb' && f.key === 'J1745');
    assert.deepEqual(j1745, {
      type: 'fact',
      system: 'hcpcs',
      key: 'J1745',
      source: 'opps-addb',
      sourceRelease: '2023-01',
      values: {
        statusIndicator: 'K',
        apc: '7043',
        relativeWeight: null,
        paymentRate: 34.862,
        nationalUnadjustedCopayment: null,
        minimumUnadjustedCopayment: 6.98,
        copaymentCapped: null,
        passThroughExpiring: null,
        changed: null,
      },
    });
    const time = facts.find((f) => f.source === 'pfs-time' && f.key === '00100');
    assert.equal(time?.values.totalTime, 120.5);
    const aoc = facts.filter((f) => f.source === 'ncci-aoc');
    assert.deepEqual(aoc[1]?.values, {
      editType: '2',
      addOnCodeDeletionDate: null,
      primaryCode: 'CCCCC',
      primaryCodeDeletionDate: null,
      editEffectiveDate: '2013-04-01',
      editDeletionDate: '2020-12-31',
      specialInstructionNotes: 'Contractor Defined Primary Codes',
    });
    const mue = facts.find((f) => f.source === 'ncci-mue' && f.key === 'J1745');
    assert.deepEqual(mue?.values, {
      mueValue: 150,
      adjudicationIndicator: 3,
      adjudicationIndicatorText: 'Date of Service Edit: Clinical',
      rationale: 'Prescribing Information',
    });
  });

  it('takes descriptors from the CMS files only under the licence setting', async () => {
    const off = await readCmsOnly();
    assert.equal(codeOf(off, '10021')?.display, '');
    const on = await readCmsOnly({ cptDescriptorsFromCmsFiles: true });
    assert.equal(codeOf(on, '10021')?.display, 'Synthetic test descriptor two');
    assert.equal(codeOf(on, '63295')?.display, 'Synthetic test descriptor three');
    assert.equal(codeOf(on, '63295')?.shortDisplay, 'Synth short three');
    const facts = on.filter((r): r is FactRecord => r.type === 'fact');
    for (const f of facts) for (const v of Object.values(f.values)) assert.ok(!DESCRIPTOR_TEXT.test(String(v)));
  });

  it('imports the AMA data files: long, medium, short, consumer and clinician descriptors', async () => {
    const records = await collect(cptPlugin, FIXTURE);
    const release = records.find((r) => r.type === 'release' && r.release === '2025');
    assert.equal(release?.type === 'release' && release.label, 'CPT 2025 (AMA data files)');
    const c = codeOf(records, '99213');
    assert.equal(c?.display, 'Synthetic test long descriptor five');
    assert.equal(c?.shortDisplay, 'SYNTH SHORT FIVE');
    assert.equal(c?.parent, '99202-99499');
    assert.deepEqual(c?.attributes, {
      sources: ['opps-addb', 'pfs-rvu'],
      mediumDescriptor: 'SYNTHETIC TEST MEDIUM DESCRIPTOR FIVE',
      consumerDescriptor: 'Synthetic consumer descriptor five',
      clinicianDescriptors: ['Synthetic clinician descriptor five a', 'Synthetic clinician descriptor five b'],
    });
    assert.equal(codeOf(records, '0042T')?.parent, '0001T-9999T');
    assert.equal(codeOf(records, '99213', '2024')?.display, 'Synthetic test long descriptor five (2024)');
    assert.equal(codeOf(records, '63295', '2024'), undefined);
  });
});
