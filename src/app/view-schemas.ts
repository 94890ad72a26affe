/**
 * The views of codes, systems and releases as zod schemas: the one declaration their TypeScript types
 * are inferred from (views.ts) and the JSON API documents (http/api/schemas.ts), so they cannot drift.
 */
import { z } from 'zod';
import { CODE_SYSTEMS } from '../domain/systems.js';

export const SystemIdSchema = z.enum(CODE_SYSTEMS);

export const ReleaseRefSchema = z.object({
  id: z.string(),
  label: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});

export const CodeRefSchema = z.object({
  system: SystemIdSchema,
  code: z.string(),
  display: z.string(),
  kind: z.string(),
  billable: z.boolean(),
});

export const NoteSchema = z.object({
  kind: z.string(),
  text: z.string(),
  /** The code that owns the note: the code itself, or the ancestor it is inherited from. */
  from: z.string(),
  inherited: z.boolean(),
  /** The release of the tabular XML the note comes from ("FY2021"). */
  release: z.string(),
});

export const SevenCharSchema = z.object({ character: z.string(), label: z.string(), from: z.string(), release: z.string() });

export const AxisSchema = z.object({
  position: z.number().int(),
  name: z.string(),
  value: z.string(),
  label: z.string(),
  definition: z.string().optional(),
  explanation: z.string().optional(),
  includes: z.array(z.string()).optional(),
});

export const FactSchema = z.object({
  source: z.string(),
  release: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

export const HistoryEventSchema = z.object({
  change: z.string(),
  release: z.string(),
  releaseLabel: z.string(),
  effectiveDate: z.string(),
  displayBefore: z.string().nullable(),
  displayAfter: z.string().nullable(),
  billableBefore: z.boolean().nullable(),
  billableAfter: z.boolean().nullable(),
  source: z.string(),
  /** True when the event belongs to a change list newer than the default release. */
  pending: z.boolean(),
});

/** A deleted code's page: when it left and what replaced it. */
export const CodeStatusSchema = z.object({
  deleted: z.boolean(),
  /** Release (id, label) and date from which the code is no longer valid. */
  deletedIn: z.object({ release: z.string(), label: z.string(), effectiveDate: z.string() }).nullable(),
  replacedBy: z.array(z.object({ code: z.string(), display: z.string().nullable() })),
});

export const CodeViewSchema = z.object({
  system: SystemIdSchema,
  systemLabel: z.string(),
  code: z.string(),
  display: z
    .string()
    .describe(
      'The official descriptor; for CPT without a licensed descriptor, the public category label ("Category label: …", see displayKind)',
    ),
  displayKind: z.enum(['descriptor', 'category-label']).optional(),
  /** CPT without a licensed descriptor: a public category label (never the descriptor) and what it is built from. */
  publicLabel: z.object({ text: z.string(), sources: z.array(z.string()) }).optional(),
  shortDisplay: z.string().nullable(),
  kind: z.string(),
  billable: z.boolean(),
  release: ReleaseRefSchema,
  /** Is this the default (newest complete) release of the system? */
  current: z.boolean(),
  parent: CodeRefSchema.nullable(),
  /** From the top of the hierarchy (chapter) down to the parent. */
  ancestors: z.array(CodeRefSchema),
  children: z.array(CodeRefSchema),
  childCount: z.number().int(),
  notes: z.array(NoteSchema),
  sevenCharacters: z.array(SevenCharSchema).optional(),
  axes: z.array(AxisSchema).optional(),
  attributes: z.record(z.string(), z.unknown()),
  facts: z.array(FactSchema),
  /** Releases of this system in which the code appears (ids, oldest first). */
  releases: z.array(z.string()),
  /** Why the descriptor is empty, when it is (CPT without a licensed descriptor file). */
  descriptorNotice: z.string().optional(),
  /** Set for a deleted code (shown from the newest release holding it) or one a newer change list deletes. */
  status: CodeStatusSchema.optional(),
  /** Changes newer than the release shown (change lists such as FY2027), with their effective dates. */
  laterChanges: z.array(HistoryEventSchema).optional(),
});

export const SystemViewSchema = z.object({
  system: SystemIdSchema,
  label: z.string(),
  description: z.string(),
  uri: z.string(),
  release: ReleaseRefSchema.nullable(),
  codes: z.number().int(),
  billable: z.number().int(),
});

export const ReleaseViewSchema = ReleaseRefSchema.extend({
  system: z.string(),
  complete: z.boolean(),
  default: z.boolean(),
  codes: z.number().int(),
  billable: z.number().int(),
});
