/**
 * End to end: the synthetic policy sources (payer HTML, PDF and text documents, the MCD list and
 * MCD download tables) built with tiny code lists; every code the documents mention is linked,
 * ranges are expanded, false positives are not linked, topic links are labelled as such.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { buildPolicyDb } from '../support/policy-codes.js';

function linked(medcodes: Medcodes, id: string, relation?: string): string[] {
  const view = medcodes.policy(id);
  const codes = view.codeGroups
    .filter((g) => !relation || g.relation === relation)
    .flatMap((g) => g.codes.map((c) => `${c.system}:${c.code}`));
  return [...new Set(codes)].sort();
}

describe('payer policy documents imported end to end', () => {
  let medcodes: Medcodes;
  before(async () => {
    ({ medcodes } = await buildPolicyDb());
  });
  after(() => medcodes.close());

  it('HTML: every code linked, ranges 63001-63048 and L0631 through L0637 expanded, no false positive', () => {
    assert.deepEqual(linked(medcodes, 'acme-health--spine-surgery'), [
      'cpt:22612',
      'cpt:63001',
      'cpt:63015',
      'cpt:63030',
      'cpt:63048',
      'hcpcs:L0631',
      'hcpcs:L0633',
      'hcpcs:L0637',
      'icd10cm:M54.5',
      'icd10pcs:0SG00AJ',
    ]);
    const view = medcodes.policy('acme-health--spine-surgery');
    assert.equal(view.title, 'Lumbar Spine Surgery');
    assert.deepEqual(view.states, ['MD', 'VA']);
    assert.equal(view.url, 'https://acme-health.example/policies/mp-101');
    const ranged = view.codeGroups.flatMap((g) => g.codes).find((c) => c.code === '63015');
    assert.equal(ranged?.link.viaRange, '63001-63048');
    assert.match(ranged?.link.snippet ?? '', /CPT 63001-63048, is covered/);
  });

  it('PDF: text extracted, "29880 through 29881" and "M23.2-M23.3" expanded; phone, PO box, ZIP and amount ignored', () => {
    assert.deepEqual(linked(medcodes, 'acme-health--knee-arthroscopy'), [
      'cpt:29870',
      'cpt:29880',
      'cpt:29881',
      'hcpcs:G0289',
      'icd10cm:M23.2',
      'icd10cm:M23.3',
      'icd10cm:S83.2',
    ]);
  });

  it('text: E11.0-E11.9 expands to the codes under it, "vitamin B12" and page numbers are not codes', () => {
    assert.deepEqual(linked(medcodes, 'beta-care--diabetes-supplies'), [
      'hcpcs:A4253',
      'hcpcs:E0607',
      'hcpcs:J1815',
      'icd10cm:E11.0',
      'icd10cm:E11.00',
      'icd10cm:E11.6',
      'icd10cm:E11.65',
      'icd10cm:E11.9',
      'icd10cm:E13',
    ]);
    const view = medcodes.policy('beta-care--diabetes-supplies');
    assert.equal(view.payer, 'Beta Care');
    assert.equal(view.title, 'Beta Care Clinical Guideline: Diabetes Supplies');
  });

  it('codes hit only by false positives are linked to nothing', () => {
    for (const code of ['21244', '12345', '62704', '20250', '18005']) {
      const view = medcodes.codePolicies('cpt', code);
      assert.equal(view.counts.listed + view.counts.topicMatches, 0, `cpt ${code} must not be linked`);
    }
    assert.equal(medcodes.codePolicies('icd10cm', 'B12').counts.listed, 0);
    assert.equal(medcodes.codePolicies('cpt', '63050').counts.listed, 0, 'just outside the range');
    assert.equal(medcodes.codePolicies('hcpcs', 'L0639').counts.listed, 0, 'just outside the range');
  });

  it('the malicious document is kept, sanitised, and its code linked', () => {
    const view = medcodes.policy('evil-payer--malicious');
    assert.deepEqual(linked(medcodes, 'evil-payer--malicious'), ['icd10cm:E11.9']);
    assert.doesNotMatch(
      view.html ?? '',
      /<script|onload|onclick|onerror|javascript:|<img|<iframe|<object|<embed|<svg|<style|style=|<link|<meta|<base|<form|127\.0\.0\.1/i,
    );
    assert.match(view.html ?? '', /<a href="https:\/\/example.org\/ok" rel="nofollow noopener noreferrer">fine link<\/a>/);
  });
});

describe('Medicare policies from the MCD list and download tables', () => {
  let medcodes: Medcodes;
  before(async () => {
    ({ medcodes } = await buildPolicyDb());
  });
  after(() => medcodes.close());

  it('article tables: covered and not-covered diagnoses, listed procedures of the newest version, groups, contractor and states', () => {
    assert.deepEqual(linked(medcodes, 'A90002', 'covered'), ['icd10cm:M23.2', 'icd10cm:S83.2']);
    assert.deepEqual(linked(medcodes, 'A90002', 'not-covered'), ['icd10cm:M54.5']);
    assert.deepEqual(linked(medcodes, 'A90002', 'listed'), ['cpt:29870', 'cpt:29880', 'cpt:29881', 'hcpcs:G0289']);
    const view = medcodes.policy('A90002');
    assert.equal(view.version, '2');
    assert.equal(view.source, 'mcd-tables', 'the download tables win over the list');
    assert.equal(view.contractor, 'Other Invented MAC');
    assert.deepEqual(view.states, ['CT', 'NY'], 'a terminated jurisdiction (DE) is not listed');
    const covered = view.codeGroups.find((g) => g.relation === 'covered');
    assert.equal(covered?.paragraph, 'Group 1: meniscal tears and derangements.');
    assert.doesNotMatch(view.html ?? '', /<script/);
  });

  it('the MCD list: one policy per id (the version in effect), statuses, dates', () => {
    const l1 = medcodes.policy('L90001');
    assert.deepEqual(
      [l1.version, l1.status, l1.effectiveFrom, l1.contractor, l1.jurisdiction],
      ['4', 'active', '2025-08-14', 'Invented Federal MAC', 'MAC - Part A, MAC - Part B'],
    );
    const retired = medcodes.policy('L90003');
    assert.deepEqual([retired.status, retired.effectiveTo], ['retired', '2024-06-30']);
    const ncd = medcodes.policy('NCD999.1');
    assert.deepEqual([ncd.kind, ncd.scope, ncd.version, ncd.status], ['ncd', 'medicare-national', '2', 'active']);
  });

  it('policies without code lists are linked by topic, labelled "topic match", never as listed', () => {
    assert.deepEqual(linked(medcodes, 'L90001', 'topic'), [
      'icd10cm:E11',
      'icd10cm:E11.0',
      'icd10cm:E11.00',
      'icd10cm:E11.6',
      'icd10cm:E11.65',
      'icd10cm:E11.9',
    ]);
    assert.deepEqual(linked(medcodes, 'L90001', 'listed'), []);
    assert.deepEqual(linked(medcodes, 'A90004', 'topic'), ['hcpcs:E0607']);
    assert.deepEqual(linked(medcodes, 'A90006'), [], 'a title of boilerplate words gets no topic link');
    const e119 = medcodes.codePolicies('icd10cm', 'E11.9');
    const topicIds = e119.topicMatches.flatMap((g) => g.policies.map((p) => p.policy.id));
    assert.deepEqual(topicIds, ['L90001']);
    assert.ok(e119.topicMatches[0]?.policies[0]?.links.every((l) => l.relation === 'topic' && l.relationLabel === 'topic match'));
    const listedIds = e119.listed.flatMap((g) => g.policies.map((p) => p.policy.id)).sort();
    assert.deepEqual(listedIds, ['NCD999.1', 'beta-care--diabetes-supplies', 'evil-payer--malicious']);
    assert.deepEqual(
      e119.listed.map((g) => [g.scope, g.label]),
      [
        ['medicare-national', 'Medicare national'],
        ['payer', 'Beta Care'],
        ['payer', 'Evil Payer'],
      ],
    );
  });

  it('coverage: covered, not covered, not listed and no policy found, with the groups that say so', () => {
    const yes = medcodes.coverage('cpt:29880', 'icd10cm:M23.2');
    assert.equal(yes.answer, 'covered');
    assert.deepEqual(
      yes.policies.map((p) => [p.policy.id, p.says, p.procedureGroups, p.diagnosisGroups.map((g) => g.paragraph)]),
      [['A90002', 'covered', ['hcpcs group 1'], ['Group 1: meniscal tears and derangements.']]],
    );
    assert.equal(medcodes.coverage('cpt:29880', 'icd10cm:M54.5').answer, 'not-covered');
    const notListed = medcodes.coverage('cpt:29880', 'icd10cm:E11.9');
    assert.deepEqual([notListed.answer, notListed.policies[0]?.says], ['not-covered', 'not-listed']);
    assert.equal(medcodes.coverage('cpt:22612', 'icd10cm:M54.5').answer, 'no-policy-found', 'text mentions are not a coverage statement');
    assert.equal(medcodes.coverage('cpt:29880', 'icd10cm:M23.2', 'CT').answer, 'covered');
    assert.equal(medcodes.coverage('cpt:29880', 'icd10cm:M23.2', 'TX').answer, 'no-policy-found');
  });
});
