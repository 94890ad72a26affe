/**
 * `policies import` and `policies sync` write a new build: documents are copied (or Coverage API
 * answers saved) into the sources folder and the database rebuilt; a failure leaves the previous
 * database and the sources folder as they were. The Coverage API is a fake on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openMedcodes } from '../../src/app/medcodes.js';
import { importPolicyDocuments, syncPolicies } from '../../src/app/policy-ingest.js';
import { tempDir } from '../support/build.js';
import { buildPolicyDb, POLICY_SOURCES, policyTestPlugins } from '../support/policy-codes.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/policies');

function sourcesWithoutBetaCare(): string {
  const dir = tempDir('medcodes-policy-sources-');
  cpSync(POLICY_SOURCES, dir, { recursive: true });
  rmSync(join(dir, 'policies/beta-care'), { recursive: true });
  return dir;
}

describe('medcodes policies import', () => {
  it('copies the documents, rebuilds, and reports what was found per document', async () => {
    const sources = sourcesWithoutBetaCare();
    const { dbPath, medcodes } = await buildPolicyDb(sources);
    medcodes.close();
    const seen: string[] = [];
    const result = await importPolicyDocuments(join(POLICY_SOURCES, 'policies/beta-care'), 'Beta Care', {
      sourcesDir: sources,
      dbPath,
      plugins: policyTestPlugins(),
      onDocument: (done, total, file) => seen.push(`${done}/${total} ${file}`),
    });
    assert.deepEqual(seen, ['1/1 diabetes-supplies.txt']);
    assert.ok(existsSync(join(sources, 'policies/beta-care/diabetes-supplies.txt')));
    assert.deepEqual(result.documents, [
      {
        file: 'policies/beta-care/diabetes-supplies.txt',
        policyId: 'beta-care--diabetes-supplies',
        title: 'Beta Care Clinical Guideline: Diabetes Supplies',
        linkedCodes: 9,
        codes: [
          'hcpcs:A4253',
          'hcpcs:E0607',
          'hcpcs:J1815',
          'icd10cm:E11.0',
          'icd10cm:E11.00',
          'icd10cm:E11.6',
          'icd10cm:E11.65',
          'icd10cm:E11.9',
          'icd10cm:E13',
        ],
        notCodes: [],
      },
    ]);
  });

  it('a document that cannot be read fails the build: the previous database and the sources folder are untouched', async () => {
    const sources = sourcesWithoutBetaCare();
    const { dbPath, medcodes } = await buildPolicyDb(sources);
    medcodes.close();
    const before = readFileSync(dbPath);
    await assert.rejects(
      importPolicyDocuments(join(FIXTURES, 'broken-sidecar/policies/acme-health'), 'acme-broken', {
        sourcesDir: sources,
        dbPath,
        plugins: policyTestPlugins(),
      }),
      /policies\/acme-broken\/bad\.json, json: effectiveFrom: a date as YYYY-MM-DD; sidecar: Unrecognized key: "colour"/,
    );
    assert.ok(readFileSync(dbPath).equals(before), 'the database file is unchanged');
    assert.ok(!existsSync(join(sources, 'policies/acme-broken/bad.txt')), 'the copied document is taken back out');
  });
});

describe('medcodes policies sync (Coverage API client against a local fake server)', () => {
  let server: Server;
  let baseUrl: string;
  const requests: string[] = [];
  const TOKEN = 'fake-license-token';
  const data: Record<string, unknown[]> = {
    '/v1/metadata/license-agreement/': [{ token: TOKEN }],
    '/v1/reports/local-coverage-final-lcds/': [],
    '/v1/reports/local-coverage-articles/': [
      {
        document_id: 90010,
        document_version: 3,
        document_display_id: 'A90010',
        document_type: 'Article',
        note: '',
        title: 'Billing and Coding: Invented Spinal Orthoses',
        contractor_name_type: 'Invented Federal MAC\n(MAC - Part B)',
        updated_on: '09/01/2025',
        updated_on_sort: '20250901000000',
        effective_date: '09/15/2025',
        retirement_date: 'N/A',
        url: 'https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=90010&ver=3',
      },
    ],
    '/v1/data/article/': [
      {
        article_id: 90010,
        article_version: 3,
        article_type: 6,
        title: 'Billing and Coding: Invented Spinal Orthoses',
        status: 'A',
        article_eff_date: '2025-09-15 00:00:00',
        description: '<p>See L0631.</p>',
      },
    ],
    '/v1/data/article/hcpc-code': [{ article_id: 90010, article_version: 3, hcpc_code_id: 'L0633', hcpc_code_group: 1 }],
    '/v1/data/article/hcpc-code-group': [{ article_id: 90010, article_version: 3, hcpc_code_group: 1, paragraph: '<p>Orthoses</p>' }],
    '/v1/data/article/icd10-covered': [{ article_id: 90010, article_version: 3, icd10_code_id: 'M54.5', icd10_covered_group: 1 }],
    '/v1/data/article/icd10-covered-group': [],
    '/v1/data/article/icd10-noncovered': [],
    '/v1/data/article/icd10-noncovered-group': [],
    '/v1/data/article/contractor': [],
  };

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(`${url.pathname}${url.search}`);
      const needsToken = url.pathname.startsWith('/v1/data/');
      if (needsToken && req.headers.authorization !== `Bearer ${TOKEN}`) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"license not accepted"}');
        return;
      }
      const rows = data[url.pathname];
      if (!rows) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ meta: { status: { id: 200, message: 'OK' } }, data: rows }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('fetches the reports and each article code tables with the licence token, saves them as MCD tables and rebuilds', async () => {
    const sources = sourcesWithoutBetaCare();
    const dbPath = join(tempDir(), 'medcodes.db');
    const report = await syncPolicies({ sourcesDir: sources, dbPath, plugins: policyTestPlugins(), baseUrl, release: 'api-2025-09-20' });
    assert.equal(report.folder, 'mcd/api-2025-09-20');
    assert.deepEqual(report.articles, [
      {
        id: 'A90010',
        rows: {
          article: 1,
          article_x_hcpc_code: 1,
          article_x_hcpc_code_group: 1,
          article_x_icd10_covered: 1,
          article_x_icd10_covered_group: 0,
          article_x_icd10_noncovered: 0,
          article_x_icd10_noncovered_group: 0,
          article_x_contractor: 0,
        },
      },
    ]);
    assert.ok(requests.includes('/v1/data/article/hcpc-code?articleid=90010&ver=3'));
    const medcodes = openMedcodes(dbPath);
    try {
      const view = medcodes.policy('A90010');
      assert.equal(view.source, 'mcd-tables');
      const codes = view.codeGroups.map((g) => [g.relation, g.group, g.codes.map((c) => c.code)]);
      assert.deepEqual(codes, [
        ['covered', 'icd10-covered group 1', ['M54.5']],
        ['listed', '', ['L0631']],
        ['listed', 'hcpcs group 1', ['L0633']],
      ]);
      assert.equal(medcodes.coverage('hcpcs:L0633', 'icd10cm:M54.5').answer, 'covered');
    } finally {
      medcodes.close();
    }
  });

  it('an unreachable API fails cleanly and writes nothing', async () => {
    const sources = sourcesWithoutBetaCare();
    const dbPath = join(tempDir(), 'medcodes.db');
    await assert.rejects(
      syncPolicies({ sourcesDir: sources, dbPath, plugins: policyTestPlugins(), baseUrl: `${baseUrl}/nothing-here` }),
      /Coverage API could not be read/,
    );
    assert.ok(!existsSync(dbPath));
  });
});
