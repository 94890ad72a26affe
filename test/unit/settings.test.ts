import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadSettings } from '../../src/config/settings.js';
import { AppError } from '../../src/domain/errors.js';

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
});
