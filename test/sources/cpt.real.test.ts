import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeRecord, FactRecord, SourceFileRecord } from '../../src/core/records.js';
import { cptPlugin } from '../../src/sources/cpt/index.js';
import { collect } from '../support/contract.js';
import { realSources } from '../support/sources.js';

const real = realSources();

describe('cpt plug-in on the official CMS files', { skip: real.skipReason }, () => {
  it('lists the CPT codes the CMS files name, without descriptors, with their facts', async () => {
    const records = await collect(cptPlugin, real.dir as string);
    const codes = records.filter((r): r is CodeRecord => r.type === 'code' && r.kind === 'code');
    assert.equal(codes.length, 11873, 'including the A- and M-suffixed codes');
    assert.ok(codes.some((r) => r.key === '0001A'));
    const c = codes.find((r) => r.key === '63295');
    assert.equal(c?.display, '');
    assert.equal(c?.shortDisplay, null);
    assert.ok(
      codes.every((r) => r.display === ''),
      'no descriptor without a licence',
    );
    const facts = records.filter((r): r is FactRecord => r.type === 'fact');
    const rvu = facts.find((f) => f.source === 'pfs-rvu' && f.key === '63295');
    assert.equal(rvu?.values.globalDays, 'ZZZ');
    const files = records.filter((r): r is SourceFileRecord => r.type === 'file');
    assert.deepEqual(Object.fromEntries(files.map((f) => [f.role, f.counts.facts])), {
      'pfs-rvu': 19090,
      'pfs-time': 9614,
      'opps-addb': 17559, // every row of Addendum B (MANIFEST-content.md: 17,559)
      'ncci-aoc': 9000,
      'ncci-mue': 15095, // every code of the MUE table (MANIFEST.md: 15,095)
    });
  });
});
