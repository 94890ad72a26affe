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
