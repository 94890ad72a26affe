/**
 * The build use-case: detect the official files, stream every plug-in's records into a new
 * database, check it and swap it in. A failure at any point leaves the previous database as it was.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../domain/errors.js';
import type { SourceRecord } from '../domain/records.js';
import type { ProgressEvent, SourcePlugin } from '../sources/contract.js';
import { DatabaseWriter, removeStaleBuildFiles } from '../store/writer.js';
import type { BuildReportSummary } from './catalog.js';
import { linkPolicyTopics } from './policy-topics.js';

export interface BuildOptions {
  sourcesDir: string;
  dbPath: string;
  plugins: readonly SourcePlugin[];
  newestOnly: boolean;
  cptDescriptorsFromCmsFiles: boolean;
  onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  | { phase: 'detect'; system: string; files: number }
  | { phase: 'read'; event: ProgressEvent }
  | { phase: 'system-done'; system: string; records: number; seconds: number }
  | { phase: 'finish'; step: string };

export interface SystemBuildReport {
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
}

async function readSystem(
  plugin: SourcePlugin,
  sourcesDir: string,
  writer: DatabaseWriter,
  options: BuildOptions,
): Promise<SystemBuildReport> {
  const started = performance.now();
  const detection = await plugin.detect(sourcesDir);
  options.onProgress?.({ phase: 'detect', system: plugin.name ?? plugin.system, files: detection.files.length });
  const report: SystemBuildReport = {
    system: plugin.name ?? plugin.system,
    files: 0,
    records: {},
    missing: [...detection.missing],
    problems: [],
    seconds: 0,
    releases: [],
  };
  if (detection.files.length > 0) {
    const records = plugin.read(detection, {
      newestOnly: options.newestOnly,
      cptDescriptorsFromCmsFiles: options.cptDescriptorsFromCmsFiles,
      onProgress: (event) => options.onProgress?.({ phase: 'read', event }),
    });
    for await (const record of records as AsyncIterable<SourceRecord>) {
      writer.write(record);
      report.records[record.type] = (report.records[record.type] ?? 0) + 1;
      if (record.type === 'file') {
        report.files += 1;
        report.problems.push(...record.problems.map((p) => `${record.path}: ${p}`));
      } else if (record.type === 'release') {
        report.releases.push({ release: record.release, label: record.label, complete: record.complete });
      }
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  const total = Object.values(report.records).reduce((a, b) => a + b, 0);
  options.onProgress?.({ phase: 'system-done', system: report.system, records: total, seconds: report.seconds });
  return report;
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
  mkdirSync(dirname(dbPath), { recursive: true });
  removeStaleBuildFiles(dbPath);
  const writer = new DatabaseWriter(dbPath);
  const systems: SystemBuildReport[] = [];
  try {
    for (const plugin of options.plugins) systems.push(await readSystem(plugin, sourcesDir, writer, options));
    if (systems.every((s) => s.files === 0)) {
      throw new AppError('invalid', `no official release files were recognised under ${sourcesDir}`, 'sources');
    }
    const seconds = (performance.now() - started) / 1000;
    const summary: BuildReportSummary = {
      seconds,
      systems: systems.map((s) => ({ system: s.system, files: s.files, missing: s.missing, problems: s.problems.slice(0, 200) })),
    };
    writer.setMeta('build_report', summary);
    writer.setMeta('options', { newestOnly: options.newestOnly, cptDescriptorsFromCmsFiles: options.cptDescriptorsFromCmsFiles });
    const result = writer.finish((step) => options.onProgress?.({ phase: 'finish', step }), linkPolicyTopics);
    return { dbPath, seconds: (performance.now() - started) / 1000, systems, counts: result.checks.counts };
  } catch (err) {
    writer.abort();
    throw err;
  }
}
