/**
 * One computation in a worker thread, for the build's finishing steps that only read the
 * committed temporary database (lay-term links, text neighbours, policy topic links, integrity
 * checks): the build thread goes on writing meanwhile. `startTask` runs in the calling thread;
 * `serveTask` is called by the worker module (step-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reviveError, type SerializedError, serializeError, startWorker } from '../../core/thread.js';

type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

export interface RunningTask<T> {
  result: Promise<T>;
  /** Stop the worker (the result then rejects). */
  stop(): Promise<void>;
}

export function startTask<T>(module: URL, data: object): RunningTask<T> {
  const worker = startWorker(module, data);
  const result = new Promise<T>((resolve, reject) => {
    let replied = false;
    worker.once('message', (reply: Reply<T>) => {
      replied = true;
      if (reply.ok) resolve(reply.value);
      else reject(reviveError(reply.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the worker ${module.pathname.split('/').at(-1)} stopped without an answer (exit code ${code})`));
    });
  });
  result.catch(() => undefined); // a caller that stops the task need not wait for it
  return {
    result,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** In the worker module: compute from workerData and answer once. */
export function serveTask<D, T>(work: (data: D) => T | Promise<T>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTask runs in a worker thread');
  Promise.resolve()
    .then(() => work(workerData as D))
    .then(
      (value) => port.postMessage({ ok: true, value } satisfies Reply<T>),
      (err: unknown) => port.postMessage({ ok: false, error: serializeError(err) } satisfies Reply<T>),
    )
    .finally(() => port.close());
}
