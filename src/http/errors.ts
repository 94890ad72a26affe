/** The only place that knows HTTP statuses for the error vocabulary. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { AppError, type AppErrorKind } from '../core/errors.js';
import type { ErrorSchema } from './api/schemas.js';

export const STATUS_OF: Record<AppErrorKind, ContentfulStatusCode> = {
  'not-found': 404,
  invalid: 400,
  unsupported: 501,
  conflict: 409,
  internal: 500,
  'too-large': 413,
  'rate-limited': 429,
  timeout: 503,
  unavailable: 503,
};

/** The status of an error: a too-long address is 414 rather than 413. */
export function statusOf(err: AppError): ContentfulStatusCode {
  return err.kind === 'too-large' && err.field === 'url' ? 414 : STATUS_OF[err.kind];
}

/** The JSON error body, inferred from the schema the OpenAPI document gives it. */
export type ErrorBody = z.infer<typeof ErrorSchema>;

export function errorBody(err: AppError): ErrorBody {
  const body: ErrorBody = { error: { kind: err.kind, message: err.message } };
  if (err.field) body.error.field = err.field;
  if (err.problems.length > 0) body.error.problems = err.problems;
  return body;
}

/** Where unexpected errors go (their stack never goes into a response); the server points it at its logger. */
let reportUnexpected: (err: unknown) => void = (err) => console.error(err);

export function onUnexpectedError(report: (err: unknown) => void): void {
  reportUnexpected = report;
}

/**
 * Anything thrown becomes an AppError; unexpected errors are internal and their details stay in the
 * log. A malformed percent-encoding that reached a decoder (URIError) is the client's: a 400.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof URIError) return new AppError('invalid', 'the address has a malformed percent-encoding (%XX)');
  reportUnexpected(err);
  return new AppError('internal', 'internal error');
}

/** decodeURIComponent that never throws: a malformed escape leaves the text as it was. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether the client asked for JSON rather than a page: every /api/ address, or no HTML in Accept. */
export function wantsJson(path: string, accept: string | undefined): boolean {
  if (path.startsWith('/api/') || path === '/api' || path === '/metrics' || path.startsWith('/assets/')) return true;
  return accept !== undefined && !accept.includes('text/html') && accept.includes('application/json');
}

export function jsonError(c: Context, err: unknown): Response {
  const appError = toAppError(err);
  return c.json(errorBody(appError), STATUS_OF[appError.kind]);
}
