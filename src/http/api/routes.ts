/** The versioned JSON API (/api/v1). Declared once with zod: parsing, types and the OpenAPI document. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { AppError } from '../../core/errors.js';
import { errorBody, jsonError } from '../errors.js';
import { registerArticleRoutes } from './article-routes.js';
import { registerCrosswalkRoutes } from './crosswalk-routes.js';
import { registerPolicyRoutes } from './policy-routes.js';
import { CodeParamsSchema, CodeViewSchema, errorResponses, jsonResponse, ReleaseSchema, SystemSchema } from './schemas.js';
import { registerSearchRoutes } from './search-routes.js';

const codeRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}',
  summary: 'One code with its hierarchy, notes and facts',
  request: {
    params: CodeParamsSchema,
    query: z.object({
      release: z.string().max(20).optional().openapi({ description: 'Release id or label (default: the newest complete release)' }),
    }),
  },
  responses: { ...jsonResponse(CodeViewSchema, 'The code'), ...errorResponses(400, 404) },
});

const systemsRoute = createRoute({
  method: 'get',
  path: '/systems',
  summary: 'Code systems with their default release and size',
  responses: jsonResponse(z.object({ systems: z.array(SystemSchema) }), 'Systems'),
});

const releasesRoute = createRoute({
  method: 'get',
  path: '/releases',
  summary: 'Every release in the database',
  responses: jsonResponse(z.object({ releases: z.array(ReleaseSchema) }), 'Releases'),
});

export function apiRoutes(medcodes: Medcodes): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`);
        const field = result.error.issues[0]?.path.join('.') || undefined;
        return c.json(errorBody(new AppError('invalid', `invalid request: ${problems.join('; ')}`, field, problems)), 400);
      }
      return undefined;
    },
  });
  api.onError((err, c) => jsonError(c, err));
  api.openapi(codeRoute, (c) => {
    const { system, code } = c.req.valid('param');
    const { release } = c.req.valid('query');
    const view = medcodes.lookupCode(system, code, release);
    // CPT without a licensed descriptor: `display` is the public category label, marked as one.
    if (!view.display && view.publicLabel)
      return c.json({ ...view, display: view.publicLabel.text, displayKind: 'category-label' as const }, 200);
    return c.json({ ...view, displayKind: 'descriptor' as const }, 200);
  });
  api.openapi(systemsRoute, (c) => c.json({ systems: medcodes.systems() }, 200));
  api.openapi(releasesRoute, (c) => c.json({ releases: medcodes.releases() }, 200));
  registerSearchRoutes(api, medcodes);
  registerPolicyRoutes(api, medcodes);
  registerCrosswalkRoutes(api, medcodes);
  registerArticleRoutes(api, medcodes);
  api.doc('/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'medcodes API', version: '1', description: 'Search and look up US medical codes.' },
    servers: [{ url: '/api/v1' }],
  });
  api.notFound((c) => jsonError(c, new AppError('not-found', `no API route ${c.req.method} ${c.req.path}`)));
  return api;
}
