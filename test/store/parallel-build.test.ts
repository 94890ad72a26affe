/**
 * The build reads registry plug-ins in worker threads and runs the finishing steps that only read
 * (lay-term links, text neighbours, policy topic links, integrity checks) in worker threads. Same
 * synthetic releases, with and without threads: the same database, row for row; and an error in a
 * worker arrives as the same error, naming the file and line, with the old database untouched.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { buildDatabase } from '../../src/app/build.js';
import { PLUGINS } from '../../src/sources/registry.js';
import { tempDir } from '../support/build.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

/** A sources folder holding several synthetic releases side by side. */
function sourcesFrom(parts: Array<[fixture: string, folder: string]>): string {
  const dir = tempDir('medcodes-sources-');
  for (const [fixture, folder] of parts) symlinkSync(join(RELEASE_FIXTURES, fixture, folder), join(dir, folder));
  return dir;
}

const ALL_FIXTURES: Array<[string, string]> = [
  ['icd10cm', 'icd10cm'],
  ['icd10pcs', 'icd10pcs'],
  ['hcpcs', 'hcpcs'],
  ['cpt', 'cpt'],
  ['cpt', 'pfs'],
  ['cpt', 'opps'],
  ['cpt', 'ncci'],
  ['pos', 'pos'],
  ['crosswalks', 'gems'],
  ['crosswalks', 'cms-hcc'],
];

/** Every row of every table (meta left out: it holds build times), in rowid order. */
function dump(path: string): Map<string, string> {
  const db = new Database(path, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all() as string[];
  const out = new Map<string, string>();
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all();
    out.set(t, createHash('sha256').update(JSON.stringify(rows)).digest('hex'));
    out.set(`${t} rows`, String(rows.length));
  }
  db.close();
  return out;
}

async function build(sourcesDir: string, readThreads: number, plugins = PLUGINS): Promise<string> {
  const dbPath = join(tempDir(), 'medcodes.db');
  await buildDatabase({ sourcesDir, dbPath, plugins, newestOnly: false, cptDescriptorsFromCmsFiles: false, readThreads });
  return dbPath;
}

describe('building with worker threads', () => {
  it('gives the same database, row for row, as a build in one thread', async () => {
    const sources = sourcesFrom(ALL_FIXTURES);
    const single = dump(await build(sources, 0));
    const threaded = dump(await build(sources, 2));
    assert.ok(Number(single.get('codes rows')) > 20, 'the synthetic releases give codes');
    assert.ok(Number(single.get('search_docs rows')) > 20, 'and a search index');
    assert.ok(Number(single.get('crosswalks rows')) > 0, 'and crosswalks (read by the worker)');
    assert.deepEqual([...threaded.entries()], [...single.entries()]);
  });

  it('passes on a source error from a worker with its file and line, and keeps the old database', async () => {
    const good = sourcesFrom([
      ['pos', 'pos'],
      ['icd10cm', 'icd10cm'],
    ]);
    const plugins = PLUGINS.filter((p) => p.system === 'pos' || (p.system === 'icd10cm' && !p.name));
    assert.deepEqual(
      plugins.map((p) => p.name ?? p.system),
      ['icd10cm', 'pos'],
    );
    // Read by a worker thread: with one worker, every registry plug-in is.
    const ordered = [plugins[1], plugins[0]] as typeof plugins;
    const dbPath = await build(good, 1, ordered);
    const before = readFileSync(dbPath);
    const broken = sourcesFrom([
      ['pos', 'pos'],
      ['icd10cm-broken', 'icd10cm'],
    ]);
    await assert.rejects(
      buildDatabase({ sourcesDir: broken, dbPath, plugins: ordered, newestOnly: false, cptDescriptorsFromCmsFiles: false, readThreads: 1 }),
      (err: Error) => {
        assert.equal(err.name, 'SourceError');
        assert.match(err.message, /icd10cm_order_2026\.txt, line 4: expected valid flag 0 or 1/);
        return true;
      },
    );
    assert.ok(readFileSync(dbPath).equals(before), 'the old database is unchanged');
    assert.deepEqual(readdirSync(join(dbPath, '..')), ['medcodes.db'], 'no temporary file is left behind');
    assert.ok(existsSync(dbPath));
  });
});
