/**
 * What the crosswalk, history and validation use-cases return, declared once as zod
 * schemas: the TypeScript types are inferred from them (z.infer) and the JSON API documents them
 * (http/api/crosswalk-routes.ts), so the two cannot drift. `meta({ id })` names the OpenAPI component.
 */
import { z } from 'zod';
import { CROSSWALK_SYSTEMS } from '../../core/crosswalk-systems.js';
import { CODE_SYSTEMS } from '../../core/systems.js';
import { HistoryEventSchema, orNull } from '../codes/index.js';

const SystemId = z.enum(CODE_SYSTEMS);
const CrosswalkSystemId = z.enum(CROSSWALK_SYSTEMS);

/** A code of a crosswalk target: ICD-9 codes have no descriptor in the database (display null). */
const CrosswalkCodeSchema = z
  .object({
    system: CrosswalkSystemId,
    code: z.string(),
    display: z.string().nullable(),
    current: z
      .boolean()
      .nullable()
      .meta({ description: 'False when the code is not in the default release of its system (deleted or never there)' }),
  })
  .meta({ id: 'CrosswalkCode' });

/** One GEM row, flags spelled out. */
const CrosswalkEntrySchema = z
  .object({
    target: orNull(CrosswalkCodeSchema).meta({ description: 'null for a "no map" row' }),
    approximate: z.boolean().nullable(),
    noMap: z.boolean(),
    combination: z.boolean().nullable(),
    scenario: z.number().int().nullable(),
    choiceList: z.number().int().nullable(),
    flags: z.string().nullable().meta({ description: 'The five GEM flag digits as published', example: '10111' }),
    meaning: z.string().meta({ description: 'The flags in words ("approximate", "no map", "combination: scenario 1, choice list 2")' }),
    source: z.string().meta({ example: 'gem-cm' }),
    sourceRelease: z.string().meta({ example: 'FY2018' }),
  })
  .meta({ id: 'CrosswalkEntry' });

const CrosswalkDirectionSchema = z.object({
  from: CrosswalkSystemId,
  to: CrosswalkSystemId,
  direction: z.enum(['forward', 'reverse']).meta({
    description:
      '"forward": the GEM of this direction lists the code as a source; "reverse": the code is a target of the other direction\'s GEM',
  }),
  entries: z.array(CrosswalkEntrySchema),
});

const HccSchema = z
  .object({
    model: z.string().meta({ example: 'CMS-HCC V28' }),
    category: z.string(),
    release: z.string(),
    inPreviousYear: z.boolean().nullable(),
  })
  .meta({ id: 'HccMapping' });

const AddonEditSchema = z
  .object({
    code: z.string(),
    system: z.string(),
    display: z.string().nullable(),
    editType: z.string().nullable(),
    editTypeMeaning: z.string(),
    effectiveDate: z.string().nullable(),
    deletionDate: z.string().nullable(),
    notes: z.string().nullable(),
    release: z.string(),
  })
  .meta({ id: 'AddOnEdit' });

const MueSchema = z.object({
  unitsPerDay: z.number().int().nullable(),
  adjudicationIndicator: z.number().int().nullable(),
  adjudicationText: z.string().nullable(),
  rationale: z.string().nullable(),
  release: z.string(),
});

export const CrosswalksSchema = z
  .object({
    system: SystemId,
    code: z.string(),
    gems: z.array(CrosswalkDirectionSchema),
    hcc: z.array(HccSchema),
    primaryCodes: z.array(AddonEditSchema).meta({ description: 'For an add-on code: the primary codes it may be reported with' }),
    addOnCodes: z.array(AddonEditSchema).meta({ description: 'For a primary code: its add-on codes' }),
    mue: MueSchema.nullable(),
  })
  .meta({ id: 'Crosswalks' });

export const TranslationSchema = z
  .object({
    from: CrosswalkCodeSchema,
    to: z.enum([...CROSSWALK_SYSTEMS, 'hcc']),
    direction: z.enum(['forward', 'reverse', 'hcc']),
    mappings: z.array(CrosswalkEntrySchema),
    hcc: z.array(HccSchema).optional(),
    note: z.string(),
  })
  .meta({ id: 'Translation' });

const ReplacementSchema = z
  .object({
    code: z.string(),
    codeEnd: z.string().nullable().meta({ description: 'Last code of a range of old codes' }),
    effectiveDate: z.string(),
    source: z.string(),
  })
  .meta({ id: 'Replacement' });

export const HistorySchema = z
  .object({
    system: SystemId,
    code: z.string(),
    display: z.string(),
    releases: z.array(z.object({ id: z.string(), label: z.string() })).meta({ description: 'Releases holding the code, oldest first' }),
    firstRelease: z.string().nullable().meta({ description: 'The oldest release in the database: an older "added" date is not known' }),
    status: z.enum(['current', 'deleted', 'deleted-pending']),
    events: z.array(HistoryEventSchema),
    replaced: z.array(ReplacementSchema).meta({ description: 'The old codes this code replaced (CDC conversion table)' }),
    replacedBy: z.array(ReplacementSchema).meta({ description: 'The new codes that replaced this code' }),
  })
  .meta({ id: 'History' });

export const ValidationSchema = z
  .object({
    system: SystemId,
    code: z.string(),
    date: z.string(),
    answer: z.enum(['valid', 'not-valid', 'unknown']).meta({
      description: '"unknown" when no release held covers the date or the code is only partly known (valid is then false)',
    }),
    valid: z.boolean(),
    billable: z.boolean(),
    release: z
      .object({ id: z.string(), label: z.string() })
      .nullable()
      .meta({ description: 'The release in force on the date, null when none is' }),
    reason: z.string(),
    flags: z
      .array(z.string())
      .meta({ description: 'Warnings a biller should see even when the answer is valid (e.g. not in the current fee-schedule file)' }),
  })
  .meta({ id: 'Validation' });

export type CrosswalkCodeRef = z.infer<typeof CrosswalkCodeSchema>;
export type CrosswalkEntry = z.infer<typeof CrosswalkEntrySchema>;
export type CrosswalkDirection = z.infer<typeof CrosswalkDirectionSchema>;
export type HccView = z.infer<typeof HccSchema>;
export type AddonEditView = z.infer<typeof AddonEditSchema>;
export type MueView = z.infer<typeof MueSchema>;
export type CrosswalksView = z.infer<typeof CrosswalksSchema>;
export type TranslationView = z.infer<typeof TranslationSchema>;
export type ReplacementView = z.infer<typeof ReplacementSchema>;
export type HistoryView = z.infer<typeof HistorySchema>;
export type ValidationView = z.infer<typeof ValidationSchema>;
