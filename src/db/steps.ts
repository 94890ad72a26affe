/**
 * The build-step registry's runner. Every feature declares the steps that finish a build (name,
 * the steps it runs after, and either `run` on the write connection or `snapshot`, a read-only
 * function of the committed file that runs in a worker thread when there is a core to spare);
 * `runSteps` runs the graph: in-thread steps one at a time in a stable order, snapshot steps beside
 * them as soon as what they read is committed. The result does not depend on the workers: a
 * snapshot step reads only what the steps it runs after wrote.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import { type RunningTask, startTask } from './workers/task.js';

type StepResults = ReadonlyMap<string, unknown>;

interface StepContext {
  /** The build file's write connection. */
  db: Database.Database;
  /** Results of the steps run so far, by name. */
  results: StepResults;
  /** Say what is being done now (progress lines). */
  onStep: (step: string) => void;
  /** The database this build will replace (it may not exist). */
  target: string;
}

interface SnapshotWork {
  /** The module that exports the function; it runs in a worker thread when workers are on. */
  module: URL;
  /** `export function name(db: Database.Database, input): result` — reads only. */
  exportName: string;
  /** Its input, from the results of the steps it runs after (structured-clonable). */
  input?: (results: StepResults) => unknown;
}

export interface BuildStep {
  /** Unique; shown as progress. */
  name: string;
  /**
   * The steps whose tables or results this one needs. `'*'` stands for every in-thread step that
   * does not itself wait for this one (a check of the finished file).
   */
  after: readonly string[];
  /** Work on the write connection, in this thread (inside the build transaction unless `outsideTransaction`). */
  run?: (ctx: StepContext) => unknown;
  /** Read-only work on the committed file (see SnapshotWork). */
  snapshot?: SnapshotWork;
  /** ATTACH and the like cannot run inside a transaction. */
  outsideTransaction?: boolean;
  /** A check: its result is `{ failures: string[] }`, and any failure stops the build before the file replaces the old one. */
  check?: boolean;
  /** Run only when this says so (its result is then undefined). */
  when?: (results: StepResults) => boolean;
}

export interface RunOptions {
  tempPath: string;
  target: string;
  /** Snapshot steps in worker threads (else in this thread, at the same point of the graph). */
  workers: boolean;
  onStep: (step: string) => void;
  /** Keep hold of running workers so that an abort can stop them. */
  track: <T>(task: RunningTask<T>) => Promise<T>;
  /** Runs once no in-thread step is left, beside the snapshot steps still running. */
  last?: () => void;
}

const STEP_WORKER = new URL('./workers/step-worker.ts', import.meta.url);

/** The steps in an order that runs each after what it names; throws on unknown names, duplicates and cycles. */
export function orderSteps(declared: readonly BuildStep[]): BuildStep[] {
  const steps = expandAll(declared);
  const byName = new Map<string, BuildStep>();
  for (const step of steps) {
    if (byName.has(step.name)) throw new AppError('internal', `build step "${step.name}" is declared twice`);
    byName.set(step.name, step);
  }
  for (const step of steps)
    for (const name of step.after)
      if (!byName.has(name)) throw new AppError('internal', `build step "${step.name}" runs after "${name}", which no feature declares`);
  const ordered: BuildStep[] = [];
  const placed = new Set<string>();
  while (ordered.length < steps.length) {
    const next = steps.find((s) => !placed.has(s.name) && s.after.every((n) => placed.has(n)));
    if (!next) {
      const stuck = steps.filter((s) => !placed.has(s.name)).map((s) => s.name);
      throw new AppError('internal', `build steps wait for each other in a cycle: ${stuck.join(', ')}`);
    }
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

/** `after: ['*', …]` → every in-thread step that does not wait for this one, directly or not. */
function expandAll(steps: readonly BuildStep[]): BuildStep[] {
  const waitsFor = (step: BuildStep, name: string, seen = new Set<string>()): boolean => {
    if (step.after.includes(name)) return true;
    for (const dep of step.after) {
      const d = steps.find((s) => s.name === dep);
      if (d && !seen.has(dep)) {
        seen.add(dep);
        if (waitsFor(d, name, seen)) return true;
      }
    }
    return false;
  };
  return steps.map((step) => {
    if (!step.after.includes('*')) return step;
    const all = steps.filter((s) => s !== step && !s.snapshot && !s.after.includes('*') && !waitsFor(s, step.name)).map((s) => s.name);
    return { ...step, after: [...new Set([...step.after.filter((n) => n !== '*'), ...all])] };
  });
}

/** Run the graph on the build file; `db` is in a transaction on entry and on return. */
export async function runSteps(db: Database.Database, steps: readonly BuildStep[], options: RunOptions): Promise<Map<string, unknown>> {
  const pending = orderSteps(steps);
  let last = options.last;
  const results = new Map<string, unknown>();
  const running = new Map<string, Promise<void>>();
  const ctx: StepContext = { db, results, onStep: options.onStep, target: options.target };
  const isReady = (s: BuildStep) => s.after.every((n) => results.has(n));
  const take = (s: BuildStep) => pending.splice(pending.indexOf(s), 1);
  while (pending.length > 0 || running.size > 0) {
    const snapshots = pending.filter((s) => s.snapshot && isReady(s));
    if (snapshots.length > 0) {
      // What they read must be committed: readers in other threads see only commits.
      db.exec('COMMIT');
      db.exec('BEGIN');
      for (const step of snapshots) {
        take(step);
        if (step.when && !step.when(results)) {
          results.set(step.name, undefined);
          continue;
        }
        const work = step.snapshot as SnapshotWork;
        const input = work.input?.(results);
        if (!options.workers) {
          options.onStep(step.name);
          results.set(step.name, await runHere(db, work, input));
          continue;
        }
        const task = startTask<unknown>(STEP_WORKER, {
          path: options.tempPath,
          stepModule: work.module.href,
          exportName: work.exportName,
          input,
        });
        running.set(
          step.name,
          options.track(task).then((value) => {
            results.set(step.name, value);
            running.delete(step.name);
          }),
        );
      }
      continue;
    }
    const next = pending.find((s) => isReady(s));
    if (next) {
      take(next);
      if (next.when && !next.when(results)) {
        results.set(next.name, undefined);
        continue;
      }
      options.onStep(next.name);
      if (next.outsideTransaction) db.exec('COMMIT');
      try {
        results.set(next.name, await next.run?.(ctx));
      } finally {
        if (next.outsideTransaction) db.exec('BEGIN');
      }
      continue;
    }
    if (last && pending.every((s) => s.snapshot)) {
      last();
      last = undefined;
      continue;
    }
    // Only snapshot steps are left to finish, or steps that wait for them.
    await Promise.race(running.values());
  }
  last?.();
  return results;
}

async function runHere(db: Database.Database, work: SnapshotWork, input: unknown): Promise<unknown> {
  const module = (await import(work.module.href)) as Record<string, (db: Database.Database, input: unknown) => unknown>;
  const run = module[work.exportName];
  if (typeof run !== 'function') throw new AppError('internal', `${work.module.pathname} exports no function ${work.exportName}`);
  return run(db, input);
}

/** The failures of every check step, in step order. */
export function checkFailures(steps: readonly BuildStep[], results: StepResults): string[] {
  return steps
    .filter((s) => s.check)
    .flatMap((s) => ((results.get(s.name) as { failures?: string[] } | undefined)?.failures ?? []).map(String));
}
