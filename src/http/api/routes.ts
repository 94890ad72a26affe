/** The versioned JSON API (/api/v1). Declared once with zod: parsing, types and the OpenAPI document. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { AppError } from '../../core/errors.js';
import { errorBody, jsonError } from '../errors.js';
import { registerArticleRoutes } from './article-routes.js';
import { registerCrosswalkRoutes } from './crosswalk-routes.js';
import { registerPolicyRoutes } from './policy-routes.js';
import { CodeViewSchema, ErrorSchema, ReleaseSchema, SystemId, SystemSchema } from './schemas.js';
import { registerSearchRoutes } from './search-routes.js';

const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

const codeRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}',
  summary: 'One code with its hierarchy, notes and facts',
  request: {
    params: z.object({
      system: SystemId.openapi({ param: { name: 'system', in: 'path' } }),
      code: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'code', in: 'path' }, example: 'E11.9' }),
    }),
    query: z.object({
      release: z.string().max(20).optional().openapi({ description: 'Release id or label (default: the newest complete release)' }),
    }),
  },
  responses: { 200: { description: 'The code', content: { 'application/json': { schema: CodeViewSchema } } }, ...errors },
});

const systemsRoute = createRoute({
  method: 'get',
  path: '/systems',
  summary: 'Code systems with their default release and size',
  responses: { 200: { description: 'Systems', content: { 'application/json': { schema: z.object({ systems: z.array(SystemSchema) }) } } } },
});

const releasesRoute = createRoute({
  method: 'get',
  path: '/releases',
  summary: 'Every release in the database',
  responses: {
    200: { description: 'Releases', content: { 'application/json': { schema: z.object({ releases: z.array(ReleaseSchema) }) } } },
  },
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
