/**
 * GET /api/v1/search and GET /api/v1/autocomplete (docs/search-ranking.md). The answers' schemas are
 * the views' own declarations (app/view-schemas.ts), from which their types are inferred.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { CODE_SYSTEMS, type CodeSystemId } from '../../core/systems.js';
import { AutocompleteSchema, SearchResultSchema } from '../../features/codes/index.js';
import { errorResponse, errorResponses, jsonResponse } from './schemas.js';

const systemList = z
  .string()
  .max(100)
  .optional()
  .transform((v, ctx) => {
    if (!v) return [] as CodeSystemId[];
    const list = v
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    const bad = list.filter((s) => !(CODE_SYSTEMS as readonly string[]).includes(s));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `unknown code system "${bad[0]}": use one of ${CODE_SYSTEMS.join(', ')}` });
    return list as CodeSystemId[];
  })
  .openapi({
    param: { name: 'system', in: 'query' },
    description: 'Code systems, comma-separated (default: all)',
    example: 'icd10cm',
    type: 'string',
  });

const int = (max: number, fallback: number, min = 0) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .optional()
    .default(fallback)
    .openapi({ type: 'integer', minimum: min, maximum: max, default: fallback });

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Search every code system by code, range, words, abbreviations and lay terms',
  request: {
    query: z.object({
      q: z.string().max(500).openapi({ example: 'heart attack', description: 'Query (at most 500 characters)' }),
      system: systemList,
      billable: z.enum(['true', 'false', '1', '0']).optional().openapi({ description: 'Only codes valid for submission' }),
      release: z.string().max(20).optional().openapi({ description: 'Release id or label of the one system searched' }),
      within: z.string().max(20).optional().openapi({ description: 'Only codes under this chapter, section or category key' }),
      limit: int(100, 20, 1),
      offset: int(10_000, 0),
    }),
  },
  responses: {
    ...jsonResponse(SearchResultSchema, 'Hits in rank order'),
    ...errorResponses(400),
    404: errorResponse('No such release of the system'),
  },
});

const autocompleteRoute = createRoute({
  method: 'get',
  path: '/autocomplete',
  summary: 'Suggestions for every keystroke',
  request: {
    query: z.object({ q: z.string().max(500).openapi({ example: 'diab' }), system: systemList, limit: int(20, 10, 1) }),
  },
  responses: { ...jsonResponse(AutocompleteSchema, 'Suggestions'), ...errorResponses(400) },
});

export function registerSearchRoutes(api: OpenAPIHono, medcodes: Medcodes): void {
  api.openapi(searchRoute, (c) => {
    const q = c.req.valid('query');
    const result = medcodes.search({
      q: q.q,
      systems: q.system,
      billable: q.billable === 'true' || q.billable === '1',
      release: q.release,
      within: q.within,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json(result, 200);
  });
  api.openapi(autocompleteRoute, (c) => {
    const q = c.req.valid('query');
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(medcodes.autocomplete(q.q, q.system, q.limit), 200);
  });
}
