import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { buildFake, tempDir } from '../support/build.js';
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

describe('medcodes articles', () => {
  it('import lists every problem with its line and exits 2; a good file is imported', () => {
    const bad = join(tempDir(), 'bad.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ system: 'icd10cm', code: 'Q91.9', author: 'X', reviewed: '2026-01-01', sections: { dosage: ['x'] } })}\n`,
    );
    const res = medcodesCli('articles', 'import', bad);
    assert.equal(res.status, 2);
    assert.match(
      res.stderr,
      /line 1: sections\.dosage: not a section of a diagnosis article \(use what, causes, symptoms, diagnosis, treatment, outlook, coding\)/,
    );
    const good = join(tempDir(), 'good.jsonl');
    writeFileSync(
      good,
      `${JSON.stringify({ system: 'icd10cm', code: 'Q91.9', author: 'X', reviewed: '2026-01-01', sections: { treatment: ['Rest.'] } })}\n`,
    );
    const ok = medcodesCli('articles', 'import', good);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^imported 1 section\(s\) of 1 article\(s\)/);
  });

  it('coverage prints the share of codes per system and section', () => {
    const res = medcodesCli('articles', 'coverage', '--system', 'icd10cm');
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /^icd10cm — 2 billable codes\n/);
    assert.match(res.stdout, / {2}Treatment {19}50\.0% {2}\(1\/2\)\n/);
    assert.match(res.stdout, / {2}Coding guidance {12}\d+\.\d%/);
    assert.match(res.stdout, / {2}Symptoms or Treatment {7}50\.0% {2}\(1\/2\)\n/);
  });
});
