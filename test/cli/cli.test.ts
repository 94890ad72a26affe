import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { buildFake } from '../support/build.js';
import { REPO_ROOT } from '../support/sources.js';

let medcodes: Medcodes;
let dbPath: string;
before(async () => {
  ({ medcodes, dbPath } = await buildFake());
});
after(() => medcodes.close());

function medcodesCli(...args: string[]) {
  const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/medcodes.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, MEDCODES_DB: dbPath },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('the medcodes command', () => {
  it('show --json prints the same JSON as the API', () => {
    const res = medcodesCli('show', 'q91.1a', '--json');
    assert.equal(res.status, 0, res.stderr);
    assert.deepEqual(JSON.parse(res.stdout), JSON.parse(JSON.stringify(medcodes.lookupCode('icd10cm', 'Q91.1A'))));
  });

  it('show finds the system by itself and prints a readable view', () => {
    const res = medcodesCli('show', '0SRC0JZ');
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /^0SRC0JZ {2}Replacement of Right Knee Joint with Synthetic Substitute, Open Approach\n/);
    assert.match(res.stdout, / {2}4\. Body Part: C Knee Joint, Right\n/);
  });

  it('stats --json prints systems and sources', () => {
    const res = medcodesCli('stats', '--json');
    assert.equal(res.status, 0, res.stderr);
    const stats = JSON.parse(res.stdout) as { systems: unknown[]; sources: Array<{ path: string }> };
    assert.deepEqual(stats.systems, [
      { system: 'icd10cm', release: '2026', codes: 4, billable: 2 },
      { system: 'icd10pcs', release: '2026', codes: 2, billable: 1 },
    ]);
    assert.deepEqual(stats.sources.map((s) => s.path).sort(), ['icd10cm/2026/fake.zip!/order.txt', 'icd10pcs/2026/fake.xml']);
  });

  it('exits non-zero with a message naming the culprit', () => {
    const missing = medcodesCli('show', 'Q99.9', '--system', 'icd10cm');
    assert.equal(missing.status, 3);
    assert.equal(missing.stderr, 'medcodes: ICD-10-CM FY2026 has no code Q99.9\n');
    const noDb = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/medcodes.js'), 'stats', '--db', '/nonexistent/x.db'], {
      encoding: 'utf8',
    });
    assert.equal(noDb.status, 3);
    assert.equal(noDb.stderr, 'medcodes: no database at /nonexistent/x.db: run "medcodes build" first\n');
    const badPort = medcodesCli('serve', '--port', 'eighty');
    assert.equal(badPort.status, 2);
    assert.match(badPort.stderr, /--port: "eighty" is not a port number/);
  });
});
