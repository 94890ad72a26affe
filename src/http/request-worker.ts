/**
 * A request worker thread (docs/adr/0009-serving-on-every-core.md): its own read-only connection
 * and its own copy of the app, answering one request at a time for the supervisor (worker-pool.ts),
 * which owns the sockets. A slow query blocks this thread only; the supervisor answers 503 when the
 * request's budget runs out and replaces the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type Medcodes, openReloadableMedcodes } from '../app/medcodes.js';
import { serializeError } from '../core/thread.js';
import { createApp } from './app.js';
import { onUnexpectedError } from './errors.js';
import { PAGE_CACHE_COUNTS } from './pages/page-cache.js';
import type { FromWorker, ToWorker, WorkerHealth } from './worker-protocol.js';

const { db } = workerData as { db: string };
const port = parentPort;
if (!port) throw new Error('request-worker.ts runs as a worker thread');
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

onUnexpectedError((err) => {
  const e = err as Error;
  process.stderr.write(
    `${JSON.stringify({ level: 50, time: Date.now(), msg: 'unexpected error', err: { name: e?.name, message: e?.message, stack: e?.stack } })}\n`,
  );
});

/** Time spent in search use-cases during the current request. */
let searchMs: number | null = null;

function timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      searchMs = (searchMs ?? 0) + performance.now() - start;
    }
  };
}

function checkedHealth(medcodes: Medcodes): WorkerHealth {
  const h = medcodes.health();
  return { database: h.database, builtAt: h.builtAt, buildId: h.buildId, systems: h.systems };
}

let medcodes: ReturnType<typeof openReloadableMedcodes>;
try {
  medcodes = openReloadableMedcodes(db);
  medcodes.warm();
  post({ t: 'ready', health: checkedHealth(medcodes) });
} catch (err) {
  post({ t: 'failed', error: serializeError(err) });
  process.exit(1);
}
/** The facade with search timed; a prototype link keeps every other method and `dbPath` (which follow reloads). */
const measured = Object.create(medcodes) as Medcodes;
measured.search = timed(medcodes.search);
measured.autocomplete = timed(medcodes.autocomplete);
const app = createApp({ medcodes: measured });

async function answer(message: Extract<ToWorker, { t: 'request' }>): Promise<void> {
  searchMs = null;
  const hits = PAGE_CACHE_COUNTS.hits;
  const misses = PAGE_CACHE_COUNTS.misses;
  const init: RequestInit = { method: message.method, headers: message.headers };
  if (message.body && message.method !== 'GET' && message.method !== 'HEAD') init.body = message.body;
  const res = await app.fetch(new Request(message.url, init));
  const body = new Uint8Array(await res.arrayBuffer());
  post(
    {
      t: 'response',
      id: message.id,
      status: res.status,
      headers: [...res.headers.entries()],
      body,
      stats: { searchMs, pageCacheHits: PAGE_CACHE_COUNTS.hits - hits, pageCacheMisses: PAGE_CACHE_COUNTS.misses - misses },
    },
    [body.buffer as ArrayBuffer],
  );
}

/** Messages are handled in arrival order, so a reload waits for the request before it: none fails. */
let chain = Promise.resolve();
port.on('message', (message: ToWorker) => {
  chain = chain.then(async () => {
    if (message.t === 'request') {
      await answer(message).catch((err) => {
        const body = new TextEncoder().encode(JSON.stringify({ error: { kind: 'internal', message: 'internal error' } }));
        process.stderr.write(`${JSON.stringify({ level: 50, time: Date.now(), msg: 'request failed in worker', err: String(err) })}\n`);
        post({
          t: 'response',
          id: message.id,
          status: 500,
          headers: [['content-type', 'application/json']],
          body,
          stats: { searchMs: null, pageCacheHits: 0, pageCacheMisses: 0 },
        });
      });
    } else if (message.t === 'reload') {
      try {
        medcodes.reload();
        post({ t: 'reloaded', health: checkedHealth(medcodes) });
      } catch (err) {
        post({ t: 'reload-failed', error: serializeError(err) });
      }
    }
  });
});
