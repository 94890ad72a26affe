/**
 * Parallel reading for the build. Plug-in k of the build (registry plug-ins only) is read by worker
 * k mod workers; each worker reads its plug-ins one after the other, ahead of the build thread,
 * which only writes. The build thread writes every plug-in's records in build order, so the
 * database is the same as when everything is read in one thread; a worker pauses once MAX_UNACKED
 * of its batches are unwritten (read-worker.ts).
 */
import type { Worker } from 'node:worker_threads';
import type { SourceRecord } from '../../core/records.js';
import { reviveError, startWorker } from '../../core/thread.js';
import type { ProgressEvent } from '../../sources/contract.js';
import type { FromReader, ReadJob } from './read-protocol.js';

const READ_WORKER = new URL('./read-worker.ts', import.meta.url);

export interface RecordBatch {
  records: SourceRecord[];
  progress: ProgressEvent[];
}

/** The messages of one job, in arrival order, for the build thread to take when it gets there. */
class JobQueue {
  private readonly queue: FromReader[] = [];
  private waiting: ((message: FromReader) => void) | undefined;

  constructor(
    readonly label: string,
    private readonly ack: () => void,
  ) {}

  push(message: FromReader): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(message);
    } else this.queue.push(message);
  }

  private next(): Promise<FromReader> {
    const message = this.queue.shift();
    if (message) return Promise.resolve(message);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async detection(): Promise<{ files: number; missing: string[] }> {
    const message = await this.next();
    if (message.t === 'error') throw reviveError(message.error);
    if (message.t !== 'detection') throw new Error(`the reader of ${this.label} sent ${message.t} before its detection`);
    return { files: message.files, missing: message.missing };
  }

  async *batches(): AsyncGenerator<RecordBatch> {
    for (;;) {
      const message = await this.next();
      if (message.t === 'done') return;
      if (message.t === 'error') throw reviveError(message.error);
      if (message.t !== 'batch') throw new Error(`the reader of ${this.label} sent ${message.t} among its records`);
      yield message;
      this.ack(); // written: the worker may read one batch further
    }
  }
}

export class ReadPool {
  private readonly queues = new Map<number, JobQueue>();
  private readonly workers: Worker[] = [];

  /**
   * `jobs[k]` is the k-th plug-in of the build, or null for one that must be read in the build
   * thread (it is not in the registry). Workers start at once.
   */
  constructor(jobs: ReadonlyArray<{ job: ReadJob; label: string } | null>, workers: number) {
    for (let w = 0; w < workers; w++) {
      const mine = jobs.flatMap((job, k) => (job && k % workers === w ? [{ ...job.job, j: k, label: job.label }] : []));
      if (mine.length === 0) continue;
      const worker = startWorker(READ_WORKER, { jobs: mine });
      this.workers.push(worker);
      for (const job of mine) this.queues.set(job.j, new JobQueue(job.label, () => worker.postMessage(0)));
      let ended = 0;
      worker.on('message', (message: FromReader) => {
        if (message.t === 'done' || message.t === 'error') ended += 1;
        this.queues.get(message.j)?.push(message);
      });
      const fail = (text: string) => {
        for (const job of mine.slice(ended))
          this.queues.get(job.j)?.push({ t: 'error', j: job.j, error: { name: 'Error', message: text } });
      };
      worker.on('error', (err) => fail(`the reader of ${mine[ended]?.label ?? 'a plug-in'} failed: ${err.message}`));
      worker.on('exit', (code) => {
        if (ended < mine.length) fail(`the reader of ${mine[ended]?.label ?? 'a plug-in'} stopped early (exit code ${code})`);
      });
    }
  }

  /** The reading of the k-th plug-in, or undefined when the build thread reads it itself. */
  read(k: number): Promise<{ files: number; missing: string[]; batches: AsyncGenerator<RecordBatch> }> | undefined {
    const queue = this.queues.get(k);
    if (!queue) return undefined;
    return queue.detection().then((detection) => ({ ...detection, batches: queue.batches() }));
  }

  /** Stop every worker (after a failure, or to be sure nothing is left running). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
