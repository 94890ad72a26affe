/**
 * The build use-case: detect the official files, stream every plug-in's records into a new
 * database, check it and swap it in. A failure at any point leaves the previous database as it was.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { AppError, SourceError } from '../core/errors.js';
import type { SourceRecord } from '../core/records.js';
import { DatabaseWriter, removeStaleBuildFiles } from '../db/writer.js';
import type { BuildReportSummary } from '../features/codes/index.js';
import { type CheckReport, CODE_STEPS } from '../features/codes/index.js';
import type { ProgressEvent, SourcePlugin } from '../sources/contract.js';
import type { UnreadableFile } from '../sources/files/integrity.js';
import { PLUGINS } from '../sources/registry.js';
import { checkSources, withoutSkipped } from './build-sources.js';
import { BUILD_PLAN } from './features.js';
import { ReadPool, type RecordBatch } from './workers/read-pool.js';

interface BuildOptions {
  sourcesDir: string;
  dbPath: string;
  /** The plug-ins to read, in build order (default: the registry, src/sources/registry.ts). */
  plugins?: readonly SourcePlugin[];
  newestOnly: boolean;
  cptDescriptorsFromCmsFiles: boolean;
  /**
   * Worker threads that read plug-ins beside this thread (workers/read-pool.ts); 0: none, and the
   * finishing steps run in this thread too. Default: 2 on a multi-core machine (docs/adr/0006).
   */
  readThreads?: number;
  /** Source folders whose unreadable files the build may skip (--allow-missing); any other bad file fails it. */
  allowMissing?: readonly string[];
  onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  | { phase: 'detect'; system: string; files: number }
  | { phase: 'read'; event: ProgressEvent }
  | { phase: 'system-done'; system: string; records: number; seconds: number }
  | { phase: 'finish'; step: string };

interface SystemBuildReport {
  system: string;
  files: number;
  records: Record<string, number>;
  missing: string[];
  problems: string[];
  seconds: number;
  releases: Array<{ release: string; label: string; complete: boolean }>;
}

export interface BuildReport {
  dbPath: string;
  seconds: number;
  systems: SystemBuildReport[];
  counts: Array<{ system: string; release: string; codes: number; billable: number }>;
  /** The default release of each system and why it is the one. */
  defaults: Array<{ system: string; release: string; reason: string }>;
  /** Unreadable files left out because their source is in --allow-missing. */
  skipped: UnreadableFile[];
  /** Temporary files of dead builds removed before this one started. */
  removedStale: string[];
}

/**
 * Registry plug-ins are read in worker threads when the machine has a core to spare
 * (workers/read-pool.ts): two, while this thread writes. More would hold more memory for little
 * gain: writing in build order is the limit.
 */
function readThreads(options: BuildOptions): number {
  return options.readThreads ?? (availableParallelism() > 1 ? 2 : 0);
}

async function readSystem(
  plugin: SourcePlugin,
  reading: Promise<{ files: number; missing: string[]; batches: AsyncIterable<RecordBatch> }> | undefined,
  sourcesDir: string,
  writer: DatabaseWriter,
  options: BuildOptions,
  skipFiles: string[],
): Promise<SystemBuildReport> {
  const started = performance.now();
  const { files, missing, batches } = reading ? await reading : await readInThread(plugin, sourcesDir, options, skipFiles);
  options.onProgress?.({ phase: 'detect', system: plugin.name ?? plugin.system, files });
  const report: SystemBuildReport = {
    system: plugin.name ?? plugin.system,
    files: 0,
    records: {},
    missing: [...missing],
    problems: [],
    seconds: 0,
    releases: [],
  };
  let file = '';
  try {
    for await (const batch of batches) writeBatch(batch);
  } catch (err) {
    throw namingFile(err, report.system, file);
  }
  function writeBatch(batch: RecordBatch): void {
    for (const record of batch.records) {
      writer.write(record);
      report.records[record.type] = (report.records[record.type] ?? 0) + 1;
      if (record.type === 'file') {
        report.files += 1;
        report.problems.push(...record.problems.map((p) => `${record.path}: ${p}`));
      } else if (record.type === 'release') {
        report.releases.push({ release: record.release, label: record.label, complete: record.complete });
      }
    }
    for (const event of batch.progress) {
      file = event.file;
      options.onProgress?.({ phase: 'read', event });
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  const total = Object.values(report.records).reduce((a, b) => a + b, 0);
  options.onProgress?.({ phase: 'system-done', system: report.system, records: total, seconds: report.seconds });
  return report;
}

/** An error while reading that names no file gets the plug-in and the file being read ("unexpected end of file"). */
function namingFile(err: unknown, system: string, file: string): unknown {
  if (err instanceof SourceError || err instanceof AppError || !(err instanceof Error)) return err;
  return new AppError('invalid', `${system}: reading ${file || 'its files'} failed: ${err.message}`, 'sources');
}

/** Why each default release is the default: the newest complete one, and what newer ones lacked. */
function defaultReasons(counts: BuildReport['counts'], systems: SystemBuildReport[], skipped: UnreadableFile[]): BuildReport['defaults'] {
  return counts.map((c) => {
    const releases = systems.filter((s) => s.system === c.system).flatMap((s) => s.releases);
    const newer = releases.filter((r) => r.release > c.release);
    const reasons = ['the newest complete release'];
    const incomplete = newer.filter((r) => !r.complete).map((r) => r.label);
    if (incomplete.length > 0) reasons.push(`newer ${incomplete.join(', ')} incomplete`);
    const gone = skipped.filter((f) => f.source === c.system).map((f) => f.path);
    if (gone.length > 0) reasons.push(`unreadable files skipped by --allow-missing: ${gone.join(', ')}`);
    return { system: c.system, release: c.release, reason: reasons.join('; ') };
  });
}

/** A plug-in read in this thread (plug-ins outside the registry, or a one-core machine). */
async function readInThread(plugin: SourcePlugin, sourcesDir: string, options: BuildOptions, skipFiles: string[]) {
  const detection = withoutSkipped(await plugin.detect(sourcesDir), skipFiles);
  async function* batches(): AsyncGenerator<RecordBatch> {
    if (detection.files.length === 0) return;
    const records = plugin.read(detection, {
      newestOnly: options.newestOnly,
      cptDescriptorsFromCmsFiles: options.cptDescriptorsFromCmsFiles,
      onProgress: (event) => options.onProgress?.({ phase: 'read', event }),
    });
    for await (const record of records as AsyncIterable<SourceRecord>) yield { records: [record], progress: [] };
  }
  return { files: detection.files.length, missing: detection.missing, batches: batches() };
}

export async function buildDatabase(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const sourcesDir = resolve(options.sourcesDir);
  const dbPath = resolve(options.dbPath);
  if (!existsSync(sourcesDir)) {
    throw new AppError(
      'invalid',
      `the sources folder ${sourcesDir} does not exist: set MEDCODES_SOURCES or --sources to the official release files`,
      'sources',
    );
  }
  const plugins = options.plugins ?? PLUGINS;
  const check = await checkSources(sourcesDir, options.allowMissing ?? []);
  mkdirSync(dirname(dbPath), { recursive: true });
  const removedStale = removeStaleBuildFiles(dbPath);
  const writer = new DatabaseWriter(dbPath, BUILD_PLAN);
  const systems: SystemBuildReport[] = [];
  const threads = readThreads(options);
  const readOptions = { newestOnly: options.newestOnly, cptDescriptorsFromCmsFiles: options.cptDescriptorsFromCmsFiles };
  const pool =
    threads > 0
      ? new ReadPool(
          plugins.map((p) => {
            const plugin = PLUGINS.indexOf(p);
            return plugin < 0
              ? null
              : { job: { plugin, sourcesDir, options: readOptions, skipFiles: check.skipFiles }, label: p.name ?? p.system };
          }),
          threads,
        )
      : undefined;
  try {
    for (const [k, plugin] of plugins.entries()) {
      systems.push(await readSystem(plugin, pool?.read(k), sourcesDir, writer, options, check.skipFiles));
    }
    await pool?.close();
    if (systems.every((s) => s.files === 0)) {
      throw new AppError('invalid', `no official release files were recognised under ${sourcesDir}`, 'sources');
    }
    const seconds = (performance.now() - started) / 1000;
    const summary: BuildReportSummary = {
      seconds,
      systems: systems.map((s) => ({ system: s.system, files: s.files, missing: s.missing, problems: s.problems.slice(0, 200) })),
      skipped: check.skipped,
    };
    writer.setMeta('build_report', summary);
    writer.setMeta('options', { newestOnly: options.newestOnly, cptDescriptorsFromCmsFiles: options.cptDescriptorsFromCmsFiles });
    const result = await writer.finish((step) => options.onProgress?.({ phase: 'finish', step }), threads > 0);
    const counts = (result.results.get(CODE_STEPS.checks) as CheckReport).counts;
    return {
      dbPath,
      seconds: (performance.now() - started) / 1000,
      systems,
      counts,
      defaults: defaultReasons(counts, systems, check.skipped),
      skipped: check.skipped,
      removedStale,
    };
  } catch (err) {
    await pool?.close();
    await writer.abort();
    throw err;
  }
}
