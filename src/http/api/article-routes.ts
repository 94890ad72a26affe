/** The plain-language article of a code (docs/articles.md): sections of cited statements and their sources. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { ArticleSchema } from '../../features/articles/index.js';
import { ErrorSchema, SystemId } from './schemas.js';

const articleRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/article',
  summary: 'The plain-language article of a code: every statement cites a public source',
  request: {
    params: z.object({
      system: SystemId.openapi({ param: { name: 'system', in: 'path' } }),
      code: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'code', in: 'path' }, example: 'E11.9' }),
    }),
  },
  responses: {
    200: { description: 'The article', content: { 'application/json': { schema: ArticleSchema } } },
    400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
    404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

export function registerArticleRoutes(api: OpenAPIHono, medcodes: Medcodes): void {
  api.openapi(articleRoute, (c) => {
    const { system, code } = c.req.valid('param');
    return c.json(medcodes.article(system, code), 200);
  });
}
