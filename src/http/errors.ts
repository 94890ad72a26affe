/** The only place that knows HTTP statuses for the error vocabulary. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type AppErrorKind } from '../domain/errors.js';

export const STATUS_OF: Record<AppErrorKind, ContentfulStatusCode> = {
  'not-found': 404,
  invalid: 400,
  unsupported: 501,
  conflict: 409,
  internal: 500,
};

export interface ErrorBody {
  error: { kind: AppErrorKind; message: string; field?: string; problems?: string[] };
}

export function errorBody(err: AppError): ErrorBody {
  const body: ErrorBody = { error: { kind: err.kind, message: err.message } };
  if (err.field) body.error.field = err.field;
  if (err.problems.length > 0) body.error.problems = err.problems;
  return body;
}

/** Anything thrown becomes an AppError; unexpected errors are internal and their details stay in the log. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  console.error(err);
  return new AppError('internal', 'internal error');
}

export function jsonError(c: Context, err: unknown): Response {
  const appError = toAppError(err);
  return c.json(errorBody(appError), STATUS_OF[appError.kind]);
}
