/**
 * Builds refuse bad data: an unreadable or truncated official file (zip, gzip, xlsx, xml) fails the
 * build naming the file and leaves the served database as it was, unless its source is in
 * --allow-missing; the report says which release became default and why; files of dead builds
 * are removed when the next build starts.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildDatabase } from '../../src/app/build.js';
import { openMedcodes } from '../../src/app/medcodes.js';
import { AppError } from '../../src/core/errors.js';
import { fileProblem } from '../../src/sources/files/integrity.js';
import { PLUGINS } from '../../src/sources/registry.js';
import { buildFake, tempDir } from '../support/build.js';
import { fakePlugins } from '../support/fake-plugin.js';
import { REPO_ROOT } from '../support/sources.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const ICD10CM = PLUGINS.filter((p) => p.system === 'icd10cm' && (p.name ?? p.system) === 'icd10cm');
const FIXTURE = join(REPO_ROOT, 'test/fixtures/releases/icd10cm');
const NEWEST_ORDER = 'icd10cm/2026/2026-code-descriptions-tabular-order.zip';

function halve(path: string): void {
  truncateSync(path, Math.floor(statSync(path).size / 2));
}

describe('whole-file checks', () => {
  it('name the truncation of each kind of file and pass whole files', async () => {
    const dir = tempDir();
    const xml = '<?xml version="1.0"?>\n<!-- synthetic -->\n<ICD10CM.tabular><chapter><name>1</name></chapter></ICD10CM.tabular>\n';
    writeFileSync(join(dir, 'whole.xml'), xml);
    writeFileSync(join(dir, 'cut.xml'), xml.slice(0, 60));
    writeFileSync(join(dir, 'whole.gz'), gzipSync('a|b\n'.repeat(1000)));
    writeFileSync(join(dir, 'cut.gz'), gzipSync('a|b\n'.repeat(1000)).subarray(0, 30));
    writeFileSync(join(dir, 'cut.xlsx'), Buffer.from('PK\u0003\u0004 a workbook cut short'));
    cpSync(join(FIXTURE, NEWEST_ORDER), join(dir, 'whole.zip'));
    cpSync(join(FIXTURE, NEWEST_ORDER), join(dir, 'cut.zip'));
    halve(join(dir, 'cut.zip'));
    writeFileSync(join(dir, 'notes.txt'), 'not checked');
    assert.equal(await fileProblem(join(dir, 'whole.xml')), null);
    assert.equal(await fileProblem(join(dir, 'cut.xml')), 'it does not end with </ICD10CM.tabular>: the file is truncated');
    assert.equal(await fileProblem(join(dir, 'whole.gz')), null);
    assert.equal(await fileProblem(join(dir, 'cut.gz')), 'unexpected end of file');
    assert.match((await fileProblem(join(dir, 'cut.xlsx'))) ?? '', /end of central directory/i);
    assert.equal(await fileProblem(join(dir, 'whole.zip')), null);
    assert.match((await fileProblem(join(dir, 'cut.zip'))) ?? '', /end of central directory/i);
    assert.equal(await fileProblem(join(dir, 'notes.txt')), null);
  });
});

describe('a build with a truncated newest ICD-10-CM order zip', () => {
  function sourcesWithCutOrderZip(): string {
    const dir = tempDir('medcodes-sources-');
    cpSync(FIXTURE, dir, { recursive: true });
    halve(join(dir, NEWEST_ORDER));
    return dir;
  }

  it('fails naming the file, and the served database is not touched', async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    const before = sha(dbPath);
    const sourcesDir = sourcesWithCutOrderZip();
    await assert.rejects(
      buildDatabase({ sourcesDir, dbPath, plugins: ICD10CM, newestOnly: false, cptDescriptorsFromCmsFiles: false }),
      (err: unknown) =>
        err instanceof AppError &&
        err.kind === 'invalid' &&
        err.problems.length === 1 &&
        /^icd10cm\/2026\/2026-code-descriptions-tabular-order\.zip: .*central directory/i.test(err.problems[0] ?? '') &&
        err.message.includes('--allow-missing icd10cm'),
    );
    assert.equal(sha(dbPath), before);
    assert.deepEqual(readdirSync(join(dbPath, '..')), ['medcodes.db'], 'no temporary file left');
  });

  it('builds without it under --allow-missing icd10cm, and the report says why FY2025 is the default', async () => {
    const dbPath = join(tempDir(), 'medcodes.db');
    const report = await buildDatabase({
      sourcesDir: sourcesWithCutOrderZip(),
      dbPath,
      plugins: ICD10CM,
      newestOnly: false,
      cptDescriptorsFromCmsFiles: false,
      allowMissing: ['icd10cm'],
    });
    assert.deepEqual(
      report.skipped.map((f) => f.path),
      [NEWEST_ORDER],
    );
    const icd = report.defaults.find((d) => d.system === 'icd10cm');
    assert.equal(icd?.release, '2025');
    assert.equal(icd?.reason, `the newest complete release; unreadable files skipped by --allow-missing: ${NEWEST_ORDER}`);
    const medcodes = openMedcodes(dbPath);
    assert.equal(medcodes.releases().find((r) => r.default)?.id, '2025');
    medcodes.close();
  });
});

describe('files of dead builds', () => {
  it('are removed when the next build starts (only those whose process is gone) and reported', async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    const dir = join(dbPath, '..');
    const dead = 'medcodes.db.building-999999999-1';
    const alive = `medcodes.db.building-${process.ppid}-1`;
    writeFileSync(join(dir, dead), 'x');
    writeFileSync(join(dir, `${dead}-wal`), 'x');
    writeFileSync(join(dir, alive), 'x');
    mkdirSync(join(dir, 'other'), { recursive: true });
    const report = await buildDatabase({
      sourcesDir: tempDir(),
      dbPath,
      plugins: fakePlugins(),
      newestOnly: false,
      cptDescriptorsFromCmsFiles: false,
    });
    assert.deepEqual(report.removedStale.sort(), [dead, `${dead}-wal`]);
    assert.deepEqual(readdirSync(dir).sort(), [alive, 'medcodes.db', 'other'].sort());
  });
});
