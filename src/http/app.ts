/** The HTTP application: JSON API, pages and health, testable in-process with app.request(). */
import { Hono } from 'hono';
import type { Medcodes } from '../app/medcodes.js';
import { AppError } from '../core/errors.js';
import { apiRoutes } from './api/routes.js';
import { assetRoutes } from './assets/routes.js';
import { gzipCompression } from './compression.js';
import { ctssRoutes } from './ctss/routes.js';
import { errorResponse } from './error-response.js';
import { jsonError } from './errors.js';
import { fhirRoutes } from './fhir/routes.js';
import { buildCaching } from './http-cache.js';
import { pageNotFound, pageRoutes } from './pages/routes.js';

interface AppDeps {
  medcodes: Medcodes;
}

/** Pages load only the app's own stylesheet and script: no inline script or style, no other origin. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', gzipCompression());
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });
  app.use(
    '*',
    buildCaching(() => deps.medcodes.buildId()),
  );
  app.get('/healthz', (c) => {
    try {
      return c.json(deps.medcodes.health());
    } catch (err) {
      return jsonError(c, err);
    }
  });
  app.route('/assets', assetRoutes());
  app.route('/api/v1', apiRoutes(deps.medcodes));
  app.route('/fhir', fhirRoutes(deps.medcodes));
  app.route('/api', ctssRoutes(deps.medcodes));
  app.all('/api/*', (c) => jsonError(c, new AppError('not-found', `no API route ${c.req.method} ${c.req.path}`)));
  app.route('/', pageRoutes(deps.medcodes));
  const notFound = pageNotFound(deps.medcodes);
  app.notFound(async (c) => {
    try {
      return await notFound(c);
    } catch (err) {
      return errorResponse(c, err);
    }
  });
  app.onError((err, c) => errorResponse(c, err));
  return app;
}
