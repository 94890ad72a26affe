import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadSettings } from '../../src/config/settings.js';
import { AppError } from '../../src/core/errors.js';

describe('settings', () => {
  it('take a flag over an environment variable over the default', () => {
    const s = loadSettings({ port: '9000' }, { PORT: '7000', MEDCODES_DB: 'x/y.db', MEDCODES_NEWEST_ONLY: 'yes' });
    assert.equal(s.port, 9000);
    assert.equal(s.db, resolve('x/y.db'));
    assert.equal(s.newestOnly, true);
    assert.equal(s.sources, resolve('./data/sources'));
    assert.equal(s.cptDescriptorsFromCmsFiles, false);
    assert.equal(s.host, '0.0.0.0', 'an address, not a path');
    assert.equal(loadSettings({}, { PORT: '7000' }).port, 7000);
    assert.equal(loadSettings({}, {}).port, 8080);
    assert.equal(loadSettings({}, {}).singleThread, false, 'worker threads by default');
    assert.equal(loadSettings({}, { MEDCODES_SINGLE_THREAD: 'true' }).singleThread, true);
  });

  it('list every invalid value with its source', () => {
    assert.throws(
      () => loadSettings({ port: 'eighty' }, { MEDCODES_NEWEST_ONLY: 'maybe' }),
      (err: unknown) =>
        err instanceof AppError &&
        err.kind === 'invalid' &&
        err.problems.length === 2 &&
        err.problems[0] === '--port: "eighty" is not a port number (0–65535)' &&
        err.problems[1] === 'MEDCODES_NEWEST_ONLY: "maybe" is not a boolean (use true or false)',
    );
  });

  it('read the serving and build-safety settings', () => {
    const d = loadSettings({}, {});
    assert.deepEqual(
      [d.workers, d.requestBudgetMs, d.shutdownGraceMs, d.rateLimit, d.rateLimitLoopback, d.trustProxy, d.accessLog, d.allowMissing],
      [0, 5000, 10000, 600, false, false, true, []],
    );
    const s = loadSettings(
      { workers: '3', allowMissing: 'icd10cm, mcd' },
      { MEDCODES_RATE_LIMIT: '0', MEDCODES_ACCESS_LOG: 'off', MEDCODES_TRUST_PROXY: 'yes' },
    );
    assert.deepEqual([s.workers, s.rateLimit, s.accessLog, s.trustProxy, s.allowMissing], [3, 0, false, true, ['icd10cm', 'mcd']]);
    assert.throws(
      () => loadSettings({ workers: 'many' }, { MEDCODES_REQUEST_BUDGET_MS: '-5' }),
      (err: unknown) =>
        err instanceof AppError &&
        err.problems.join(' | ') ===
          '--workers: "many" is not a whole number ≥ 0 | MEDCODES_REQUEST_BUDGET_MS: "-5" is not a whole number ≥ 0',
    );
  });
});
