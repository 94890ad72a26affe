/**
 * FHIR R4 terminology server under /fhir: metadata, CodeSystem/$lookup|$validate-code|$subsumes,
 * ValueSet/$expand|$validate-code (and read/search of the implicit all-codes value sets),
 * ConceptMap/$translate, $versions. GET with query parameters or POST with a Parameters body;
 * answers are application/fhir+json, errors OperationOutcome (docs/api.md).
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Medcodes } from '../../app/medcodes.js';
import { capabilityStatement, FHIR_VERSION, terminologyCapabilities } from './capabilities.js';
import { lookup, subsumes, validateCode } from './codesystem.js';
import { translate } from './conceptmap.js';
import { FhirError, fhirError, fhirJson } from './outcome.js';
import { type OpInput, readInput } from './params.js';
import { expand, validateInValueSet, valueSetSummaries } from './valueset.js';

function baseOf(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.protocol}//${url.host}/fhir`;
}

function checkFormat(c: Context): void {
  const format = c.req.query('_format');
  if (format && !/json/i.test(format))
    throw new FhirError(406, 'not-supported', `_format=${format}: this server answers JSON only (application/fhir+json)`, '_format');
}

export function fhirRoutes(medcodes: Medcodes): Hono {
  const fhir = new Hono();
  fhir.use('*', cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type', 'Accept', 'Accept-Language'] }));
  const op = (run: (input: OpInput) => unknown) => async (c: Context) => {
    try {
      checkFormat(c);
      return fhirJson(c, run(await readInput(c)));
    } catch (err) {
      return fhirError(c, err);
    }
  };
  fhir.get('/metadata', (c) => {
    try {
      checkFormat(c);
      const mode = c.req.query('mode');
      if (mode === 'terminology') return fhirJson(c, terminologyCapabilities(baseOf(c), medcodes));
      if (mode && mode !== 'full' && mode !== 'normative')
        throw new FhirError(400, 'invalid', `mode=${mode}: use full, normative or terminology`, 'mode');
      return fhirJson(c, capabilityStatement(baseOf(c), medcodes.health().builtAt));
    } catch (err) {
      return fhirError(c, err);
    }
  });
  const versions = op(() => ({
    resourceType: 'Parameters',
    parameter: [
      { name: 'version', valueCode: FHIR_VERSION },
      { name: 'default', valueCode: FHIR_VERSION },
    ],
  }));
  fhir.on(['GET', 'POST'], '/$versions', versions);
  fhir.on(
    ['GET', 'POST'],
    '/CodeSystem/$lookup',
    op((i) => lookup(medcodes, i)),
  );
  fhir.on(
    ['GET', 'POST'],
    '/CodeSystem/$validate-code',
    op((i) => validateCode(medcodes, i)),
  );
  fhir.on(
    ['GET', 'POST'],
    '/CodeSystem/$subsumes',
    op((i) => subsumes(medcodes, i)),
  );
  fhir.on(
    ['GET', 'POST'],
    '/ValueSet/$expand',
    op((i) => expand(medcodes, i)),
  );
  fhir.on(
    ['GET', 'POST'],
    '/ValueSet/$validate-code',
    op((i) => validateInValueSet(medcodes, i)),
  );
  fhir.on(
    ['GET', 'POST'],
    '/ConceptMap/$translate',
    op((i) => translate(medcodes, i)),
  );
  fhir.get('/ValueSet', (c) => {
    try {
      checkFormat(c);
      const url = c.req.query('url');
      const all = valueSetSummaries(medcodes);
      const found = url ? all.filter((v) => v.url === url) : all;
      return fhirJson(c, {
        resourceType: 'Bundle',
        type: 'searchset',
        total: found.length,
        entry: found.map((resource) => ({ fullUrl: `${baseOf(c)}/ValueSet/${resource.id}`, resource, search: { mode: 'match' } })),
      });
    } catch (err) {
      return fhirError(c, err);
    }
  });
  fhir.get('/ValueSet/:id', (c) => {
    const vs = valueSetSummaries(medcodes).find((v) => v.id === c.req.param('id'));
    if (!vs) return fhirError(c, new FhirError(404, 'not-found', `ValueSet/${c.req.param('id')} is not known (ids: the system ids)`));
    return fhirJson(c, vs);
  });
  fhir.all('*', (c) => fhirError(c, new FhirError(404, 'not-found', `no FHIR interaction ${c.req.method} ${c.req.path}`)));
  return fhir;
}
