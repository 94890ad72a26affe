import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { CODE_SYSTEMS, SYSTEM_INFO } from '../../core/systems.js';
import { releaseRef } from './lookup.js';
import type { ReadStore } from './reader.js';
import type { SourceFileRow } from './rows.js';
import type { ReleaseViewSchema } from './view-schemas.js';
import type { StatsView, SystemView } from './views.js';

/** Every code system with its default release and size (systems not in the database have release null). */
export function listSystems(store: ReadStore): SystemView[] {
  const releases = store.releases();
  return CODE_SYSTEMS.map((id) => {
    const info = SYSTEM_INFO[id];
    const def = releases.find((r) => r.system === id && r.isDefault);
    return {
      system: id,
      label: info.label,
      description: info.description,
      uri: info.uri,
      release: def ? releaseRef(def) : null,
      codes: def?.codes ?? 0,
      billable: def?.billable ?? 0,
    };
  });
}

type ReleaseView = z.infer<typeof ReleaseViewSchema>;

export function listReleases(store: ReadStore): ReleaseView[] {
  return store.releases().map((r) => ({
    system: r.system,
    ...releaseRef(r),
    complete: r.complete,
    default: r.isDefault,
    codes: r.codes,
    billable: r.billable,
  }));
}

export function stats(store: ReadStore): StatsView {
  const systems = store
    .releases()
    .filter((r) => r.isDefault)
    .map((r) => ({ system: r.system, release: r.release, codes: r.codes, billable: r.billable }));
  const sources = store
    .sourceFiles()
    .map((f) => ({ system: f.system, release: f.release, path: f.path, size: f.size, sha256: f.sha256, role: f.role }));
  return { systems, sources };
}

export interface DataView {
  builtAt: string | null;
  releases: ReleaseView[];
  files: SourceFileRow[];
  report: BuildReportSummary | null;
}

/** The part of the build report kept in the database, shown on the data page. */
export interface BuildReportSummary {
  seconds: number;
  systems: Array<{ system: string; files: number; missing: string[]; problems: string[] }>;
  /** Unreadable files left out with --allow-missing (absent in builds before it existed). */
  skipped?: Array<{ path: string; source: string; reason: string }>;
}

export function dataInfo(store: ReadStore): DataView {
  return {
    builtAt: store.meta<string>('built_at'),
    releases: listReleases(store),
    files: store.sourceFiles(),
    report: store.meta<BuildReportSummary>('build_report'),
  };
}

export interface Health {
  status: 'ok';
  database: string;
  builtAt: string | null;
  /** Names one build of the database: the ETag of every answer, the label of the metrics' database gauge. */
  buildId: string;
  systems: number;
}

/** A short stable id of the open build (a hash of its build time and size), the same in every worker. */
export function buildIdOf(store: ReadStore): string {
  const builtAt = store.meta<string>('built_at') ?? '';
  return createHash('sha256').update(`${builtAt}|${store.releases().length}`).digest('hex').slice(0, 12);
}

/** The database is open and answers: it has at least one default release (a check, not just a ping). */
export function health(store: ReadStore): Health {
  const systems = store.releases().filter((r) => r.isDefault).length;
  if (systems === 0) throw new AppError('unavailable', `${store.path} has no default release of any code system`);
  return { status: 'ok', database: store.path, builtAt: store.meta<string>('built_at'), buildId: buildIdOf(store), systems };
}
