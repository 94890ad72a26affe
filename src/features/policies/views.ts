/**
 * What the policy use-cases return, declared once as zod schemas: the TypeScript types are inferred
 * from them (z.infer) and the JSON API documents them (http/api/policy-routes.ts), so the two cannot
 * drift. Adapters (JSON, pages, CLI) turn these into their own shapes. `meta({ id })` names the
 * OpenAPI component.
 */
import { z } from 'zod';

/** Where a policy applies: Medicare national (NCD), Medicare local (LCD, article), another payer. */
const PolicyScopeSchema = z.enum(['medicare-national', 'medicare-local', 'payer']);

const PolicySummarySchema = z
  .object({
    id: z.string().meta({ example: 'L36668' }),
    kind: z.string().meta({ description: 'ncd, lcd, article or payer' }),
    kindLabel: z.string().meta({
      description: '"National Coverage Determination", "Local Coverage Determination", "Billing and coding article", "Payer policy"',
    }),
    scope: PolicyScopeSchema,
    payer: z.string(),
    contractor: z.string().nullable(),
    jurisdiction: z.string().nullable(),
    states: z.array(z.string()),
    title: z.string(),
    status: z.string().nullable().meta({ description: 'active, future or retired' }),
    version: z.string().nullable(),
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable(),
    updatedOn: z.string().nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: 'PolicySummary' });

const PolicyRelationSchema = z.enum(['covered', 'not-covered', 'listed', 'topic']).meta({
  description: '"topic" links come from a title matched against the descriptor: the policy does not list the code',
});

/** How a code is tied to a policy, in words. "topic match" is never "listed". */
const PolicyLinkSchema = z
  .object({
    relation: PolicyRelationSchema,
    relationLabel: z.string().meta({ description: '"covered", "not covered", "listed", "topic match"', example: 'topic match' }),
    group: z.string().meta({ description: 'The policy\'s code group ("icd10-covered group 1"), empty when none' }),
    snippet: z.string().nullable().meta({ description: 'For codes found in the text: the text around the hit' }),
    viaRange: z.string().nullable().meta({ description: 'The range the code was expanded from ("63001-63048")' }),
    score: z.number().nullable().meta({ description: "Topic matches: the share of the title's words found in the descriptor (0–1)" }),
    fromText: z.boolean().meta({ description: "True when found in the document's text rather than in a code table" }),
  })
  .meta({ id: 'PolicyLink' });

const CodePolicyEntrySchema = z.object({ policy: PolicySummarySchema, links: z.array(PolicyLinkSchema) });

/** Policies under one heading: "Medicare national", a contractor, a payer. Newest first. */
const CodePolicyGroupSchema = z.object({ scope: PolicyScopeSchema, label: z.string(), policies: z.array(CodePolicyEntrySchema) });

const CountsSchema = z.object({ listed: z.number(), topicMatches: z.number() });

export const CodePoliciesSchema = z
  .object({
    system: z.string(),
    code: z.string(),
    display: z.string(),
    listed: z.array(CodePolicyGroupSchema).meta({ description: 'Policies that list the code (in a code table or in their text), grouped' }),
    topicMatches: z
      .array(CodePolicyGroupSchema)
      .meta({ description: "Policies whose topic matches the code's descriptor: they do not list the code" }),
    counts: CountsSchema,
  })
  .meta({ id: 'CodePolicies' });

const PolicyCodeSchema = z.object({ system: z.string(), code: z.string(), display: z.string(), link: PolicyLinkSchema });

const PolicyCodeGroupSchema = z.object({
  relation: PolicyRelationSchema,
  relationLabel: z.string(),
  group: z.string().meta({ description: 'Group label ("icd10-covered group 1") or "" for codes found in the text / by topic' }),
  paragraph: z.string().nullable().meta({ description: 'The paragraph that explains the group, when the source has it' }),
  codes: z.array(PolicyCodeSchema),
});

export const PolicySchema = PolicySummarySchema.extend({
  html: z.string().nullable().meta({ description: 'Sanitised HTML of the policy text (safe to insert), when present' }),
  source: z.string().meta({ description: 'Where the policy came from ("mcd-list", "mcd-tables", "payer-folder")' }),
  sourceRelease: z.string(),
  codeGroups: z.array(PolicyCodeGroupSchema),
  counts: CountsSchema,
  unmatchedMentions: z
    .array(z.string())
    .meta({ description: 'Code-shaped tokens of the text that are not codes of the database (import report)' }),
}).meta({ id: 'Policy' });

const CoverageAnswerSchema = z.enum(['covered', 'not-covered', 'no-policy-found']);

const CoverageCodeSchema = z.object({ system: z.string(), code: z.string(), display: z.string() });

const CoveragePolicySchema = z.object({
  policy: PolicySummarySchema,
  says: z.enum(['covered', 'not-covered', 'not-listed']).meta({ description: 'What this policy says of the diagnosis for the procedure' }),
  procedureGroups: z.array(z.string()),
  diagnosisGroups: z.array(z.object({ group: z.string(), relation: z.string(), paragraph: z.string().nullable() })),
});

export const CoverageSchema = z
  .object({
    procedure: CoverageCodeSchema,
    diagnosis: CoverageCodeSchema,
    contractor: z.string().nullable(),
    answer: CoverageAnswerSchema,
    explanation: z.string().meta({ description: 'One sentence saying how the answer was reached' }),
    policies: z.array(CoveragePolicySchema),
  })
  .meta({ id: 'Coverage' });

export type PolicyScope = z.infer<typeof PolicyScopeSchema>;
export type PolicySummaryView = z.infer<typeof PolicySummarySchema>;
export type PolicyLinkView = z.infer<typeof PolicyLinkSchema>;
export type CodePolicyEntry = z.infer<typeof CodePolicyEntrySchema>;
export type CodePolicyGroup = z.infer<typeof CodePolicyGroupSchema>;
export type CodePoliciesView = z.infer<typeof CodePoliciesSchema>;
export type PolicyCodeGroupView = z.infer<typeof PolicyCodeGroupSchema>;
export type PolicyView = z.infer<typeof PolicySchema>;
export type CoveragePolicyView = z.infer<typeof CoveragePolicySchema>;
export type CoverageView = z.infer<typeof CoverageSchema>;
