/**
 * What the similar-codes use-case returns, declared once as a zod schema: the TypeScript type is
 * inferred from it and the JSON API documents it (http/api/crosswalk-routes.ts).
 */
import { z } from 'zod';
import { CODE_SYSTEMS } from '../../core/systems.js';
import { SIMILAR_REASONS } from './rank.js';

const SimilarReasonKindSchema = z.enum(SIMILAR_REASONS);

const SimilarCodeSchema = z.object({
  system: z.enum(CODE_SYSTEMS),
  code: z.string(),
  display: z.string(),
  billable: z.boolean(),
  kind: z.string(),
  score: z.number(),
  reasons: z.array(z.object({ kind: SimilarReasonKindSchema, detail: z.string() })),
});

export const SimilarSchema = z
  .object({ system: z.enum(CODE_SYSTEMS), code: z.string(), total: z.number().int(), items: z.array(SimilarCodeSchema) })
  .meta({ id: 'SimilarCodes' });

export type SimilarView = z.infer<typeof SimilarSchema>;
