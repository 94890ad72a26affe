/**
 * The views of codes, systems, releases and search as zod schemas: the one declaration their TypeScript
 * types are inferred from (views.ts) and the JSON API documents (http/api/), so they cannot drift.
 * `meta({ id })` names the OpenAPI component; the other views are declared the same way in
 * features/relations/views.ts, features/policies/views.ts, features/similar/views.ts and features/articles/article-model.ts.
 */
import { z } from 'zod';
import { MATCH_FIELDS } from '../../core/match-fields.js';
import { CODE_SYSTEMS } from '../../core/systems.js';

const SystemIdSchema = z.enum(CODE_SYSTEMS);

/**
 * A named (meta id) schema or null. Not `.nullable()`: the OpenAPI generator copies the name onto the
 * nullable wrapper, so the named component itself would become nullable wherever it is used.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const ReleaseRefSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  })
  .meta({ id: 'ReleaseRef' });

export const CodeRefSchema = z
  .object({
    system: SystemIdSchema,
    code: z.string(),
    display: z.string(),
    kind: z.string(),
    billable: z.boolean(),
  })
  .meta({ id: 'CodeRef' });

export const NoteSchema = z
  .object({
    kind: z.string(),
    text: z.string(),
    /** The code that owns the note: the code itself, or the ancestor it is inherited from. */
    from: z.string(),
    inherited: z.boolean(),
    /** The release of the tabular XML the note comes from ("FY2021"). */
    release: z.string(),
  })
  .meta({ id: 'Note' });

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

export const HistoryEventSchema = z
  .object({
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
  })
  .meta({ id: 'HistoryEvent' });

/** A deleted code's page: when it left and what replaced it. */
export const CodeStatusSchema = z.object({
  deleted: z.boolean(),
  /** Release (id, label) and date from which the code is no longer valid. */
  deletedIn: z.object({ release: z.string(), label: z.string(), effectiveDate: z.string() }).nullable(),
  replacedBy: z.array(z.object({ code: z.string(), display: z.string().nullable() })),
});

export const CodeViewSchema = z
  .object({
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
    parent: orNull(CodeRefSchema),
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
  })
  .meta({ id: 'Code' });

export const SystemViewSchema = z
  .object({
    system: SystemIdSchema,
    label: z.string(),
    description: z.string(),
    uri: z.string(),
    release: orNull(ReleaseRefSchema),
    codes: z.number().int(),
    billable: z.number().int(),
  })
  .meta({ id: 'System' });

export const ReleaseViewSchema = ReleaseRefSchema.extend({
  system: z.string(),
  complete: z.boolean(),
  default: z.boolean(),
  codes: z.number().int(),
  billable: z.number().int(),
}).meta({ id: 'Release' });

const MatchSchema = z.object({ field: z.enum(MATCH_FIELDS), text: z.string() });

export const SearchHitSchema = z.object({
  system: SystemIdSchema,
  code: z.string(),
  display: z.string(),
  billable: z.boolean(),
  kind: z.string(),
  score: z.number(),
  /** Why the hit matched: the field and the text that matched ("index term "Attack, heart"", correction "alzimer→alzheimer"). */
  matched: z.array(MatchSchema),
  missing: z.array(z.string()).optional().meta({ description: 'Words of the query this code does not cover' }),
});

export const SearchResultSchema = z
  .object({
    query: z.string(),
    total: z.number().int(),
    hits: z.array(SearchHitSchema),
    facets: z.object({ system: z.partialRecord(SystemIdSchema, z.number().int()) }),
    corrected: z
      .array(z.object({ from: z.string(), to: z.string() }))
      .optional()
      .meta({ description: 'Typo corrections applied, when exact terms found too little' }),
    unmatched: z.array(z.string()).optional().meta({ description: 'Words of the query that no code holds, even after correction' }),
    exact: z
      .object({ system: SystemIdSchema, code: z.string() })
      .optional()
      .meta({ description: 'Set when the query is exactly one code of one system: adapters may jump straight to it' }),
  })
  .meta({ id: 'SearchResult' });

export const SuggestionSchema = z.object({ system: SystemIdSchema, code: z.string(), display: z.string(), billable: z.boolean() });

export const AutocompleteSchema = z.object({ query: z.string(), hits: z.array(SuggestionSchema) }).meta({ id: 'Autocomplete' });
