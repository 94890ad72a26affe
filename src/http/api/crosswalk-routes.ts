/**
 * Crosswalk, history, validation and similar-code routes of the JSON API (docs/crosswalks-history.md).
 * The code view (/codes/{system}/{code}) stays light: crosswalks, history and similar codes have
 * routes of their own, and the code view only carries `status` and `laterChanges`. The answers' schemas
 * are the views' own declarations (app/relation-views.ts), from which their types are inferred.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { CrosswalksSchema, HistorySchema, TranslationSchema, ValidationSchema } from '../../features/relations/index.js';
import { SimilarSchema } from '../../features/similar/index.js';
import { CodeParamsSchema, errorResponses, jsonResponse, SystemId } from './schemas.js';

const crosswalksRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/crosswalks',
  summary: 'GEM crosswalks (both directions, flags spelled out), HCC categories, add-on/primary edits and MUE of a code',
  request: { params: CodeParamsSchema },
  responses: { ...jsonResponse(CrosswalksSchema, 'Crosswalks'), ...errorResponses(400, 404) },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/history',
  summary: 'Releases holding a code and how it changed (added, deleted, revised, billable status), with replacements',
  request: { params: CodeParamsSchema },
  responses: { ...jsonResponse(HistorySchema, 'History'), ...errorResponses(400, 404) },
});

const similarRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/similar',
  summary: 'Similar codes, each with the reasons it is similar',
  request: {
    params: CodeParamsSchema,
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(12).openapi({ description: 'At most 50' }) }),
  },
  responses: { ...jsonResponse(SimilarSchema, 'Similar codes'), ...errorResponses(400, 404) },
});

const translateRoute = createRoute({
  method: 'get',
  path: '/translate',
  summary: 'Translate a code through the GEMs (icd10cm↔icd9cm, icd10pcs↔icd9pcs) or into HCC categories (to=hcc)',
  request: {
    query: z.object({
      from: z.string().min(1).max(20).openapi({ example: 'icd10cm' }),
      code: z.string().min(1).max(64).openapi({ example: 'E11.9' }),
      to: z.string().min(1).max(20).openapi({ example: 'icd9cm' }),
    }),
  },
  responses: {
    ...jsonResponse(TranslationSchema, 'Translation (an unknown code is an answer: no mappings, and a note)'),
    ...errorResponses(400),
  },
});

const validateRoute = createRoute({
  method: 'get',
  path: '/validate',
  summary: 'Is a code valid and billable on a date of service (fiscal years October 1 to September 30)?',
  request: {
    query: z.object({
      system: SystemId,
      code: z.string().min(1).max(64).openapi({ example: 'E11.9' }),
      date: z.string().max(10).optional().openapi({ example: '2026-03-01', description: 'Date of service, YYYY-MM-DD (default: today)' }),
    }),
  },
  responses: {
    ...jsonResponse(ValidationSchema, 'Validation (an unknown code is an answer: not-valid or unknown)'),
    ...errorResponses(400),
  },
});

export function registerCrosswalkRoutes(api: OpenAPIHono, medcodes: Medcodes): void {
  api.openapi(crosswalksRoute, (c) => {
    const { system, code } = c.req.valid('param');
    return c.json(medcodes.crosswalks(system, code), 200);
  });
  api.openapi(historyRoute, (c) => {
    const { system, code } = c.req.valid('param');
    return c.json(medcodes.history(system, code), 200);
  });
  api.openapi(similarRoute, (c) => {
    const { system, code } = c.req.valid('param');
    return c.json(medcodes.similar(system, code, c.req.valid('query').limit), 200);
  });
  api.openapi(translateRoute, (c) => {
    const { from, code, to } = c.req.valid('query');
    return c.json(medcodes.translate(from, code, to), 200);
  });
  api.openapi(validateRoute, (c) => {
    const { system, code, date } = c.req.valid('query');
    return c.json(medcodes.validate(system, code, date), 200);
  });
}
