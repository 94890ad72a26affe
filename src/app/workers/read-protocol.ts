/** Messages between the build thread (read-pool.ts) and a read worker (read-worker.ts). */
import type { SourceRecord } from '../../core/records.js';
import type { SerializedError } from '../../core/thread.js';
import type { ProgressEvent, ReadOptions } from '../../sources/contract.js';

export const BATCH_RECORDS = 1000;
/** Batches posted and not yet written before the worker pauses (about 200,000 records). */
export const MAX_UNACKED = 200;

export interface ReadJob {
  /** Index of the plug-in in PLUGINS. */
  plugin: number;
  sourcesDir: string;
  options: Omit<ReadOptions, 'onProgress'>;
  /** Absolute paths of unreadable files the operator allowed the build to go without (--allow-missing). */
  skipFiles: string[];
}

export type FromReader =
  | { t: 'detection'; j: number; files: number; missing: string[] }
  | { t: 'batch'; j: number; records: SourceRecord[]; progress: ProgressEvent[] }
  | { t: 'done'; j: number }
  | { t: 'error'; j: number; error: SerializedError };
