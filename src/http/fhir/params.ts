/**
 * Operation input: query parameters (GET) or a Parameters resource (POST), read the same way.
 * Primitive values become strings; Coding, CodeableConcept and resources are kept as objects.
 */
import type { Context } from 'hono';
import { FhirError } from './outcome.js';

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

type Json = Record<string, unknown>;

export interface OpInput {
  /** The first value of a primitive parameter. */
  get(name: string): string | undefined;
  all(name: string): string[];
  coding(name: string): Coding | undefined;
  codeableConcept(name: string): { coding?: Coding[]; text?: string } | undefined;
  resource(name: string): Json | undefined;
  names(): string[];
}

const MAX_BODY = 1_000_000;

function primitive(p: Json): string | undefined {
  for (const [k, v] of Object.entries(p)) {
    if (!k.startsWith('value')) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  }
  return undefined;
}

function fromParameters(body: unknown): OpInput {
  if (!body || typeof body !== 'object' || (body as Json).resourceType !== 'Parameters')
    throw new FhirError(400, 'invalid', 'the POST body must be a FHIR Parameters resource (resourceType "Parameters")');
  const list = (body as Json).parameter ?? [];
  if (!Array.isArray(list)) throw new FhirError(400, 'invalid', 'Parameters.parameter must be an array');
  const params = list.filter((p): p is Json => typeof p === 'object' && p !== null && typeof (p as Json).name === 'string');
  const named = (name: string) => params.filter((p) => p.name === name);
  return {
    get: (name) =>
      named(name)
        .map(primitive)
        .find((v) => v !== undefined),
    all: (name) => named(name).flatMap((p) => primitive(p) ?? []),
    coding: (name) => named(name).find((p) => p.valueCoding)?.valueCoding as Coding | undefined,
    codeableConcept: (name) => named(name).find((p) => p.valueCodeableConcept)?.valueCodeableConcept as { coding?: Coding[] } | undefined,
    resource: (name) => named(name).find((p) => p.resource)?.resource as Json | undefined,
    names: () => params.map((p) => p.name as string),
  };
}

function fromQuery(c: Context): OpInput {
  const query = c.req.queries();
  const all = (name: string) => query[name] ?? [];
  const parseJson = (name: string) => {
    const text = all(name)[0];
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as Json;
    } catch {
      throw new FhirError(400, 'invalid', `parameter ${name} is not JSON`, name);
    }
  };
  return {
    get: (name) => all(name)[0],
    all,
    coding: (name) => {
      // GET carries a Coding as system|code (the token form) or as JSON.
      const text = all(name)[0];
      if (text === undefined) return undefined;
      if (text.trim().startsWith('{')) return parseJson(name) as Coding;
      const bar = text.lastIndexOf('|');
      return bar < 0 ? { code: text } : { system: text.slice(0, bar), code: text.slice(bar + 1) };
    },
    codeableConcept: (name) => parseJson(name) as { coding?: Coding[] } | undefined,
    resource: (name) => parseJson(name),
    names: () => Object.keys(query),
  };
}

export async function readInput(c: Context): Promise<OpInput> {
  if (c.req.method === 'GET') return fromQuery(c);
  const text = await c.req.text();
  if (text.length > MAX_BODY) throw new FhirError(413, 'too-costly', `the request body is larger than ${MAX_BODY} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new FhirError(400, 'invalid', 'the POST body is not JSON (send a Parameters resource as application/fhir+json)');
  }
  const input = fromParameters(body);
  // Query parameters (e.g. _format) still apply to a POST; body parameters win.
  const query = fromQuery(c);
  return {
    get: (n) => input.get(n) ?? query.get(n),
    all: (n) => (input.all(n).length > 0 ? input.all(n) : query.all(n)),
    coding: (n) => input.coding(n) ?? query.coding(n),
    codeableConcept: (n) => input.codeableConcept(n) ?? query.codeableConcept(n),
    resource: (n) => input.resource(n),
    names: () => [...input.names(), ...query.names()],
  };
}

/** An integer parameter within bounds, or a 400 naming it. */
export function intParam(input: OpInput, name: string, min: number, max: number): number | undefined {
  const text = input.get(name);
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new FhirError(400, 'invalid', `parameter ${name}="${text}" must be an integer from ${min} to ${max}`, name);
  return n;
}

export function boolParam(input: OpInput, name: string): boolean | undefined {
  const text = input.get(name);
  if (text === undefined || text === '') return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  throw new FhirError(400, 'invalid', `parameter ${name}="${text}" must be true or false`, name);
}
