/**
 * The OpenAPI document cannot drift from what the API returns: every /api/v1 route is called with real
 * data and each answer is validated (ajv) against the schema /api/v1/openapi.json gives for that route
 * and status. A route added without a row here fails the test.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { realDatabase } from '../support/real-db.js';

const real = await realDatabase();
if (!real.medcodes && process.env.CI) throw new Error(`OpenAPI route tests cannot run in CI: ${real.skipReason}`);
const medcodes = real.medcodes as Medcodes;
const app = real.medcodes ? createApp({ medcodes }) : null;
after(() => medcodes?.close());

type Schema = { [k: string]: unknown };

/** OpenAPI 3.0 "nullable: true" in JSON Schema terms (ajv knows nullable only beside a type); objects closed. */
function nullableToJsonSchema(node: unknown, components: Record<string, Schema> = {}): unknown {
  if (Array.isArray(node)) return node.map((n) => nullableToJsonSchema(n, components));
  if (typeof node !== 'object' || node === null) return node;
  let source = node as Schema;
  if (Array.isArray(source.allOf)) source = mergeAllOf(source, components);
  const out: Schema = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, nullableToJsonSchema(v, components)]));
  // Strict: a property the document does not declare is drift (the code view's status once was).
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (typeof out.type === 'string')
    return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...out.enum, null] } : {}) };
  return { anyOf: [out, { type: 'null' }] };
}

/** An extended schema (allOf of a $ref and more properties) as one object, so that it can be closed too. */
function mergeAllOf(node: Schema, components: Record<string, Schema>): Schema {
  const parts = (node.allOf as Schema[]).map((p) =>
    typeof p.$ref === 'string' ? (components[p.$ref.replace('#/components/schemas/', '')] ?? p) : p,
  );
  if (!parts.every((p) => p.type === 'object')) return node;
  const { allOf: _, ...rest } = node;
  return {
    ...rest,
    type: 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => (p.required as string[] | undefined) ?? []),
  };
}

/** [route template, concrete request, expected status]: real codes of every system and error cases. */
const CASES: Array<[string, string, number]> = [
  ['/codes/{system}/{code}', '/codes/icd10cm/E11.9', 200],
  ['/codes/{system}/{code}', '/codes/icd10cm/S52.501A', 200],
  ['/codes/{system}/{code}', '/codes/icd10cm/D69.1', 200], // laterChanges: FY2027 makes it a header
  ['/codes/{system}/{code}', '/codes/icd10pcs/0SRC0JZ', 200],
  ['/codes/{system}/{code}', '/codes/hcpcs/J1745', 200],
  ['/codes/{system}/{code}', '/codes/cpt/99213', 200],
  ['/codes/{system}/{code}', '/codes/pos/11', 200],
  ['/codes/{system}/{code}', '/codes/icd10cm/E11.99', 404],
  ['/codes/{system}/{code}', '/codes/icd11/E11', 400],
  ['/systems', '/systems', 200],
  ['/releases', '/releases', 200],
  ['/search', '/search?q=diabetes&limit=5', 200],
  ['/search', '/search?q=wheelchair&system=hcpcs&billable=true', 200],
  ['/search', '/search?q=x&limit=1000', 400],
  ['/autocomplete', '/autocomplete?q=diab', 200],
  ['/autocomplete', '/autocomplete?q=diab&system=icd11', 400],
  ['/codes/{system}/{code}/policies', '/codes/hcpcs/A0021/policies', 200],
  ['/codes/{system}/{code}/policies', '/codes/icd10cm/E11.99/policies', 404],
  ['/policies/{id}', '/policies/A53531', 200],
  ['/policies/{id}', '/policies/NOPE1', 404],
  ['/coverage', '/coverage?procedure=hcpcs:G9126&diagnosis=icd10cm:C92.1', 200],
  ['/coverage', '/coverage?procedure=hcpcs:G9126', 400],
  ['/codes/{system}/{code}/crosswalks', '/codes/icd10cm/E11.9/crosswalks', 200],
  ['/codes/{system}/{code}/crosswalks', '/codes/icd10pcs/0SRC0JZ/crosswalks', 200],
  ['/codes/{system}/{code}/history', '/codes/icd10cm/D69.1/history', 200],
  ['/codes/{system}/{code}/similar', '/codes/icd10cm/E11.9/similar?limit=5', 200],
  ['/translate', '/translate?from=icd10cm&code=E11.9&to=icd9cm', 200],
  ['/translate', '/translate?from=icd10cm&code=E11.9&to=hcc', 200],
  ['/translate', '/translate?from=icd10cm&code=E11.9&to=cpt', 400],
  ['/validate', '/validate?system=icd10cm&code=E11.9&date=2026-01-15', 200],
  ['/validate', '/validate?system=icd10cm&code=E11.9&date=not-a-date', 400],
  ['/codes/{system}/{code}/article', '/codes/icd10cm/E11.9/article', 200],
];

describe('every /api/v1 route answers as /api/v1/openapi.json says', { skip: real.skipReason ?? false }, async () => {
  const doc = app
    ? ((await (await app.request('/api/v1/openapi.json')).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
      })
    : { paths: {} };
  const ajv = new Ajv({ strict: false, allErrors: true });
  const components = (doc as unknown as { components?: { schemas?: Record<string, Schema> } }).components?.schemas ?? {};
  ajv.addSchema({ ...(nullableToJsonSchema(doc, components) as object), $id: 'openapi.json' });

  it('has a case for every route of the document', () => {
    const covered = new Set(CASES.map(([route]) => route));
    assert.deepEqual(
      Object.keys(doc.paths).filter((p) => !covered.has(p)),
      [],
    );
  });

  for (const [route, path, status] of CASES) {
    it(`${path} → ${status}`, async () => {
      const res = await (app as NonNullable<typeof app>).request(`/api/v1${path}`);
      assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
      const response = doc.paths[route]?.get?.responses[String(status)];
      const schema = response?.content?.['application/json']?.schema;
      assert.ok(schema, `openapi.json documents no ${status} JSON answer for GET ${route}`);
      const pointer = `openapi.json#/paths/${route.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/${status}/content/application~1json/schema`;
      const validate = ajv.getSchema(pointer);
      assert.ok(validate, pointer);
      const body = await res.json();
      assert.ok(validate(body), `${path}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    });
  }

  it('the code view documents status and laterChanges, and real answers carry them', async () => {
    const view = (await (await (app as NonNullable<typeof app>).request('/api/v1/codes/icd10cm/D69.1')).json()) as {
      laterChanges?: unknown[];
    };
    assert.ok((view.laterChanges?.length ?? 0) > 0, 'D69.1 has a later change (FY2027 change list)');
    const code = (doc as unknown as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }).components
      .schemas.Code;
    assert.ok(code?.properties?.status, 'Code.status is documented');
    assert.ok(code?.properties?.laterChanges, 'Code.laterChanges is documented');
  });
});
