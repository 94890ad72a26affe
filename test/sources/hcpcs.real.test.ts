import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeRecord, SourceFileRecord } from '../../src/core/records.js';
import { hcpcsPlugin } from '../../src/sources/hcpcs/index.js';
import { collect } from '../support/contract.js';
import { realSources } from '../support/sources.js';

const real = realSources();

describe('hcpcs plug-in on the official October 2025 file', { skip: real.skipReason }, () => {
  it('reads 8,463 codes and 383 modifiers with every code under a group', async () => {
    const records = await collect(hcpcsPlugin, real.dir as string);
    const codes = records.filter((r): r is CodeRecord => r.type === 'code' && r.release === '2025-10');
    assert.equal(codes.filter((c) => c.kind === 'code').length, 8463);
    assert.equal(codes.filter((c) => c.kind === 'modifier').length, 383);
    const keys = new Map(codes.map((c) => [c.key, c]));
    assert.equal(keys.get('J1745')?.billable, true);
    assert.equal(keys.get('G0439')?.parent, 'G0008-G9999');
    for (const c of codes) if (c.parent) assert.ok(keys.has(c.parent), `${c.key}: parent ${c.parent} missing`);
    const file = records.find((r): r is SourceFileRecord => r.type === 'file');
    assert.equal(file?.sha256, '6fcd04186caa69af047915d16426a05ba20e49c3eba2367f472a94b534f9be52');
    assert.deepEqual(file?.problems, []);
  });
});
