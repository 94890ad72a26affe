/**
 * ValueSet/$expand and ValueSet/$validate-code over implicit value sets ({system}?fhir_vs,
 * {system}?fhir_vs=isa/{code}) and explicit ones with one compose.include (concepts or filters).
 */
import { randomUUID } from 'node:crypto';
import type { Medcodes } from '../../app/medcodes.js';
import type { ConceptFilter, ExpansionView } from '../../app/terminology.js';
import type { CodeSystemId } from '../../core/systems.js';
import { SYSTEM_INFO } from '../../core/systems.js';
import { displayIssues, unknownCode } from './codesystem.js';
import { FhirError, operationOutcome, txIssue } from './outcome.js';
import { boolParam, type Coding, intParam, type OpInput } from './params.js';
import { CPT_COPYRIGHT, displayOf, requireCode, systemOf, uriOf } from './systems.js';

type Json = Record<string, unknown>;

interface ValueSetDef {
  url?: string;
  system: CodeSystemId;
  version?: string;
  filters: ConceptFilter[];
  codes?: string[];
}

/** An implicit value set URL: {system}?fhir_vs (all codes) or {system}?fhir_vs=isa/{code}. */
function implicitValueSet(url: string): ValueSetDef {
  const bar = url.indexOf('|');
  const canonical = bar < 0 ? url : url.slice(0, bar);
  const q = canonical.indexOf('?');
  if (q < 0)
    throw new FhirError(
      404,
      'not-found',
      `A definition for the value set '${url}' could not be found: use {system}?fhir_vs or {system}?fhir_vs=isa/{code}`,
      'url',
    );
  const { system } = systemOf(canonical.slice(0, q), 'url');
  const query = canonical.slice(q + 1);
  if (query === 'fhir_vs') return { url: canonical, system, filters: [] };
  const m = /^fhir_vs=isa\/(.+)$/.exec(query);
  if (m?.[1]) return { url: canonical, system, filters: [{ property: 'concept', op: 'is-a', value: decodeURIComponent(m[1]) }] };
  throw new FhirError(404, 'not-found', `the implicit value set '${url}' is not supported: use ?fhir_vs or ?fhir_vs=isa/{code}`, 'url');
}

/** An explicit ValueSet resource: one include of one of our systems, with concepts or filters. */
function explicitValueSet(vs: Json): ValueSetDef {
  if (vs.resourceType !== 'ValueSet') throw new FhirError(400, 'invalid', 'parameter valueSet must be a ValueSet resource', 'valueSet');
  const compose = vs.compose as Json | undefined;
  const includes = (compose?.include as Json[] | undefined) ?? [];
  if (includes.length !== 1)
    throw new FhirError(
      400,
      'not-supported',
      `ValueSet.compose must have exactly one include (it has ${includes.length})`,
      'ValueSet.compose.include',
    );
  if (compose?.exclude) throw new FhirError(400, 'not-supported', 'ValueSet.compose.exclude is not supported', 'ValueSet.compose.exclude');
  const inc = includes[0] as Json;
  if (inc.valueSet)
    throw new FhirError(400, 'not-supported', 'include.valueSet is not supported: name a system', 'ValueSet.compose.include[0].valueSet');
  const { system } = systemOf(inc.system as string | undefined, 'ValueSet.compose.include[0].system');
  const filters = ((inc.filter as Json[] | undefined) ?? []).map((f, i) => {
    const property = f.property;
    const op = f.op;
    const value = f.value;
    if (typeof property !== 'string' || typeof op !== 'string' || typeof value !== 'string')
      throw new FhirError(400, 'invalid', `include.filter[${i}] needs property, op and value`, `ValueSet.compose.include[0].filter[${i}]`);
    return { property, op, value };
  });
  const concepts = inc.concept as Json[] | undefined;
  const def: ValueSetDef = { system, filters };
  if (typeof vs.url === 'string') def.url = vs.url;
  if (typeof inc.version === 'string') def.version = inc.version;
  if (concepts) def.codes = concepts.map((c) => String(c.code ?? ''));
  return def;
}

function valueSetOf(input: OpInput): ValueSetDef {
  const resource = input.resource('valueSet');
  if (resource) return explicitValueSet(resource);
  const url = input.get('url') ?? input.get('valueSet');
  if (!url)
    throw new FhirError(400, 'required', 'give the value set: parameter url ({system}?fhir_vs) or valueSet (a ValueSet resource)', 'url');
  return implicitValueSet(url);
}

/** system-version / force-system-version name the version of one of our systems ("uri|version"). */
function systemVersion(input: OpInput, def: ValueSetDef): string | undefined {
  for (const name of ['force-system-version', 'system-version', 'check-system-version']) {
    for (const value of input.all(name)) {
      const { system, version } = systemOf(value, name);
      if (system === def.system && version) return version;
    }
  }
  return def.version;
}

function refuseInline(input: OpInput): void {
  if (input.names().includes('tx-resource'))
    throw new FhirError(
      400,
      'not-supported',
      'tx-resource (code systems and value sets sent inline) is not supported: this server serves the code systems it holds',
      'tx-resource',
    );
}

export function expand(medcodes: Medcodes, input: OpInput): Json {
  refuseInline(input);
  const def = valueSetOf(input);
  const count = intParam(input, 'count', 0, 1000);
  const offset = intParam(input, 'offset', 0, 1_000_000) ?? 0;
  boolParam(input, 'activeOnly'); // every concept of a release is active: accepted, changes nothing
  const filter = input.get('filter');
  const version = systemVersion(input, def);
  const view = medcodes.expand({
    system: def.system,
    version,
    filters: def.filters,
    codes: def.codes,
    text: filter,
    offset,
    count: count ?? null,
  });
  return expansionResource(def, view, { filter, count, offset, displayLanguage: input.get('displayLanguage') });
}

function expansionResource(
  def: ValueSetDef,
  view: ExpansionView,
  echo: { filter?: string; count?: number; offset: number; displayLanguage?: string },
): Json {
  const uri = uriOf(def.system);
  const parameter: Json[] = [
    { name: 'used-codesystem', valueUri: `${uri}|${view.release.id}` },
    { name: 'offset', valueInteger: echo.offset },
  ];
  if (echo.count !== undefined) parameter.push({ name: 'count', valueInteger: echo.count });
  if (echo.filter) parameter.push({ name: 'filter', valueString: echo.filter });
  if (echo.displayLanguage) parameter.push({ name: 'displayLanguage', valueCode: echo.displayLanguage });
  const expansion: Json = { identifier: `urn:uuid:${randomUUID()}`, timestamp: new Date().toISOString() };
  if (view.total !== null) expansion.total = view.total;
  expansion.offset = view.offset;
  expansion.parameter = parameter;
  // FHIR JSON has no empty arrays: a page of nothing (count=0) has no contains.
  if (view.concepts.length > 0)
    expansion.contains = view.concepts.map((c) => {
      const item: Json = { system: uri, version: view.release.id, code: c.code };
      if (!c.billable) item.abstract = true;
      const display = displayOf(c.display);
      if (display) item.display = display;
      return item;
    });
  const vs: Json = {
    resourceType: 'ValueSet',
    url: def.url ?? `${uri}?fhir_vs`,
    status: 'active',
    name: `${SYSTEM_INFO[def.system].label.replace(/[^A-Za-z0-9]/g, '')}Expansion`,
  };
  if (def.system === 'cpt') vs.copyright = CPT_COPYRIGHT;
  vs.expansion = expansion;
  return vs;
}

export function validateInValueSet(medcodes: Medcodes, input: OpInput): Json {
  refuseInline(input);
  const def = valueSetOf(input);
  const coding: Coding = input.coding('coding') ??
    input.codeableConcept('codeableConcept')?.coding?.[0] ?? {
      system: input.get('system'),
      code: input.get('code'),
      display: input.get('display'),
      version: input.get('systemVersion') ?? input.get('version'),
    };
  const code = requireCode(coding.code);
  const uri = uriOf(def.system);
  if (coding.system) {
    const { system } = systemOf(coding.system, 'system');
    if (system !== def.system) {
      const text = `The code system '${coding.system}' is not in the value set '${def.url ?? uri}'`;
      return {
        resourceType: 'Parameters',
        parameter: [
          { name: 'result', valueBoolean: false },
          { name: 'message', valueString: text },
          { name: 'issues', resource: operationOutcome([txIssue('error', 'code-invalid', 'not-in-vs', text, 'system')]) },
        ],
      };
    }
  }
  const version = coding.version ?? systemVersion(input, def);
  const found = medcodes.inValueSet(def.system, version, def.filters, code, def.codes);
  if (!found.row) return unknownCode(def.system, code, found.release.id, '');
  const parameter: Json[] = [
    { name: 'code', valueCode: found.row.code },
    { name: 'system', valueUri: uri },
    { name: 'version', valueString: found.release.id },
  ];
  const display = displayOf(found.row.display);
  if (display) parameter.push({ name: 'display', valueString: display });
  const issues = displayIssues(def.system, found.row.code, coding.display, found.row.display, found.row.shortDisplay, '');
  if (!found.member) {
    const text = `The provided code '${uri}#${found.row.code}' was not found in the value set '${def.url ?? `${uri}?fhir_vs`}'`;
    issues.unshift(txIssue('error', 'code-invalid', 'not-in-vs', text, 'code'));
  }
  parameter.unshift({ name: 'result', valueBoolean: issues.length === 0 });
  if (issues.length > 0) {
    parameter.push({ name: 'message', valueString: issues.map((i) => i.details.text).join('; ') });
    parameter.push({ name: 'issues', resource: operationOutcome(issues) });
  }
  if (def.system === 'cpt') parameter.push({ name: 'copyright', valueString: CPT_COPYRIGHT });
  return { resourceType: 'Parameters', parameter };
}

/** The implicit all-codes value set of each system, for ValueSet read and search. */
export function valueSetSummaries(medcodes: Medcodes): Json[] {
  return medcodes.terminologySystems().map((s) => {
    const vs: Json = {
      resourceType: 'ValueSet',
      id: s.system,
      url: `${s.uri}?fhir_vs`,
      version: s.versions.find((v) => v.isDefault)?.id,
      name: `${s.label.replace(/[^A-Za-z0-9]/g, '')}All`,
      title: `All ${s.label} codes`,
      status: 'active',
      publisher: s.publisher,
      compose: { include: [{ system: s.uri }] },
    };
    if (s.system === 'cpt') vs.copyright = CPT_COPYRIGHT;
    return vs;
  });
}
