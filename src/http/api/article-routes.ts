/** The plain-language article of a code (docs/articles.md): sections of cited statements and their sources. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { ArticleSchema } from '../../features/articles/index.js';
import { CodeParamsSchema, errorResponses, jsonResponse } from './schemas.js';

const articleRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/article',
  summary: 'The plain-language article of a code: every statement cites a public source',
  request: {
    params: CodeParamsSchema,
  },
  responses: { ...jsonResponse(ArticleSchema, 'The article'), ...errorResponses(400, 404) },
});

export function registerArticleRoutes(api: OpenAPIHono, medcodes: Medcodes): void {
  api.openapi(articleRoute, (c) => {
    const { system, code } = c.req.valid('param');
    return c.json(medcodes.article(system, code), 200);
  });
}
