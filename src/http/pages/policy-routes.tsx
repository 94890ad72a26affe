/** The policy page route: GET /policy/{id}. Errors become the site's error page. */
import { Hono } from 'hono';
import type { Medcodes } from '../../app/medcodes.js';
import { STATUS_OF, toAppError } from '../errors.js';
import { ErrorPage } from './error-page.js';
import { PolicyPage } from './policy-page.js';

export function policyPageRoutes(medcodes: Medcodes): Hono {
  const app = new Hono();
  app.get('/policy/:id', (c) => {
    try {
      const policy = medcodes.policy(c.req.param('id'));
      return c.html(<PolicyPage policy={policy} />);
    } catch (err) {
      const e = toAppError(err);
      return c.html(<ErrorPage error={e} />, STATUS_OF[e.kind]);
    }
  });
  return app;
}
