/**
 * Crosswalk, history, validation and similar-code routes of the JSON API (docs/crosswalks-history.md).
 * The code view (/codes/{system}/{code}) stays light: crosswalks, history and similar codes have
 * routes of their own, and the code view only carries `status` and `laterChanges`.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import * as views from '../../app/view-schemas.js';
import { ErrorSchema, SystemId } from './schemas.js';

const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

const str = z.string();
const nstr = z.string().nullable();
const nbool = z.boolean().nullable();
const nint = z.number().int().nullable();

const codeParams = z.object({
  system: SystemId.openapi({ param: { name: 'system', in: 'path' } }),
  code: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'E11.9' }),
});

const CrosswalkCodeSchema = z.object({ system: str, code: str, display: nstr, current: nbool }).openapi('CrosswalkCode');

const CrosswalkEntrySchema = z
  .object({
    target: CrosswalkCodeSchema.nullable().openapi({ description: 'null for a "no map" row' }),
    approximate: nbool,
    noMap: z.boolean(),
    combination: nbool,
    scenario: nint,
    choiceList: nint,
    flags: nstr.openapi({ description: 'The five GEM flag digits as published', example: '10111' }),
    meaning: str,
    source: str.openapi({ example: 'gem-cm' }),
    sourceRelease: str.openapi({ example: 'FY2018' }),
  })
  .openapi('CrosswalkEntry');

const HccSchema = z
  .object({ model: str.openapi({ example: 'CMS-HCC V28' }), category: str, release: str, inPreviousYear: nbool })
  .openapi('HccMapping');

const AddonSchema = z
  .object({
    code: str,
    system: str,
    display: nstr,
    editType: nstr,
    editTypeMeaning: str,
    effectiveDate: nstr,
    deletionDate: nstr,
    notes: nstr,
    release: str,
  })
  .openapi('AddOnEdit');

const CrosswalksSchema = z
  .object({
    system: SystemId,
    code: str,
    gems: z.array(z.object({ from: str, to: str, direction: z.enum(['forward', 'reverse']), entries: z.array(CrosswalkEntrySchema) })),
    hcc: z.array(HccSchema),
    primaryCodes: z.array(AddonSchema).openapi({ description: 'For an add-on code: the primary codes it may be reported with' }),
    addOnCodes: z.array(AddonSchema).openapi({ description: 'For a primary code: its add-on codes' }),
    mue: z.object({ unitsPerDay: nint, adjudicationIndicator: nint, adjudicationText: nstr, rationale: nstr, release: str }).nullable(),
  })
  .openapi('Crosswalks');

const TranslationSchema = z
  .object({
    from: CrosswalkCodeSchema,
    to: str,
    direction: z.enum(['forward', 'reverse', 'hcc']),
    mappings: z.array(CrosswalkEntrySchema),
    hcc: z.array(HccSchema).optional(),
    note: str,
  })
  .openapi('Translation');

export const HistoryEventSchema = views.HistoryEventSchema.openapi('HistoryEvent');

const ReplacementSchema = z.object({ code: str, codeEnd: nstr, effectiveDate: str, source: str }).openapi('Replacement');

const HistorySchema = z
  .object({
    system: SystemId,
    code: str,
    display: str,
    releases: z.array(z.object({ id: str, label: str })),
    firstRelease: nstr,
    status: z.enum(['current', 'deleted', 'deleted-pending']),
    events: z.array(HistoryEventSchema),
    replaced: z.array(ReplacementSchema),
    replacedBy: z.array(ReplacementSchema),
  })
  .openapi('History');

const ValidationSchema = z
  .object({
    system: SystemId,
    code: str,
    date: str,
    answer: z.enum(['valid', 'not-valid', 'unknown']).openapi({
      description: '"unknown" when no release held covers the date or the code is only partly known (valid is then false)',
    }),
    valid: z.boolean(),
    billable: z.boolean(),
    release: z.object({ id: str, label: str }).nullable(),
    reason: str,
    flags: z.array(str),
  })
  .openapi('Validation');

const SimilarSchema = z
  .object({
    system: SystemId,
    code: str,
    total: z.number().int(),
    items: z.array(
      z.object({
        system: SystemId,
        code: str,
        display: str,
        billable: z.boolean(),
        kind: str,
        score: z.number(),
        reasons: z.array(z.object({ kind: z.enum(['sibling', 'cousin', 'text', 'crosswalk', 'policy']), detail: str })),
      }),
    ),
  })
  .openapi('SimilarCodes');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
});

const crosswalksRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/crosswalks',
  summary: 'GEM crosswalks (both directions, flags spelled out), HCC categories, add-on/primary edits and MUE of a code',
  request: { params: codeParams },
  responses: { ...json(CrosswalksSchema, 'Crosswalks'), ...errors },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/history',
  summary: 'Releases holding a code and how it changed (added, deleted, revised, billable status), with replacements',
  request: { params: codeParams },
  responses: { ...json(HistorySchema, 'History'), ...errors },
});

const similarRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/similar',
  summary: 'Similar codes, each with the reasons it is similar',
  request: {
    params: codeParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(12).openapi({ description: 'At most 50' }) }),
  },
  responses: { ...json(SimilarSchema, 'Similar codes'), ...errors },
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
  responses: { ...json(TranslationSchema, 'Translation'), ...errors },
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
  responses: { ...json(ValidationSchema, 'Validation'), ...errors },
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
