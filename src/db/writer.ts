/**
 * Builds a new database file from a stream of records. Everything goes into a temporary file
 * beside the target; only after every check passes is it renamed over the old database, so a
 * failed or interrupted build leaves the previous database untouched. The writer knows no table:
 * features give it their insert functions by record type and their finishing steps
 * (db/steps.ts); the composition (src/app/features.ts) gives it the migrations in order.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import type { SourceRecord } from '../core/records.js';
import { type BuildStep, checkFailures, runSteps } from './steps.js';
import type { RunningTask } from './workers/task.js';

/** Insert functions by record type. */
export type RecordWriters = { [T in SourceRecord['type']]?: (record: Extract<SourceRecord, { type: T }>) => void };

/** What a feature contributes to a build. */
export interface FeatureBuild {
  name: string;
  /** Prepared once per build file. */
  writers?: (db: Database.Database) => RecordWriters;
  steps?: readonly BuildStep[];
}

export interface BuildPlan {
  /** Applied in order to the new file; their count is the schema version. */
  migrations: readonly string[];
  features: readonly FeatureBuild[];
}

interface WriterSummary {
  /** Results of the finishing steps, by step name. */
  results: ReadonlyMap<string, unknown>;
  /** Records written, by type. */
  written: Record<string, number>;
}

const TEMP_MARK = '.building-';

/** Remove temporary files left by builds that were killed (their process is gone). */
export function removeStaleBuildFiles(target: string): string[] {
  const dir = dirname(target);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(target)}${TEMP_MARK}`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class DatabaseWriter {
  readonly target: string;
  readonly tempPath: string;
  private readonly db: Database.Database;
  private readonly plan: BuildPlan;
  private readonly dispatch: Map<string, (record: SourceRecord) => void>;
  private readonly meta: Database.Statement;
  private readonly written: Record<string, number> = {};
  private finished = false;
  private readonly running: Array<RunningTask<unknown>> = [];

  constructor(target: string, plan: BuildPlan) {
    this.target = target;
    this.plan = plan;
    this.tempPath = `${target}${TEMP_MARK}${process.pid}-${Date.now()}`;
    this.db = new Database(this.tempPath);
    // The temporary file is thrown away on any failure, so durability during the build is not needed.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
    for (const sql of plan.migrations) this.db.exec(sql);
    this.db.pragma(`user_version = ${plan.migrations.length}`);
    this.meta = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.dispatch = new Map();
    for (const feature of plan.features) {
      for (const [type, write] of Object.entries(feature.writers?.(this.db) ?? {})) {
        if (this.dispatch.has(type)) throw new AppError('internal', `two features store "${type}" records (the second is ${feature.name})`);
        this.dispatch.set(type, write as (record: SourceRecord) => void);
      }
    }
    this.db.exec('BEGIN');
  }

  write(record: SourceRecord): void {
    const write = this.dispatch.get(record.type);
    if (!write) throw new AppError('internal', `no feature stores "${record.type}" records`);
    this.written[record.type] = (this.written[record.type] ?? 0) + 1;
    write(record);
  }

  setMeta(key: string, value: unknown): void {
    this.meta.run(key, JSON.stringify(value));
  }

  /**
   * Finish the build: run every feature's finishing steps (db/steps.ts; snapshot steps in worker
   * threads when `workers`, docs/adr/0006-parallel-build.md), gather the query planner's
   * statistics, then atomically replace the target. Throws (and removes the temporary file) when
   * a check fails.
   */
  async finish(onStep: (step: string) => void = () => undefined, workers = false): Promise<WriterSummary> {
    try {
      this.db.exec('COMMIT');
      this.db.pragma('journal_mode = WAL');
      this.db.exec('BEGIN');
      const steps = this.plan.features.flatMap((f) => f.steps ?? []);
      const results = await runSteps(this.db, steps, {
        tempPath: this.tempPath,
        target: this.target,
        workers,
        onStep,
        track: (task) => this.track(task),
        last: () => {
          this.setMeta('built_at', new Date().toISOString());
          this.db.exec('COMMIT');
          onStep('statistics for the query planner');
          this.db.exec('ANALYZE');
          this.db.exec('BEGIN');
        },
      });
      this.db.exec('COMMIT');
      const failures = checkFailures(steps, results);
      if (failures.length > 0) throw new AppError('internal', `integrity checks failed: ${failures.join('; ')}`, undefined, failures);
      this.db.pragma('journal_mode = DELETE');
      this.db.close();
      renameSync(this.tempPath, this.target);
      this.finished = true;
      return { results, written: { ...this.written } };
    } catch (err) {
      await this.abort();
      throw err;
    }
  }

  private track<T>(task: RunningTask<T>): Promise<T> {
    if (this.finished) void task.stop(); // started by a promise that settled after an abort
    this.running.push(task as RunningTask<unknown>);
    return task.result;
  }

  /** Throw the build away: work still running beside is stopped, the target is not touched. */
  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await Promise.allSettled(this.running.map((w) => w.stop()));
    try {
      if (this.db.open) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.db.close();
      }
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${this.tempPath}${suffix}`, { force: true });
    }
  }
}
