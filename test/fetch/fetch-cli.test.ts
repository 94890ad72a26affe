import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { RELEASE_FIXTURES, REPO_ROOT } from '../support/sources.js';

const work = mkdtempSync(join(tmpdir(), 'medcodes-fetch-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/medcodes.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, MEDCODES_SOURCES: '', MEDCODES_MIRROR: '', MEDCODES_DB: '', ...env },
    timeout: 60_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('medcodes fetch and start without sources', () => {
  it('fetch --mirror DIR --manifest FILE fills the sources folder and prints fetched/skipped/missing', () => {
    const mirror = join(RELEASE_FIXTURES, 'pos');
    const path = 'pos/cms_place_of_service_codes.json';
    const bytes = readFileSync(join(mirror, path));
    const manifest = join(work, 'manifest.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        sources: [
          {
            id: 'pos',
            releases: [
              {
                release: 'current',
                files: [
                  { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
                  { path: 'pos/extra.json', optional: true },
                ],
              },
            ],
          },
        ],
      }),
    );
    const sources = join(work, 'sources-a');
    const res = cli(['fetch', '--sources', sources, '--mirror', mirror, '--manifest', manifest]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /fetched {2}pos\/cms_place_of_service_codes\.json/);
    assert.match(res.stdout, /missing {2}pos\/extra\.json \(optional\): optional, not available/);
    assert.match(res.stdout, /1 fetched .*, 0 skipped, 1 could not be had \(0 required\)/);
    assert.deepEqual(readFileSync(join(sources, path)), bytes);
    const again = cli(['fetch', '--sources', sources, '--mirror', mirror, '--manifest', manifest]);
    assert.match(again.stdout, /skipped {2}pos\/cms_place_of_service_codes\.json \(already there, sha256 verified\)/);
  });

  it('start on a machine with no sources and an empty mirror says what is missing and how to supply it, and builds nothing', () => {
    const emptyMirror = join(work, 'empty-mirror');
    mkdirSync(emptyMirror);
    const db = join(work, 'none.db');
    const res = cli(['start', '--sources', join(work, 'no-sources'), '--db', db, '--port', '0'], { MEDCODES_MIRROR: emptyMirror });
    assert.equal(res.status, 3, res.stderr);
    assert.match(res.stderr, /Missing required files \(\d+\):/);
    assert.match(res.stderr, / {2}icd10cm\/2026\/2026-code-descriptions-tabular-order\.zip\n/);
    assert.match(res.stderr, /--mirror URL .* or --mirror DIR/);
    assert.match(res.stderr, /cannot build: \d+ required official files are missing/);
    assert.equal(existsSync(db), false);
  });
});
