import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import { AppError } from '../../src/core/errors.js';
import { articleCoverage, generateArticles, importReviewedArticles } from '../../src/features/articles/index.js';
import { createApp } from '../../src/http/app.js';
import { tempDir } from '../support/build.js';
import { fakePlugins } from '../support/fake-plugin.js';
import { storeOf } from '../support/store-of.js';

let dir: string;
let dbPath: string;
let medcodes: Medcodes;
const build = () =>
  buildDatabase({ sourcesDir: dir, dbPath, plugins: fakePlugins(), cptDescriptorsFromCmsFiles: false, newestOnly: false });

before(async () => {
  dir = tempDir();
  dbPath = join(dir, 'medcodes.db');
  await build();
  medcodes = openMedcodes(dbPath);
});
after(() => medcodes.close());

const reopen = () => {
  medcodes.close();
  medcodes = openMedcodes(dbPath);
};

describe('articles import', () => {
  it('lists every problem with its line number and imports nothing when a line is wrong', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          system: 'icd10cm',
          code: 'Q91.9',
          author: 'A. Reviewer',
          reviewed: '2026-01-15',
          sections: { causes: ['Fine.'] },
        }),
        '{not json',
        JSON.stringify({ system: 'icd10cm', code: 'Q91.9', author: '', reviewed: '15/01/2026', sections: { summary: ['x'] } }),
        JSON.stringify({ system: 'icd10cm', code: 'Q99.9', author: 'B', reviewed: '2026-01-15', sections: { causes: ['x'] } }),
      ].join('\n'),
    );
    assert.throws(
      () => importReviewedArticles(storeOf(medcodes), dbPath, file),
      (err: unknown) => {
        assert.ok(err instanceof AppError);
        assert.equal(err.kind, 'invalid');
        assert.equal(err.problems[0]?.startsWith('line 2: not JSON'), true);
        assert.deepEqual(err.problems.slice(1), [
          'line 3: author: Too small: expected string to have >=1 characters',
          'line 3: reviewed: expected a date YYYY-MM-DD',
          'line 4: ICD-10-CM FY2026 has no code Q99.9',
        ]);
        return true;
      },
    );
    reopen();
    assert.equal(medcodes.article('icd10cm', 'Q91.9').sections.find((s) => s.id === 'causes')?.statements.length, 0);
  });

  it('shows reviewed text with its author and review date, in place of composed text', () => {
    const file = join(dir, 'good.jsonl');
    const line = {
      system: 'icd10cm',
      code: 'Q91.9',
      author: 'A. Reviewer, RN',
      reviewed: '2026-01-15',
      sections: { causes: ['Reviewed cause.'] },
    };
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    assert.deepEqual(importReviewedArticles(storeOf(medcodes), dbPath, file), { articles: 1, sections: 1 });
    reopen();
    const a = medcodes.article('icd10cm', 'Q91.9');
    const causes = a.sections.find((s) => s.id === 'causes');
    assert.deepEqual(
      causes?.statements.map((s) => s.text),
      ['Reviewed cause.'],
    );
    const src = a.sources[(causes?.statements[0]?.citations[0] ?? 0) - 1];
    assert.deepEqual(src, {
      n: src?.n,
      title: 'Reviewed article by A. Reviewer, RN',
      publisher: 'A. Reviewer, RN',
      release: 'reviewed 2026-01-15',
      url: null,
    });
  });
});

describe('articles generate (local fake endpoint)', () => {
  let server: Server;
  let url: string;
  const requests: Array<{ model: string; messages: Array<{ content: string }> }> = [];
  let answer = (): unknown => ({ sections: { outlook: ['Machine outlook.'] } });
  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        requests.push(JSON.parse(body));
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(answer()) } }] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  after(() => server.close());

  const run = () =>
    generateArticles(storeOf(medcodes), dbPath, {
      endpoint: url,
      model: 'fake-1',
      system: 'icd10cm',
      codes: ['Q91.9'],
      limit: 5,
      rate: 0,
      now: () => new Date('2026-02-01T00:00:00Z'),
    });

  it('stores a valid answer labelled machine-written, and skips the code when its facts did not change', async () => {
    assert.deepEqual(await run(), { generated: 1, skipped: 0, failed: [] });
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.model, 'fake-1');
    assert.match(requests[0]?.messages[1]?.content ?? '', /"code":"Q91.9"/);
    reopen();
    const a = medcodes.article('icd10cm', 'Q91.9');
    const outlook = a.sections.find((s) => s.id === 'outlook');
    assert.deepEqual(
      outlook?.statements.map((s) => s.text),
      ['Machine outlook.'],
    );
    const src = a.sources[(outlook?.statements[0]?.citations[0] ?? 0) - 1];
    assert.equal(src?.title, 'Machine-written, not reviewed');
    assert.equal(src?.publisher, 'generated by fake-1');
    assert.equal(src?.release, '2026-02-01');
    // The reviewed section still wins over anything generated.
    assert.deepEqual(
      a.sections.find((s) => s.id === 'causes')?.statements.map((s) => s.text),
      ['Reviewed cause.'],
    );
    assert.deepEqual(await run(), { generated: 0, skipped: 1, failed: [] });
    assert.equal(requests.length, 1);
    const app = createApp({ medcodes });
    const first = await app.request('/code/icd10cm/Q91.9');
    const location = first.headers.get('location');
    const html = location ? await (await app.request(location)).text() : await first.text();
    assert.match(html, /<h3>Outlook<\/h3><p class="machine-written">Machine-written, not reviewed\.<\/p>/);
  });

  it('rejects an answer that does not match the schema, naming the problem', async () => {
    answer = () => ({ sections: { dosage: ['x'] } });
    const r = await generateArticles(storeOf(medcodes), dbPath, {
      endpoint: url,
      model: 'fake-2',
      system: 'icd10cm',
      codes: ['Q91.1'],
      limit: 5,
      rate: 0,
    });
    assert.equal(r.generated, 0);
    assert.match(r.failed[0]?.problem ?? '', /does not match the schema/);
  });
});

describe('articles coverage and rebuilds', () => {
  it('counts, per system and section, the codes with sourced content', () => {
    const [cm] = articleCoverage(storeOf(medcodes), ['icd10cm']);
    assert.ok(cm && cm.codes > 0);
    const causes = cm.sections.find((s) => s.id === 'causes');
    assert.equal(causes?.covered, 1);
    assert.equal(causes?.share, 1 / cm.codes);
  });

  it('keeps reviewed and generated texts when the database is rebuilt', async () => {
    medcodes.close();
    await build();
    medcodes = openMedcodes(dbPath);
    const a = medcodes.article('icd10cm', 'Q91.9');
    assert.deepEqual(
      a.sections.find((s) => s.id === 'causes')?.statements.map((s) => s.text),
      ['Reviewed cause.'],
    );
    assert.deepEqual(
      a.sections.find((s) => s.id === 'outlook')?.statements.map((s) => s.text),
      ['Machine outlook.'],
    );
  });
});
