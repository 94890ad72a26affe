/**
 * Real-data tests fail, never skip, when real data is required (CI, or MEDCODES_TEST_DB set) and
 * the database or one of the tables they read is missing (test/support/real-db.ts).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { missingTables, realDatabase, realDataRequired } from '../support/real-db.js';
import { code, release, tempDir, writeDatabase } from '../support/records.js';

describe('the real database helper', () => {
  let dbPath: string;
  const saved = process.env.MEDCODES_TEST_DB;
  before(async () => {
    // A database with codes but no policies: like one built before a feature existed.
    dbPath = await writeDatabase(
      [release('icd10cm', '2026'), code('icd10cm', '2026', 'Q909', { display: 'Invented' })],
      join(tempDir(), 'x.db'),
    );
  });
  after(() => {
    if (saved === undefined) delete process.env.MEDCODES_TEST_DB;
    else process.env.MEDCODES_TEST_DB = saved;
  });

  it('requires real data in CI or when MEDCODES_TEST_DB is set, not otherwise', () => {
    assert.equal(realDataRequired({ CI: 'true' }), true);
    assert.equal(realDataRequired({ MEDCODES_TEST_DB: '/x.db' }), true);
    assert.equal(realDataRequired({}), false);
  });

  it('names the tables a database lacks, and the empty ones', () => {
    assert.deepEqual(missingTables(dbPath, ['codes', 'policies', 'no_such_table']), ['policies (empty)', 'no_such_table']);
    assert.deepEqual(missingTables(dbPath, ['releases', 'codes']), []);
  });

  it('fails naming the missing tables when MEDCODES_TEST_DB is set', async () => {
    process.env.MEDCODES_TEST_DB = dbPath;
    await assert.rejects(realDatabase(['policies', 'no_such_table']), /lacks policies \(empty\), no_such_table: rebuild it/);
    const ok = await realDatabase([]);
    assert.equal(ok.skipReason, undefined);
    assert.ok(ok.medcodes, 'a database with every table asked for opens');
    ok.medcodes?.close();
  });

  it('fails naming the file when MEDCODES_TEST_DB names no database', async () => {
    process.env.MEDCODES_TEST_DB = join(tempDir(), 'absent.db');
    await assert.rejects(realDatabase(), /MEDCODES_TEST_DB=.*absent\.db: no such database/);
  });
});
