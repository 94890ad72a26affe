import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeRecord } from '../../src/core/records.js';
import { posPlugin } from '../../src/sources/pos/index.js';
import { collect } from '../support/contract.js';
import { realSources } from '../support/sources.js';

const real = realSources();

describe('pos plug-in on the place of service list', { skip: real.skipReason }, () => {
  it('reads 51 codes', async () => {
    const records = await collect(posPlugin, real.dir as string);
    const codes = records.filter((r): r is CodeRecord => r.type === 'code');
    assert.equal(codes.length, 51);
    assert.equal(codes.find((c) => c.key === '02')?.attributes?.telehealth, true);
  });
});
