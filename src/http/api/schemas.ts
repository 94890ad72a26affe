/** Response and parameter schemas of the JSON API: one declaration gives validation, types and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
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

export const ReleaseRefSchema = z
  .object({ id: z.string(), label: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable() })
  .openapi('ReleaseRef');

export const CodeRefSchema = z
  .object({ system: SystemId, code: z.string(), display: z.string(), kind: z.string(), billable: z.boolean() })
  .openapi('CodeRef');

export const NoteSchema = z
  .object({
    kind: z.string().openapi({ example: 'excludes1' }),
    text: z.string(),
    from: z.string().openapi({ description: 'The code that owns the note (an ancestor when inherited)' }),
    inherited: z.boolean(),
    release: z.string().openapi({ description: 'Release of the tabular XML the note comes from', example: 'FY2021' }),
  })
  .openapi('Note');

export const CodeViewSchema = z
  .object({
    system: SystemId,
    systemLabel: z.string(),
    code: z.string(),
    display: z.string().openapi({
      description:
        'The official descriptor; for CPT without a licensed descriptor, the public category label ("Category label: …", see displayKind)',
    }),
    displayKind: z.enum(['descriptor', 'category-label']).optional(),
    publicLabel: z.object({ text: z.string(), sources: z.array(z.string()) }).optional(),
    shortDisplay: z.string().nullable(),
    kind: z.string(),
    billable: z.boolean(),
    release: ReleaseRefSchema,
    current: z.boolean(),
    parent: CodeRefSchema.nullable(),
    ancestors: z.array(CodeRefSchema),
    children: z.array(CodeRefSchema),
    childCount: z.number().int(),
    notes: z.array(NoteSchema),
    sevenCharacters: z.array(z.object({ character: z.string(), label: z.string(), from: z.string(), release: z.string() })).optional(),
    axes: z
      .array(
        z.object({
          position: z.number().int(),
          name: z.string(),
          value: z.string(),
          label: z.string(),
          definition: z.string().optional(),
          explanation: z.string().optional(),
          includes: z.array(z.string()).optional(),
        }),
      )
      .optional(),
    attributes: z.record(z.string(), z.unknown()),
    facts: z.array(
      z.object({ source: z.string(), release: z.string(), values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
    ),
    releases: z.array(z.string()),
    descriptorNotice: z.string().optional(),
  })
  .openapi('Code');

export const SystemSchema = z
  .object({
    system: SystemId,
    label: z.string(),
    description: z.string(),
    uri: z.string(),
    release: ReleaseRefSchema.nullable(),
    codes: z.number().int(),
    billable: z.number().int(),
  })
  .openapi('System');

export const ReleaseSchema = ReleaseRefSchema.extend({
  system: z.string(),
  complete: z.boolean(),
  default: z.boolean(),
  codes: z.number().int(),
  billable: z.number().int(),
}).openapi('Release');

export const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.string(), builtAt: z.string().nullable(), systems: z.number().int() })
  .openapi('Health');
