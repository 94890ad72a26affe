/**
 * The app-level answer to anything thrown that no route caught: the standard JSON error for API
 * clients, the HTML error page for browsers. Never a plain-text 500 and never a stack trace.
 */
import type { Context } from 'hono';
import type { AppError } from '../core/errors.js';
import { errorBody, STATUS_OF, toAppError, wantsJson } from './errors.js';
import { ErrorPage } from './pages/error-page.js';

export function errorResponse(c: Context, err: unknown): Response | Promise<Response> {
  const appError = toAppError(err);
  const status = STATUS_OF[appError.kind];
  if (wantsJson(c.req.path, c.req.header('accept'))) return c.json(errorBody(appError), status);
  return c.html(<ErrorPage error={appError} />, status);
}

/** The HTML error page on its own (for answers made outside the app: the server's limits and time budget). */
export async function errorPageHtml(error: AppError): Promise<string> {
  return (await (<ErrorPage error={error} />)).toString();
}
