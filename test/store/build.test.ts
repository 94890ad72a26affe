import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildDatabase } from '../../src/app/build.js';
import { openMedcodes } from '../../src/app/medcodes.js';
import { stem } from '../../src/core/text.js';
import { buildFake, tempDir } from '../support/build.js';
import { fakePlugins } from '../support/fake-plugin.js';
import { REPO_ROOT } from '../support/sources.js';
import { storeOf } from '../support/store-of.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('building the database', () => {
  it('makes the newest complete release the default and counts codes (headers included) and billable codes', async () => {
    const { medcodes } = await buildFake();
    assert.deepEqual(medcodes.stats().systems, [
      { system: 'icd10cm', release: '2026', codes: 4, billable: 2 },
      { system: 'icd10pcs', release: '2026', codes: 2, billable: 1 },
    ]);
    assert.deepEqual(
      medcodes.releases().map((r) => [r.system, r.id, r.default]),
      [
        ['icd10cm', '2026', true],
        ['icd10cm', '2025', false],
        ['icd10pcs', '2026', true],
      ],
    );
    medcodes.close();
  });

  it('computes depth and path of every node and drops notes of codes that no release has', async () => {
    const { medcodes } = await buildFake();
    const row = storeOf(medcodes).code('icd10cm', '2026', 'Q911A');
    assert.equal(row?.path, 'CH9/Q90-Q92/Q91/Q911/Q911A');
    assert.equal(row?.depth, 4);
    assert.deepEqual(storeOf(medcodes).notes('icd10cm', ['Z99999']), []);
    medcodes.close();
  });

  it('fills the search index with the default releases only', async () => {
    const { medcodes } = await buildFake();
    const df = (word: string) =>
      (storeOf(medcodes).db.prepare('SELECT df FROM search_postings WHERE token = ?').get(stem(word)) as { df: number } | undefined)?.df ??
      0;
    assert.equal(df('wobble'), 1);
    assert.equal(df('retired'), 0, 'FY2025-only codes are not in the search index');
    assert.deepEqual(
      medcodes.search({ q: 'retired', limit: 5, offset: 0 }).hits.filter((h) => h.display.toLowerCase().includes('retired')),
      [],
    );
    medcodes.close();
  });
});

describe('a failed build leaves the previous database untouched', () => {
  it('rejects a parent that does not exist, naming it, and keeps the old file', async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    const before = sha(dbPath);
    await assert.rejects(
      buildDatabase({
        sourcesDir: tempDir(),
        dbPath,
        plugins: fakePlugins({ orphan: true }),
        newestOnly: false,
        cptDescriptorsFromCmsFiles: false,
      }),
      /parent NOPE of ORPHAN1 does not exist/,
    );
    assert.equal(sha(dbPath), before);
    assert.deepEqual(readdirSync(join(dbPath, '..')), ['medcodes.db'], 'no temporary file is left behind');
    const reopened = openMedcodes(dbPath);
    assert.equal(reopened.lookupCode('icd10cm', 'Q91.9').code, 'Q91.9');
    reopened.close();
  });

  it('passes on a source error from the middle of a file and keeps the old file', async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    const before = sha(dbPath);
    await assert.rejects(
      buildDatabase({
        sourcesDir: tempDir(),
        dbPath,
        plugins: fakePlugins({ failAfter: 5 }),
        newestOnly: false,
        cptDescriptorsFromCmsFiles: false,
      }),
      /fake icd10cm file, line 6: broken on purpose/,
    );
    assert.equal(sha(dbPath), before);
    assert.deepEqual(readdirSync(join(dbPath, '..')), ['medcodes.db']);
  });

  it('survives a build killed in the middle (SIGKILL): old file intact, the leftover removed by the next build', async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    const before = sha(dbPath);
    const script = join(REPO_ROOT, 'test/support/slow-build.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, dbPath], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    // Wait until the child says it has started writing, then kill it without warning.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('writing')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`slow build exited early with ${code}`)));
    });
    const leftovers = readdirSync(join(dbPath, '..')).filter((n) => n.includes('.building-'));
    assert.equal(leftovers.length, 1, 'the build writes into a temporary file');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    assert.equal(sha(dbPath), before);
    const reopened = openMedcodes(dbPath);
    assert.equal(reopened.lookupCode('icd10pcs', '0SRC0JZ').billable, true);
    reopened.close();
    await buildDatabase({ sourcesDir: tempDir(), dbPath, plugins: fakePlugins(), newestOnly: false, cptDescriptorsFromCmsFiles: false });
    assert.deepEqual(readdirSync(join(dbPath, '..')), ['medcodes.db']);
    assert.ok(existsSync(dbPath));
  });

  it('refuses a sources folder that does not exist, naming it', async () => {
    await assert.rejects(
      buildDatabase({
        sourcesDir: '/nonexistent/medcodes',
        dbPath: join(tempDir(), 'x.db'),
        plugins: fakePlugins(),
        newestOnly: false,
        cptDescriptorsFromCmsFiles: false,
      }),
      /the sources folder \/nonexistent\/medcodes does not exist/,
    );
  });
});
