/** Messages between the HTTP supervisor (worker-pool.ts) and a request worker (request-worker.ts). */
import type { SerializedError } from '../core/thread.js';

export interface WorkerHealth {
  database: string;
  builtAt: string | null;
  buildId: string;
  systems: number;
}

export type ToWorker =
  | { t: 'request'; id: number; method: string; url: string; headers: Array<[string, string]>; body: Uint8Array | null }
  | { t: 'reload' };

/** What a worker measured while answering, for /metrics. */
export interface AnswerStats {
  /** Milliseconds spent in search and autocomplete use-cases. */
  searchMs: number | null;
  pageCacheHits: number;
  pageCacheMisses: number;
}

export type FromWorker =
  | { t: 'ready'; health: WorkerHealth }
  | { t: 'failed'; error: SerializedError }
  | { t: 'response'; id: number; status: number; headers: Array<[string, string]>; body: Uint8Array; stats: AnswerStats }
  | { t: 'reloaded'; health: WorkerHealth }
  | { t: 'reload-failed'; error: SerializedError };
