/** `medcodes fetch`: a thin adapter over app/fetch.ts with progress bars (docs/fetch.md). */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { type FetchReport, fetchSources } from '../app/fetch.js';
import { loadManifest } from '../app/fetch-manifest.js';
import { loadSettings, type Settings } from '../config/settings.js';

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

export function formatFetchReport(r: FetchReport): string {
  const lines = [`Fetched from ${r.origin} into ${r.sourcesDir}:`];
  for (const f of r.files) {
    if (f.status === 'fetched') lines.push(`  fetched  ${f.path} (${mb(f.bytes)}, ${f.note})`);
    else if (f.status === 'skipped') lines.push(`  skipped  ${f.path} (${f.note})`);
    else lines.push(`  ${f.optional ? 'missing ' : 'FAILED  '} ${f.path}${f.optional ? ' (optional)' : ''}: ${f.note}`);
  }
  lines.push(
    `${r.fetched} fetched (${mb(r.bytes)}), ${r.skipped} skipped, ${r.failed} could not be had (${r.missingRequired.length} required) in ${r.seconds.toFixed(1)} s`,
  );
  return lines.join('\n');
}

/** How to supply what could not be fetched (offline, or a publisher moved a file). */
export function howToSupply(r: FetchReport): string {
  if (r.missingRequired.length === 0) return '';
  return [
    `Missing required files (${r.missingRequired.length}):`,
    ...r.missingRequired.map((p) => `  ${p}`),
    'Supply them in one of these ways and run again:',
    `  - copy the files into ${r.sourcesDir} at the paths above (or point --sources / MEDCODES_SOURCES at a folder that has them);`,
    '  - fetch from a mirror: --mirror URL (a web server holding the same layout) or --mirror DIR (a folder copy of it), or MEDCODES_MIRROR.',
  ].join('\n');
}

/** Run a fetch with progress bars on a terminal; returns the report. */
export async function runFetch(settings: Settings, opts: { only?: string[]; release?: string; manifest?: string }): Promise<FetchReport> {
  const stream = process.stderr;
  const multi = stream.isTTY
    ? new cliProgress.MultiBar(
        { stream, format: '{file} |{bar}| {percentage}% {size}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bars = new Map<string, cliProgress.SingleBar>();
  try {
    return await fetchSources({
      sourcesDir: settings.sources,
      ...(opts.manifest ? { manifest: loadManifest(opts.manifest) } : {}),
      ...(opts.only?.length ? { only: opts.only } : {}),
      ...(opts.release ? { release: opts.release } : {}),
      ...(settings.mirror ? { mirror: settings.mirror } : {}),
      onProgress(e) {
        if (e.phase === 'start') {
          if (multi) bars.set(e.path, multi.create(e.total ?? 1, 0, { file: e.path.padEnd(48).slice(0, 48), size: '' }));
          else stream.write(`  fetching ${e.path}\n`);
        } else if (e.phase === 'bytes') {
          const bar = bars.get(e.path);
          if (bar) {
            if (e.total) bar.setTotal(e.total);
            bar.update(e.received, { size: mb(e.received) });
          }
        } else if (e.phase === 'end') {
          const bar = bars.get(e.outcome.path);
          if (bar && multi) {
            bar.stop();
            multi.remove(bar);
          }
        }
      },
    });
  } finally {
    multi?.stop();
  }
}

export function addFetchCommand(program: Command): void {
  program
    .command('fetch')
    .description('Download the official release files into the sources folder, verified (newest three releases by default)')
    .option('--only <source...>', 'only these sources (icd10cm, icd10pcs, hcpcs, pfs, ncci, mcd, …)')
    .option('--release <release>', 'only this release (e.g. 2025, 2025-10)')
    .option('--sources <dir>', 'sources folder to fill (env MEDCODES_SOURCES, default ./data/sources)')
    .option('--mirror <url|dir>', 'get the files from a mirror: an http(s) URL or a folder in the sources layout (env MEDCODES_MIRROR)')
    .option('--manifest <file>', 'a manifest other than the built-in src/config/official-files.json')
    .option('--json', 'print the report as JSON')
    .action(async (opts) => {
      const settings = loadSettings({ sources: opts.sources, mirror: opts.mirror }, process.env);
      const report = await runFetch(settings, { only: opts.only, release: opts.release, manifest: opts.manifest });
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatFetchReport(report)}\n`);
      const help = howToSupply(report);
      if (help) process.stderr.write(`${help}\n`);
      if (report.missingRequired.length > 0) process.exitCode = 4;
    });
}
