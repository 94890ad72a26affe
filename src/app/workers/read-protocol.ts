/** Messages between the build thread (read-pool.ts) and a read worker (read-worker.ts). */
import { AppError, type AppErrorKind, SourceError } from '../../domain/errors.js';
import type { SourceRecord } from '../../domain/records.js';
import type { ProgressEvent, ReadOptions } from '../../sources/contract.js';

export const BATCH_RECORDS = 1000;
/** Batches posted and not yet written before the worker pauses (about 200,000 records). */
export const MAX_UNACKED = 200;

export interface ReadJob {
  /** Index of the plug-in in PLUGINS. */
  plugin: number;
  sourcesDir: string;
  options: Omit<ReadOptions, 'onProgress'>;
}

export type FromReader =
  | { t: 'detection'; j: number; files: number; missing: string[] }
  | { t: 'batch'; j: number; records: SourceRecord[]; progress: ProgressEvent[] }
  | { t: 'done'; j: number }
  | { t: 'error'; j: number; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  kind?: AppErrorKind;
  field?: string;
  problems?: string[];
  file?: string;
  location?: string;
}

export function serializeError(err: unknown): SerializedError {
  if (err instanceof AppError) return { name: err.name, message: err.message, kind: err.kind, field: err.field, problems: err.problems };
  if (err instanceof SourceError) return { name: err.name, message: err.message, file: err.file, location: err.location };
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { name: 'Error', message: String(err) };
}

/** The same error class and fields on this side of the thread boundary. */
export function reviveError(e: SerializedError): Error {
  if (e.name === 'AppError' && e.kind) return new AppError(e.kind, e.message, e.field, e.problems ?? []);
  if (e.name === 'SourceError' && e.file !== undefined && e.location !== undefined) {
    const err = new SourceError(e.file, e.location, '');
    err.message = e.message;
    return err;
  }
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}
