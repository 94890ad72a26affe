/** The medcodes command line: a thin adapter over app/. */
import { Command, Option } from 'commander';
import { buildDatabase } from '../app/build.js';
import { sourcesFolderEmpty } from '../app/fetch.js';
import { openMedcodes } from '../app/medcodes.js';
import { loadSettings, SETTINGS, type Settings } from '../config/settings.js';
import { AppError } from '../core/errors.js';
import { addArticlesCommand } from './articles-command.js';
import { addFetchCommand, formatFetchReport, howToSupply, runFetch } from './fetch-command.js';
import { formatBuildReport, formatCodeView } from './format.js';
import { addPoliciesCommand } from './policies-command.js';
import { buildProgressReporter } from './progress.js';
import { addSearchCommand } from './search-command.js';
import { addTranslateCommand, addValidateCommand } from './translate-command.js';

function addSettingOptions(cmd: Command, keys: Array<keyof Settings>): Command {
  for (const def of SETTINGS) {
    if (!keys.includes(def.key)) continue;
    cmd.addOption(new Option(def.flag, `${def.description} (env ${def.env.join(' or ')}, default ${String(def.default)})`));
  }
  return cmd;
}

async function runBuild(settings: Settings): Promise<void> {
  const progress = buildProgressReporter();
  try {
    const report = await buildDatabase({
      sourcesDir: settings.sources,
      dbPath: settings.db,
      newestOnly: settings.newestOnly,
      cptDescriptorsFromCmsFiles: settings.cptDescriptorsFromCmsFiles,
      ...(settings.singleThread ? { readThreads: 0 } : {}),
      allowMissing: settings.allowMissing,
      onProgress: progress.onProgress,
    });
    progress.stop();
    process.stdout.write(`${formatBuildReport(report)}\n`);
  } finally {
    progress.stop();
  }
}

function print(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

interface CliDeps {
  /** Serve the web site and API (wired in main.ts, which owns the HTTP adapter). */
  serve(settings: Settings): Promise<void>;
}

function createCli(deps: CliDeps): Command {
  const program = new Command('medcodes').description('Search all US medical codes and understand each one').showHelpAfterError();
  const buildKeys: Array<keyof Settings> = ['sources', 'db', 'newestOnly', 'singleThread', 'cptDescriptorsFromCmsFiles', 'allowMissing'];
  const serveKeys: Array<keyof Settings> = [
    'workers',
    'requestBudgetMs',
    'shutdownGraceMs',
    'rateLimit',
    'rateLimitLoopback',
    'trustProxy',
    'accessLog',
  ];

  addSettingOptions(program.command('build').description('Build the database from the official release files'), buildKeys).action(
    async (opts) => {
      await runBuild(loadSettings(opts, process.env));
    },
  );

  addSettingOptions(program.command('stats').description('Codes per system in the default releases, and the files used'), ['db'])
    .option('--json', 'print JSON')
    .action((opts) => {
      const medcodes = openMedcodes(loadSettings(opts, process.env).db);
      const stats = medcodes.stats();
      print(Boolean(opts.json), stats, () =>
        stats.systems.map((s) => `${s.system.padEnd(9)} ${s.release.padEnd(8)} ${s.codes} codes, ${s.billable} billable`).join('\n'),
      );
      medcodes.close();
    });

  addSettingOptions(program.command('show').argument('<code>', 'a code in any shape: E11.9, e119, 0SRC0JZ').description('Show one code'), [
    'db',
  ])
    .option('--system <system>', 'code system (default: every system that has the code)')
    .option('--release <release>', 'release id or label (default: the newest)')
    .option('--json', 'print the same JSON as the API')
    .action((code: string, opts) => {
      const medcodes = openMedcodes(loadSettings(opts, process.env).db);
      try {
        let system = opts.system as string | undefined;
        if (!system) {
          const found = medcodes.findCode(code);
          if (found.length === 0) throw new AppError('not-found', `no system has the code "${code}"`, 'code');
          system = found[0]?.system as string;
          if (found.length > 1)
            process.stderr.write(`${code} exists in ${found.map((f) => f.system).join(', ')}; showing ${system} (use --system)\n`);
        }
        const view = medcodes.lookupCode(system, code, opts.release);
        print(Boolean(opts.json), view, () => formatCodeView(view));
      } finally {
        medcodes.close();
      }
    });

  addSearchCommand(program);
  addPoliciesCommand(program);
  addArticlesCommand(program);
  addTranslateCommand(program);
  addValidateCommand(program);
  addFetchCommand(program);
  addSettingOptions(program.command('serve').description('Serve the web site and the API from the database'), [
    'db',
    'port',
    'host',
    ...serveKeys,
  ]).action(async (opts) => {
    await deps.serve(loadSettings(opts, process.env));
  });

  addSettingOptions(
    program
      .command('start')
      .description('Build the database if it is missing (fetching the official files first when the sources folder is empty), then serve'),
    ['sources', 'mirror', 'db', 'port', 'host', 'newestOnly', 'singleThread', 'cptDescriptorsFromCmsFiles', 'allowMissing', ...serveKeys],
  ).action(async (opts) => {
    const settings = loadSettings(opts, process.env);
    const { existsSync } = await import('node:fs');
    if (!existsSync(settings.db) && (await sourcesFolderEmpty(settings.sources))) {
      process.stderr.write(
        `No database at ${settings.db} and no official files in ${settings.sources}: fetching the newest complete set from ${settings.mirror || 'the publishers'}\n`,
      );
      const report = await runFetch(settings, {});
      process.stderr.write(`${formatFetchReport(report)}\n`);
      if (report.missingRequired.length > 0) {
        process.stderr.write(`${howToSupply(report)}\n`);
        throw new AppError(
          'not-found',
          `cannot build: ${report.missingRequired.length} required official files are missing (see above)`,
          'sources',
        );
      }
    }
    if (!existsSync(settings.db)) {
      process.stderr.write(`No database at ${settings.db}: building it from ${settings.sources}\n`);
      await runBuild(settings);
    }
    await deps.serve(settings);
  });
  return program;
}

export async function runCli(argv: string[], deps: CliDeps): Promise<void> {
  try {
    await createCli(deps).parseAsync(argv);
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`medcodes: ${err.message}\n`);
      for (const p of err.problems) process.stderr.write(`  - ${p}\n`);
      process.exitCode = err.kind === 'not-found' ? 3 : 2;
      return;
    }
    if (err instanceof Error && err.name === 'SourceError') {
      process.stderr.write(`medcodes: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
}
