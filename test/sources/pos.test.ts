import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SourceError } from '../../src/core/errors.js';
import type { CodeRecord } from '../../src/core/records.js';
import { posPlugin } from '../../src/sources/pos/index.js';
import { parsePosJson } from '../../src/sources/pos/parse.js';
import { collect, runSourceContract } from '../support/contract.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const FIXTURE = join(RELEASE_FIXTURES, 'pos');

runSourceContract({
  plugin: posPlugin,
  fixtureDir: FIXTURE,
  brokenDir: join(RELEASE_FIXTURES, 'pos-broken'),
  releases: ['2024-10', 'current'],
  someKeys: ['02', '11', '21'],
  brokenMessage: /cms_place_of_service_codes\.json, entry 3: missing field description/,
});

describe('pos plug-in', () => {
  it('reads the JSON list with the telehealth flag', async () => {
    const records = await collect(posPlugin, FIXTURE);
    const release = records.find((r) => r.type === 'release' && r.release === 'current');
    assert.deepEqual(release, {
      type: 'release',
      system: 'pos',
      release: 'current',
      label: 'CMS list',
      effectiveFrom: '1900-01-01',
      effectiveTo: null,
      complete: true,
    });
    const code = records.find((r): r is CodeRecord => r.type === 'code' && r.release === 'current' && r.key === '02');
    assert.deepEqual(code, {
      type: 'code',
      system: 'pos',
      release: 'current',
      key: '02',
      code: '02',
      kind: 'code',
      display: "Telehealth Provided Other than in Patient's Home",
      shortDisplay: null,
      billable: true,
      parent: null,
      order: 1,
      attributes: { telehealth: true },
    });
  });

  it('reads the CMS table as CSV, skipping unassigned ranges', async () => {
    const records = await collect(posPlugin, FIXTURE);
    const codes = records.filter((r): r is CodeRecord => r.type === 'code' && r.release === '2024-10');
    assert.deepEqual(
      codes.map((c) => c.key),
      ['11', '12'],
    );
    assert.match(String(codes[0]?.attributes?.description), /^Location, other than a hospital/);
  });

  it('names the line and column of a JSON syntax error', () => {
    assert.throws(
      () => parsePosJson('[\n  {"code": "11",}\n]', 'pos/x.json'),
      (err: unknown) => err instanceof SourceError && /pos\/x\.json, line 2, column \d+: not valid JSON/.test(err.message),
    );
  });

  it('rejects a code that is not two digits', () => {
    assert.throws(
      () => parsePosJson('[{"code": "1A", "description": "Office"}]', 'p.json'),
      /p\.json, entry 1: code "1A" is not two digits/,
    );
  });
});
