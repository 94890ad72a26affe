/**
 * The request workers and their supervisor (docs/adr/0009-serving-on-every-core.md). Each worker
 * thread answers one request at a time; requests wait in one queue for the first free worker. Every
 * request has a time budget counted from its arrival: past it the caller gets a `timeout` answer.
 * A worker that has spent the whole budget on one request is stuck in synchronous work that cannot
 * be interrupted, so it is terminated and replaced; one that took the request late (it waited in the
 * queue) finishes it and its answer is dropped. Replacing that one too had made overload spiral:
 * a new worker spends seconds opening and warming the database while the queue times out, and every
 * request it then takes late costs it again (bench:load: 40 req/s, 99% timeouts, instead of 600). Reload asks every worker to reopen the database between two requests.
 */
import type { Worker } from 'node:worker_threads';
import { reviveError, startWorker } from '../core/thread.js';
import type { AnswerStats, FromWorker, ToWorker, WorkerHealth } from './worker-protocol.js';

const REQUEST_WORKER = new URL('./request-worker.ts', import.meta.url);

interface WorkerRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body: Uint8Array | null;
}

interface WorkerAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array;
  stats: AnswerStats;
}

export type PoolOutcome = { ok: true; answer: WorkerAnswer } | { ok: false; reason: 'timeout' | 'unavailable' | 'worker-died' };

interface Job {
  id: number;
  request: WorkerRequest;
  resolve(outcome: PoolOutcome): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
  /** When a worker took it (performance.now()). */
  startedAt?: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  health: WorkerHealth | null;
  /** Set when the slot was retired (timed out, died, closing): its messages are ignored. */
  retired: boolean;
  /** Ends the worker if its request runs the whole budget (set once that request's caller got its timeout). */
  stuck: NodeJS.Timeout | null;
}

interface PoolEvents {
  onWorkerReplaced?(reason: string): void;
  onLog?(level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closing = false;
  private reloadWaiters: Array<{ pending: Set<Slot>; done(errors: string[]): void; errors: string[] }> = [];

  constructor(
    private readonly db: string,
    private readonly size: number,
    private readonly budgetMs: number,
    private readonly maxQueued: number,
    private readonly events: PoolEvents = {},
  ) {}

  /** Start every worker; resolves when all opened and checked the database, rejects with the first failure. */
  async start(): Promise<void> {
    await Promise.all(Array.from({ length: this.size }, () => this.spawn()));
  }

  /** Health of the database as the workers see it (null until one is ready). */
  health(): WorkerHealth | null {
    return this.slots.find((s) => s.ready && s.health)?.health ?? null;
  }

  readyWorkers(): number {
    return this.slots.filter((s) => s.ready && !s.retired).length;
  }

  busyWorkers(): number {
    return this.slots.filter((s) => s.job !== null).length;
  }

  queued(): number {
    return this.queue.length;
  }

  /** Requests accepted and not yet answered (queued or in a worker). */
  inFlight(): number {
    return this.queue.length + this.busyWorkers();
  }

  run(request: WorkerRequest): Promise<PoolOutcome> {
    if (this.closing || this.queue.length >= this.maxQueued) return Promise.resolve({ ok: false, reason: 'unavailable' });
    return new Promise((resolve) => {
      const job: Job = {
        id: this.nextId++,
        request,
        resolve,
        timer: setTimeout(() => this.expire(job), this.budgetMs),
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Reopen the database in every worker, each between two requests; resolves with the failures. */
  reload(): Promise<string[]> {
    const live = this.slots.filter((s) => !s.retired);
    if (live.length === 0) return Promise.resolve([]);
    return new Promise((done) => {
      this.reloadWaiters.push({ pending: new Set(live), done, errors: [] });
      for (const slot of live) this.post(slot, { t: 'reload' });
    });
  }

  /** Stop every worker now (after draining: requests still running are answered `unavailable`). */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) this.finish(job, { ok: false, reason: 'unavailable' });
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.retired = true;
        if (slot.stuck) clearTimeout(slot.stuck);
        if (slot.job) this.finish(slot.job, { ok: false, reason: 'unavailable' });
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Promise<void> {
    const worker = startWorker(REQUEST_WORKER, { db: this.db });
    const slot: Slot = { worker, ready: false, job: null, health: null, retired: false, stuck: null };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        if (slot.retired) return;
        if (message.t === 'ready') {
          slot.ready = true;
          slot.health = message.health;
          resolve();
          this.dispatch();
        } else if (message.t === 'failed') {
          this.retire(slot);
          reject(reviveError(message.error));
        } else if (message.t === 'response') {
          const job = slot.job;
          slot.job = null;
          if (slot.stuck) clearTimeout(slot.stuck);
          slot.stuck = null;
          if (job && job.id === message.id) this.finish(job, { ok: true, answer: message });
          this.dispatch();
        } else if (message.t === 'reloaded' || message.t === 'reload-failed') {
          if (message.t === 'reloaded') slot.health = message.health;
          this.reloadDone(slot, message.t === 'reload-failed' ? reviveError(message.error).message : null);
        }
      });
      worker.on('error', (err) => {
        this.events.onLog?.('error', 'request worker failed', { err: err.message });
        reject(err);
      });
      worker.on('exit', (code) => {
        if (slot.retired) return;
        this.retire(slot);
        if (slot.job) this.finish(slot.job, { ok: false, reason: 'worker-died' });
        slot.job = null;
        if (!slot.ready) return reject(new Error(`a request worker stopped while starting (exit code ${code})`));
        this.replace(`worker exited with code ${code}`);
      });
    });
  }

  private replace(reason: string): void {
    if (this.closing) return;
    this.events.onWorkerReplaced?.(reason);
    this.spawn().catch((err: Error) => this.events.onLog?.('error', 'a replacement request worker failed to start', { err: err.message }));
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    slot.ready = false;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.reloadDone(slot, null);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.retired || slot.job) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      job.slot = slot;
      job.startedAt = performance.now();
      this.post(slot, { t: 'request', id: job.id, ...job.request });
    }
  }

  private post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message);
  }

  private expire(job: Job): void {
    const queuedAt = this.queue.indexOf(job);
    if (queuedAt >= 0) this.queue.splice(queuedAt, 1);
    const slot = job.slot;
    if (slot && slot.job === job && !slot.retired) {
      const ranMs = performance.now() - (job.startedAt ?? 0);
      if (ranMs >= this.budgetMs) this.giveUp(slot, job);
      else slot.stuck = setTimeout(() => slot.job === job && !slot.retired && this.giveUp(slot, job), this.budgetMs - ranMs);
    }
    this.finish(job, { ok: false, reason: 'timeout' });
  }

  /** The worker is stuck in synchronous work (a query cannot be interrupted): end and replace it. */
  private giveUp(slot: Slot, job: Job): void {
    this.retire(slot);
    slot.job = null;
    void slot.worker.terminate();
    this.replace(`request over its ${this.budgetMs} ms budget: ${job.request.method} ${new URL(job.request.url).pathname}`);
  }

  private finish(job: Job, outcome: PoolOutcome): void {
    clearTimeout(job.timer);
    job.resolve(outcome);
  }

  private reloadDone(slot: Slot, error: string | null): void {
    for (const waiter of this.reloadWaiters) {
      if (!waiter.pending.delete(slot)) continue;
      if (error) waiter.errors.push(error);
      if (waiter.pending.size === 0) waiter.done(waiter.errors);
    }
    this.reloadWaiters = this.reloadWaiters.filter((w) => w.pending.size > 0);
  }
}
