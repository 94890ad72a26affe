import { Hono } from 'hono';
import type { Medcodes } from '../../app/medcodes.js';
import type { CodeView } from '../../app/views.js';
import { AppError } from '../../domain/errors.js';
import { STATUS_OF, toAppError } from '../errors.js';
import { CodePage } from './code-page.js';
import { ErrorPage } from './error-page.js';
import { HomePage } from './home-page.js';
import { codeCandidatesFromSegment, codeHref } from './paths.js';

function resolveCode(medcodes: Medcodes, system: string, segment: string): CodeView {
  let lastError: unknown = new AppError('not-found', `no code in "${segment}"`);
  for (const candidate of codeCandidatesFromSegment(segment)) {
    try {
      return medcodes.lookupCode(system, candidate);
    } catch (err) {
      if (!(err instanceof AppError) || err.kind !== 'not-found') throw err;
      lastError = err;
    }
  }
  throw lastError;
}

export function pageRoutes(medcodes: Medcodes): Hono {
  const pages = new Hono();
  pages.onError((err, c) => {
    const appError = toAppError(err);
    return c.html(<ErrorPage error={appError} />, STATUS_OF[appError.kind]);
  });
  pages.get('/', (c) => c.html(<HomePage systems={medcodes.systems()} />));
  pages.get('/code/:system/:segment', (c) => {
    const { system, segment } = c.req.param();
    const view = resolveCode(medcodes, system, segment);
    const canonical = codeHref(view.system, view.code, view.display);
    if (c.req.path !== canonical) return c.redirect(canonical, 301);
    return c.html(<CodePage view={view} canonical={canonical} />);
  });
  pages.notFound((c) => c.html(<ErrorPage error={new AppError('not-found', `There is no page at ${c.req.path}.`)} />, 404));
  return pages;
}
