/** Response and parameter schemas of the JSON API: one declaration gives validation, types and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import * as views from '../../app/view-schemas.js';
import { CODE_SYSTEMS } from '../../domain/systems.js';

export const SystemId = z.enum(CODE_SYSTEMS).openapi({ example: 'icd10cm', description: 'Code system id' });

export const ErrorSchema = z
  .object({
    error: z.object({
      kind: z.enum(['not-found', 'invalid', 'unsupported', 'conflict', 'internal']),
      message: z.string(),
      field: z.string().optional(),
      problems: z.array(z.string()).optional(),
    }),
  })
  .openapi('Error');

// The view schemas are declared once in app/view-schemas.ts (the types are inferred from them); here they
// only get their OpenAPI names.
export const ReleaseRefSchema = views.ReleaseRefSchema.openapi('ReleaseRef');
export const CodeRefSchema = views.CodeRefSchema.openapi('CodeRef');
export const NoteSchema = views.NoteSchema.openapi('Note');
export const CodeViewSchema = views.CodeViewSchema.openapi('Code');
export const SystemSchema = views.SystemViewSchema.openapi('System');
export const ReleaseSchema = views.ReleaseViewSchema.openapi('Release');

export const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.string(), builtAt: z.string().nullable(), systems: z.number().int() })
  .openapi('Health');
