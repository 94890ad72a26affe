/**
 * `medcodes policies import DIR [--payer NAME]`, `medcodes policies sync [--base-url URL] [--limit N]`,
 * `medcodes policies show ID` and `medcodes policies coverage PROC DIAG`: thin adapters over
 * app/policy-ingest.ts and app/policies.ts. Import and sync write a new build (docs/adr/0004).
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openMedcodes } from '../app/medcodes.js';
import { type DocumentReport, importPolicyDocuments, syncPolicies } from '../app/policy-ingest.js';
import { loadSettings } from '../config/settings.js';
import { formatBuildReport } from './format.js';
import { buildProgressReporter } from './progress.js';

function bar(label: string): { update(done: number, total: number, item: string): void; stop(): void } {
  const tty = Boolean(process.stderr.isTTY);
  const b = tty ? new cliProgress.SingleBar({ stream: process.stderr, format: `${label} |{bar}| {value}/{total} {item}` }) : null;
  let started = false;
  return {
    update(done, total, item) {
      if (!b) {
        process.stderr.write(`  ${label} ${done}/${total} ${item}\n`);
        return;
      }
      if (!started) b.start(total, 0, { item });
      started = true;
      b.update(done, { item });
    },
    stop: () => b?.stop(),
  };
}

function formatDocumentReport(docs: DocumentReport[]): string {
  const lines = docs.map((d) => {
    const head = `${d.file}\n  policy ${d.policyId || '(not read)'}: ${d.title}\n  ${d.linkedCodes} code(s) linked`;
    const codes = d.codes.length > 0 ? `: ${d.codes.slice(0, 40).join(', ')}${d.codes.length > 40 ? ', …' : ''}` : '';
    const rejected = d.notCodes.length > 0 ? `\n  not codes of the database (not linked): ${[...new Set(d.notCodes)].join(', ')}` : '';
    return `${head}${codes}${rejected}`;
  });
  return lines.join('\n');
}

export function addPoliciesCommand(program: Command): void {
  const policies = program.command('policies').description('Coverage policies: import payer documents, sync from the CMS Coverage API');
  policies
    .command('import')
    .argument('<dir>', 'folder of payer policy documents (.html, .htm, .pdf, .txt, each with an optional .json sidecar)')
    .option('--payer <name>', 'payer name (default: the folder name)')
    .option('--sources <dir>', 'sources folder (env MEDCODES_SOURCES)')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .option('--json', 'print the report as JSON')
    .description('Copy the documents into the sources folder (policies/<payer>/) and rebuild the database')
    .action(async (dir: string, opts) => {
      const settings = loadSettings(opts, process.env);
      const docs = bar('documents');
      const progress = buildProgressReporter();
      try {
        const result = await importPolicyDocuments(dir, opts.payer, {
          sourcesDir: settings.sources,
          dbPath: settings.db,
          onDocument: (done, total, file) => docs.update(done, total, file),
          onBuildProgress: progress.onProgress,
        });
        docs.stop();
        progress.stop();
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(result.documents, null, 2)}\n`
            : `${formatBuildReport(result.build)}\n\n${formatDocumentReport(result.documents)}\n`,
        );
      } finally {
        docs.stop();
        progress.stop();
      }
    });
  policies
    .command('sync')
    .option('--base-url <url>', 'Coverage API address', 'https://api.coverage.cms.gov')
    .option('--limit <n>', 'fetch the code tables of at most N articles', (v) => Number.parseInt(v, 10))
    .option('--sources <dir>', 'sources folder (env MEDCODES_SOURCES)')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .description(
      'Fetch current LCDs and articles with their code tables from the CMS Coverage API, save them under mcd/api-<date>/ and rebuild',
    )
    .action(async (opts) => {
      const settings = loadSettings(opts, process.env);
      const docs = bar('articles');
      const progress = buildProgressReporter();
      try {
        const r = await syncPolicies({
          sourcesDir: settings.sources,
          dbPath: settings.db,
          baseUrl: opts.baseUrl,
          limit: opts.limit,
          onSync: (p) => p.phase === 'article' && docs.update(p.done, p.total, p.document ?? ''),
          onBuildProgress: progress.onProgress,
        });
        docs.stop();
        progress.stop();
        const failed = r.articles.filter((a) => a.error);
        process.stdout.write(
          `${formatBuildReport(r.build)}\n\nsaved ${r.documents} documents and ${r.articles.length} articles' code tables in ${r.folder}\n` +
            failed.map((a) => `  ${a.id}: ${a.error}\n`).join(''),
        );
      } finally {
        docs.stop();
        progress.stop();
      }
    });
  policies
    .command('show')
    .argument('<id>', 'policy id (L36668, A52369, NCD220.6, acme-health--spine-surgery)')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .description('Show one policy as JSON')
    .action((id: string, opts) => {
      const medcodes = openMedcodes(loadSettings(opts, process.env).db);
      try {
        const { html: _html, ...view } = medcodes.policy(id);
        process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
      } finally {
        medcodes.close();
      }
    });
}
