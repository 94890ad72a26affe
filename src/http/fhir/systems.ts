/** Which code system a request names: canonical URIs of SYSTEM-URIS.md, their aliases, and the CPT notice. */
import { type CodeSystemId, SYSTEM_INFO, systemOfUri } from '../../core/systems.js';
import { FhirError } from './outcome.js';

/** ICD-9-CM (diagnoses and procedures share one URI): only a crosswalk source or target here. */
export const ICD9_URI = 'http://hl7.org/fhir/sid/icd-9-cm';

export const CPT_COPYRIGHT =
  'CPT © American Medical Association. All rights reserved. CPT descriptors are shown only when the operator imports a licensed CPT data file; otherwise codes are served without them.';

/** A system URI (with an optional |version) → system id, or a 404 naming it. */
export function systemOf(uri: string | undefined, field: string): { system: CodeSystemId; version?: string } {
  if (!uri) throw new FhirError(400, 'required', `parameter ${field} is required (a code system URI)`, field);
  const bar = uri.indexOf('|');
  const base = bar < 0 ? uri : uri.slice(0, bar);
  const system = systemOfUri(base);
  if (!system) {
    const known = Object.values(SYSTEM_INFO)
      .map((s) => s.uri)
      .join(', ');
    throw new FhirError(404, 'not-found', `A definition for CodeSystem '${base}' could not be found (this server holds ${known})`, field);
  }
  return bar < 0 ? { system } : { system, version: uri.slice(bar + 1) };
}

export function uriOf(system: CodeSystemId): string {
  return SYSTEM_INFO[system].uri;
}

/** The display to send: CPT has none without a licensed file (an empty descriptor is omitted). */
export function displayOf(display: string | null | undefined): string | undefined {
  return display ? display : undefined;
}

export function requireCode(code: string | undefined, field = 'code'): string {
  if (!code || code.trim() === '') throw new FhirError(400, 'required', `parameter ${field} is required`, field);
  return code;
}
