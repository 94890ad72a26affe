/**
 * What every worker thread of the build shares: starting one (through boot.mjs, which registers
 * tsx) and carrying an error across the thread boundary with its class and fields.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorKind, SourceError } from './errors.js';

const BOOT = new URL('./boot.mjs', import.meta.url);

/** Start the TypeScript worker module `module` with `data` as its workerData. */
export function startWorker(module: URL, data: object): Worker {
  return new Worker(BOOT, { workerData: { ...data, module: module.href } });
}

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
