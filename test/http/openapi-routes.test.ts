/**
 * The OpenAPI document cannot drift from what the API returns. One table drives the test: the
 * operations are enumerated from /api/v1/openapi.json itself (every path, every method, every answer
 * status it documents), each must have a row below that calls it with real data, and each answer is
 * validated (ajv) against the schema the document gives for that route and status. A route, method
 * or documented status added without a row fails the test; so does a documented status that no
 * request can produce.
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
  // `allOf`/`anyOf: [{$ref}, {nullable: true}]` is how the generator writes a named schema or null;
  // a lone `{nullable: true}` elsewhere is z.unknown() (anything).
  const isNullOnly = (n: unknown) => typeof n === 'object' && n !== null && Object.keys(n).length === 1 && (n as Schema).nullable === true;
  for (const key of ['allOf', 'anyOf'] as const) {
    const list = source[key];
    if (Array.isArray(list) && list.length === 2 && isNullOnly(list[1])) {
      const { [key]: _, ...rest } = source;
      return { ...rest, anyOf: [nullableToJsonSchema(list[0], components), { type: 'null' }] };
    }
  }
  const out: Schema = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, nullableToJsonSchema(v, components)]));
  // Strict: a property the document does not declare is drift (the code view's status once was).
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (Object.keys(out).length === 0) return {};
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

/**
 * [operation as the document names it, concrete request, expected status]: real codes of every system,
 * the shapes that are easy to get wrong (null parent, "no map" rows, deleted codes, CPT without
 * descriptors) and every error status each route documents.
 */
const CASES: Array<[string, string, number]> = [
  ['GET /codes/{system}/{code}', '/codes/icd10cm/E11.9', 200],
  ['GET /codes/{system}/{code}', '/codes/icd10cm/S52.501A', 200],
  ['GET /codes/{system}/{code}', '/codes/icd10cm/D69.1', 200], // laterChanges: FY2027 makes it a header
  ['GET /codes/{system}/{code}', '/codes/icd10cm/E11.9?release=FY2017', 200],
  ['GET /codes/{system}/{code}', '/codes/icd10pcs/0SRC0JZ', 200],
  ['GET /codes/{system}/{code}', '/codes/hcpcs/J1745', 200],
  ['GET /codes/{system}/{code}', '/codes/cpt/99213', 200],
  ['GET /codes/{system}/{code}', '/codes/pos/11', 200], // no parent: null
  ['GET /codes/{system}/{code}', '/codes/icd10cm/S30.1XXA', 200], // deleted in FY2026: status
  ['GET /codes/{system}/{code}', '/codes/icd10cm/E11.99', 404],
  ['GET /codes/{system}/{code}', '/codes/icd11/E11', 400],
  ['GET /systems', '/systems', 200],
  ['GET /releases', '/releases', 200],
  ['GET /search', '/search?q=diabetes&limit=5', 200],
  ['GET /search', '/search?q=wheelchair&system=hcpcs&billable=true', 200],
  ['GET /search', '/search?q=alzimer', 200], // corrected
  ['GET /search', '/search?q=E11.9', 200], // exact
  ['GET /search', '/search?q=knee%20arthroscopy&system=cpt', 200], // CPT category labels
  ['GET /search', '/search?q=x&limit=1000', 400],
  ['GET /search', '/search?q=diabetes&system=icd10cm&release=FY1999', 404],
  ['GET /autocomplete', '/autocomplete?q=diab', 200],
  ['GET /autocomplete', '/autocomplete?q=E11', 200],
  ['GET /autocomplete', '/autocomplete?q=diab&system=icd11', 400],
  ['GET /codes/{system}/{code}/policies', '/codes/hcpcs/A0021/policies', 200],
  ['GET /codes/{system}/{code}/policies', '/codes/hcpcs/E0601/policies', 200],
  ['GET /codes/{system}/{code}/policies', '/codes/icd11/E11/policies', 400],
  ['GET /codes/{system}/{code}/policies', '/codes/icd10cm/E11.99/policies', 404],
  ['GET /policies/{id}', '/policies/A53531', 200],
  ['GET /policies/{id}', '/policies/bad_id', 400],
  ['GET /policies/{id}', '/policies/NOPE1', 404],
  ['GET /coverage', '/coverage?procedure=hcpcs:G9126&diagnosis=icd10cm:C92.1', 200],
  ['GET /coverage', '/coverage?procedure=hcpcs:G9126', 400],
  ['GET /coverage', '/coverage?procedure=hcpcs:G9126&diagnosis=icd10cm:E11.99', 404],
  ['GET /codes/{system}/{code}/crosswalks', '/codes/icd10cm/E11.9/crosswalks', 200],
  ['GET /codes/{system}/{code}/crosswalks', '/codes/icd10pcs/0SRC0JZ/crosswalks', 200],
  ['GET /codes/{system}/{code}/crosswalks', '/codes/cpt/99213/crosswalks', 200],
  ['GET /codes/{system}/{code}/crosswalks', '/codes/icd10cm/R29.700/crosswalks', 200], // a "no map" row: target null
  ['GET /codes/{system}/{code}/crosswalks', '/codes/icd11/E11/crosswalks', 400],
  ['GET /codes/{system}/{code}/crosswalks', '/codes/icd10cm/E11.99/crosswalks', 404],
  ['GET /codes/{system}/{code}/history', '/codes/icd10cm/D69.1/history', 200],
  ['GET /codes/{system}/{code}/history', '/codes/icd11/E11/history', 400],
  ['GET /codes/{system}/{code}/history', '/codes/icd10cm/E11.99/history', 404],
  ['GET /codes/{system}/{code}/similar', '/codes/icd10cm/E11.9/similar?limit=5', 200],
  ['GET /codes/{system}/{code}/similar', '/codes/icd10cm/E11.9/similar?limit=0', 400],
  ['GET /codes/{system}/{code}/similar', '/codes/icd10cm/E11.99/similar', 404],
  ['GET /translate', '/translate?from=icd10cm&code=E11.9&to=icd9cm', 200],
  ['GET /translate', '/translate?from=icd10cm&code=E11.9&to=hcc', 200],
  ['GET /translate', '/translate?from=icd10pcs&code=02H40NZ&to=icd9pcs', 200], // "no map"
  ['GET /translate', '/translate?from=icd10cm&code=E11.9&to=cpt', 400],
  ['GET /translate', '/translate?from=icd10cm&code=E11.99&to=icd9cm', 200], // unknown: no mappings, a note
  ['GET /validate', '/validate?system=icd10cm&code=E11.9&date=2026-01-15', 200],
  ['GET /validate', '/validate?system=icd10cm&code=E11.9&date=not-a-date', 400],
  ['GET /validate', '/validate?system=icd10cm&code=E11.99&date=2026-01-15', 200], // not-valid
  ['GET /codes/{system}/{code}/article', '/codes/icd10cm/E11.9/article', 200],
  ['GET /codes/{system}/{code}/article', '/codes/icd10pcs/0SRC0JZ/article', 200],
  ['GET /codes/{system}/{code}/article', '/codes/icd11/E11/article', 400],
  ['GET /codes/{system}/{code}/article', '/codes/icd10cm/E11.99/article', 404],
];

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };

describe('every /api/v1 route answers as /api/v1/openapi.json says', { skip: real.skipReason ?? false }, async () => {
  const doc = app
    ? ((await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, Operation>> })
    : { paths: {} };
  const ajv = new Ajv({ strict: false, allErrors: true });
  const components = (doc as unknown as { components?: { schemas?: Record<string, Schema> } }).components?.schemas ?? {};
  ajv.addSchema({ ...(nullableToJsonSchema(doc, components) as object), $id: 'openapi.json' });

  /** Every operation and status the document promises, as "GET /route 200". */
  const documented = Object.entries(doc.paths).flatMap(([route, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).map((status) => `${method.toUpperCase()} ${route} ${status}`)),
  );

  it('the table calls every operation of the document with every status it documents, and nothing else', () => {
    assert.ok(documented.length >= 14 * 2, `the document lists ${documented.length} operation statuses`);
    const covered = new Set(CASES.map(([op, , status]) => `${op} ${status}`));
    assert.deepEqual(
      documented.filter((d) => !covered.has(d)),
      [],
      'documented but never called',
    );
    assert.deepEqual(
      [...covered].filter((c) => !documented.includes(c)),
      [],
      'called but not documented',
    );
  });

  for (const [op, path, status] of CASES) {
    it(`${op.split(' ')[0]} ${path} → ${status}`, async () => {
      const [method, route] = op.split(' ') as [string, string];
      const res = await (app as NonNullable<typeof app>).request(`/api/v1${path}`, { method });
      assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
      const schema = doc.paths[route]?.[method.toLowerCase()]?.responses[String(status)]?.content?.['application/json']?.schema;
      assert.ok(schema, `openapi.json documents no ${status} JSON answer for ${op}`);
      const pointer = `openapi.json#/paths/${route.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
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
