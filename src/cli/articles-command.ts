/**
 * `medcodes articles import FILE.jsonl`, `medcodes articles generate --endpoint URL --model NAME …`
 * and `medcodes articles coverage`: thin adapters over app/article-*.ts (docs/articles.md).
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openStore } from '../app/medcodes.js';
import { loadSettings } from '../config/settings.js';
import { AppError } from '../core/errors.js';
import {
  articleCoverage,
  auditArticles,
  COVERAGE_SYSTEMS,
  type CoverageRow,
  formatAudit,
  generateArticles,
  importReviewedArticles,
} from '../features/articles/index.js';

function progressBar(label: string) {
  const b = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: `${label} |{bar}| {value}/{total} {item}` })
    : null;
  let started = false;
  return {
    update(done: number, total: number, item: string) {
      if (!b) return;
      if (!started) b.start(total, 0, { item });
      started = true;
      b.update(done, { item });
    },
    stop: () => b?.stop(),
  };
}

function formatCoverage(rows: CoverageRow[]): string {
  return rows
    .map((r) => {
      const lines = r.sections.map((s) => `  ${s.title.padEnd(26)} ${(s.share * 100).toFixed(1).padStart(5)}%  (${s.covered}/${r.codes})`);
      return `${r.system} — ${r.codes} billable codes\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

export function addArticlesCommand(program: Command): void {
  const articles = program.command('articles').description('Plain-language articles: import reviewed text, generate, measure coverage');
  articles
    .command('import')
    .argument('<file>', 'JSON Lines file of reviewed articles (schema in docs/articles.md)')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .description('Import reviewed articles; they take precedence over composed text, section by section')
    .action((file: string, opts) => {
      const settings = loadSettings(opts, process.env);
      const store = openStore(settings.db);
      try {
        const r = importReviewedArticles(store, settings.db, file);
        process.stdout.write(`imported ${r.sections} section(s) of ${r.articles} article(s) into ${settings.db}\n`);
      } finally {
        store.close();
      }
    });
  articles
    .command('generate')
    .requiredOption('--endpoint <url>', 'OpenAI-compatible API base URL (…/v1) or its /chat/completions URL')
    .requiredOption('--model <name>', 'model name sent to the endpoint')
    .option('--system <system>', 'only this code system')
    .option('--codes <codes...>', 'only these codes (with --system)')
    .option('--limit <n>', 'at most this many codes', '100')
    .option('--rate <n>', 'at most this many requests per minute', '60')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .option('--llm-api-key <key>', 'bearer token for the endpoint (env MEDCODES_LLM_API_KEY)')
    .description('Write articles through a language model from the sourced facts; stored as machine-written, not reviewed')
    .action(async (opts) => {
      const settings = loadSettings({ db: opts.db, llmApiKey: opts.llmApiKey }, process.env);
      for (const name of ['limit', 'rate'] as const) {
        if (!/^\d+$/.test(String(opts[name]))) throw new AppError('invalid', `--${name} must be a whole number, not "${opts[name]}"`, name);
      }
      const store = openStore(settings.db);
      const bar = progressBar('codes');
      try {
        const report = await generateArticles(store, settings.db, {
          endpoint: opts.endpoint,
          model: opts.model,
          apiKey: settings.llmApiKey || undefined,
          system: opts.system,
          codes: opts.codes,
          limit: Number(opts.limit),
          rate: Number(opts.rate),
          onProgress: (done, total, code) => bar.update(done, total, code),
        });
        bar.stop();
        process.stdout.write(`generated ${report.generated}, unchanged (skipped) ${report.skipped}, failed ${report.failed.length}\n`);
        for (const f of report.failed) process.stdout.write(`  - ${f.code}: ${f.problem}\n`);
        if (report.failed.length > 0) process.exitCode = 1;
      } finally {
        bar.stop();
        store.close();
      }
    });
  articles
    .command('coverage')
    .option('--system <systems...>', `systems (default ${COVERAGE_SYSTEMS.join(' ')})`)
    .option('--sample <n>', 'compose only n evenly spaced codes per system (0: all)', '0')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .option('--json', 'print JSON')
    .description('Share of codes with sourced content, per system and section')
    .action((opts) => {
      const settings = loadSettings({ db: opts.db }, process.env);
      const store = openStore(settings.db);
      const bar = progressBar('codes');
      try {
        const rows = articleCoverage(
          store,
          opts.system ?? COVERAGE_SYSTEMS,
          (system, done, total) => bar.update(done, total, system),
          Number(opts.sample),
        );
        bar.stop();
        process.stdout.write(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatCoverage(rows)}\n`);
      } finally {
        bar.stop();
        store.close();
      }
    });
  articles
    .command('audit')
    .option('--sample <n>', 'how many random pages (billable ICD-10-CM and ICD-10-PCS codes)', '200')
    .option('--seed <n>', 'seed of the random sample (the same seed draws the same pages)', '13')
    .option('--flagged', 'print only flagged statements (and the summary line)')
    .option('--db <file>', 'database (env MEDCODES_DB)')
    .option('--json', 'print JSON')
    .description('Each quoted passage of a random sample of pages with its source title; flags wrong-condition and boilerplate passages')
    .action((opts) => {
      for (const name of ['sample', 'seed'] as const) {
        if (!/^\d+$/.test(String(opts[name]))) throw new AppError('invalid', `--${name} must be a whole number, not "${opts[name]}"`, name);
      }
      const settings = loadSettings({ db: opts.db }, process.env);
      const store = openStore(settings.db);
      try {
        const report = auditArticles(store, Number(opts.sample), Number(opts.seed));
        const shown = opts.flagged ? { ...report, statements: report.statements.filter((s) => s.flags.length > 0) } : report;
        // The summary line counts every quoted statement, not only the flagged ones printed.
        process.stdout.write(opts.json ? `${JSON.stringify(shown, null, 2)}\n` : `${formatAudit(report, Boolean(opts.flagged))}\n`);
        if (report.flagged > 0) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}
