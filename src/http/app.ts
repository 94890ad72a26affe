/** The HTTP application: JSON API, pages and health, testable in-process with app.request(). */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Medcodes } from '../app/medcodes.js';
import { AppError } from '../domain/errors.js';
import { apiRoutes } from './api/routes.js';
import { SITE_CSS } from './assets/site-css.js';
import { jsonError } from './errors.js';
import { pageRoutes } from './pages/routes.js';

export interface AppDeps {
  medcodes: Medcodes;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', compress());
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Content-Security-Policy')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
    }
  });
  app.get('/healthz', (c) => {
    try {
      return c.json(deps.medcodes.health());
    } catch (err) {
      return jsonError(c, err);
    }
  });
  app.get('/assets/site.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(SITE_CSS);
  });
  app.route('/api/v1', apiRoutes(deps.medcodes));
  app.all('/api/*', (c) => jsonError(c, new AppError('not-found', `no API route ${c.req.method} ${c.req.path}`)));
  app.route('/', pageRoutes(deps.medcodes));
  return app;
}
