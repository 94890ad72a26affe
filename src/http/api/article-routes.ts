/** The plain-language article of a code (docs/articles.md): sections of cited statements and their sources. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { ErrorSchema, SystemId } from './schemas.js';

const StatementSchema = z.object({
  text: z.string(),
  citations: z.array(z.number().int()).openapi({ description: 'Numbers (n) of entries of `sources`' }),
  about: z.string().optional().openapi({ description: 'Set when the quoted passage is about a broader condition (an ancestor code)' }),
});

const SectionSchema = z
  .object({
    id: z.string().openapi({ example: 'duration' }),
    title: z.string().openapi({ example: 'Duration' }),
    statements: z.array(StatementSchema).openapi({ description: 'Empty when no source we hold covers the section' }),
    about: z.string().optional().openapi({ description: 'The parent category the passages of this section speak of' }),
  })
  .openapi('ArticleSection');

const SourceSchema = z
  .object({
    n: z.number().int(),
    title: z.string(),
    publisher: z.string(),
    release: z.string(),
    url: z.string().nullable(),
    topic: z.string().optional().openapi({ description: 'The topic (passage title) of a quoted passage' }),
  })
  .openapi('ArticleSource');

export const ArticleSchema = z
  .object({
    system: z.string(),
    code: z.string(),
    kind: z.enum(['procedure', 'diagnosis']),
    sections: z.array(SectionSchema),
    sources: z.array(SourceSchema),
  })
  .openapi('Article');

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
