/** Response and parameter schemas of the JSON API: one declaration gives validation, types and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import { APP_ERROR_KINDS } from '../../core/errors.js';
import { CODE_SYSTEMS } from '../../core/systems.js';

export const SystemId = z.enum(CODE_SYSTEMS).openapi({ example: 'icd10cm', description: 'Code system id' });

/** Every error answer of the JSON API (http/errors.ts types its bodies from this schema). */
export const ErrorSchema = z
  .object({
    error: z.object({
      kind: z.enum(APP_ERROR_KINDS),
      message: z.string(),
      field: z.string().optional(),
      problems: z.array(z.string()).optional(),
    }),
  })
  .openapi('Error');

/** The `{system}` and `{code}` path parameters of every /codes/{system}/{code}… route. */
export const CodeParamsSchema = z.object({
  system: SystemId.openapi({ param: { name: 'system', in: 'path' } }),
  code: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'E11.9' }),
});

/** The 200 answer of a route: `schema` as JSON. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
});

/** One error answer (ErrorSchema) with its own description. */
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

const ERROR_DESCRIPTIONS = { 400: 'Invalid request', 404: 'Not found' } as const;

/** The error answers a route documents, by status: `...errorResponses(400, 404)`. */
export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]): Record<S, ReturnType<typeof errorResponse>> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(ERROR_DESCRIPTIONS[s])])) as Record<S, ReturnType<typeof errorResponse>>;
}

// The view schemas are declared once by the codes feature (features/codes/view-schemas.ts), with their
// OpenAPI component names; the TypeScript types are inferred from them. Here they are only re-exported.
export {
  CodeRefSchema,
  CodeViewSchema,
  NoteSchema,
  ReleaseRefSchema,
  ReleaseViewSchema as ReleaseSchema,
  SystemViewSchema as SystemSchema,
} from '../../features/codes/index.js';
