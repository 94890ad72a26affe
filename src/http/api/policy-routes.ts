/**
 * Policy routes of the JSON API (docs/policies.md): the policies of a code, one policy, and the
 * coverage question. Declared once with zod: parsing, types and the OpenAPI document; the answers'
 * schemas are the views' own declarations (app/policy-views.ts), from which their types are inferred.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Medcodes } from '../../app/medcodes.js';
import { CodePoliciesSchema, CoverageSchema, PolicySchema } from '../../features/policies/index.js';
import { CodeParamsSchema, errorResponses, jsonResponse } from './schemas.js';

const codePoliciesRoute = createRoute({
  method: 'get',
  path: '/codes/{system}/{code}/policies',
  summary: 'Policies that list the code, and policies whose topic matches it (labelled "topic")',
  request: {
    params: CodeParamsSchema,
  },
  responses: { ...jsonResponse(CodePoliciesSchema, 'Policies of the code'), ...errorResponses(400, 404) },
});

const policyRoute = createRoute({
  method: 'get',
  path: '/policies/{id}',
  summary: 'One policy: metadata, sanitised text and its codes grouped',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(160)
        .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'letters, digits, dots and dashes')
        .openapi({ param: { name: 'id', in: 'path' }, example: 'L36668' }),
    }),
  },
  responses: { ...jsonResponse(PolicySchema, 'The policy'), ...errorResponses(400, 404) },
});

const systemCode = (name: string, example: string) =>
  z
    .string()
    .min(3)
    .max(80)
    .regex(/^[a-z0-9]+:\S+$/i, 'SYSTEM:CODE')
    .openapi({ param: { name, in: 'query' }, example });

const coverageRoute = createRoute({
  method: 'get',
  path: '/coverage',
  summary: 'Is the procedure covered for the diagnosis? covered / not-covered / no-policy-found, with the policies and groups that say so',
  request: {
    query: z.object({
      procedure: systemCode('procedure', 'cpt:29880'),
      diagnosis: systemCode('diagnosis', 'icd10cm:M23.2'),
      contractor: z.string().min(2).max(100).optional().openapi({ description: 'Contractor name (part of it) or a state abbreviation' }),
    }),
  },
  responses: { ...jsonResponse(CoverageSchema, 'The answer'), ...errorResponses(400, 404) },
});

export function registerPolicyRoutes(api: OpenAPIHono, medcodes: Medcodes): void {
  api.openapi(codePoliciesRoute, (c) => {
    const { system, code } = c.req.valid('param');
    return c.json(medcodes.codePolicies(system, code), 200);
  });
  api.openapi(policyRoute, (c) => c.json(medcodes.policy(c.req.valid('param').id), 200));
  api.openapi(coverageRoute, (c) => {
    const { procedure, diagnosis, contractor } = c.req.valid('query');
    return c.json(medcodes.coverage(procedure, diagnosis, contractor), 200);
  });
}
