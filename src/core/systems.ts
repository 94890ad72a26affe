/** The code systems medcodes knows. Each one is a plug-in under src/sources/<id>. */
export const CODE_SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt', 'pos'] as const;
export type CodeSystemId = (typeof CODE_SYSTEMS)[number];

/**
 * What a system's codes name: a diagnosis (a condition, a reason for care), a procedure (a
 * service, supply or drug given: ICD-10-PCS, CPT, HCPCS) or the place a service is given in.
 */
type CodeSystemKind = 'diagnosis' | 'procedure' | 'place';

interface CodeSystemInfo {
  id: CodeSystemId;
  /** Human label, e.g. "ICD-10-CM". */
  label: string;
  /** What the codes describe. */
  description: string;
  /** Diagnosis, procedure or place (see CodeSystemKind). */
  kind: CodeSystemKind;
  /** Canonical FHIR system URI (../shared/interop/SYSTEM-URIS.md). */
  uri: string;
  /** Other URIs clients send for the same system (accepted, never emitted). */
  aliases?: string[];
  /** Who owns the descriptor text (for the licence notice). */
  publisher: string;
}

export const SYSTEM_INFO: Record<CodeSystemId, CodeSystemInfo> = {
  icd10cm: {
    id: 'icd10cm',
    label: 'ICD-10-CM',
    description: 'Diagnoses',
    kind: 'diagnosis',
    uri: 'http://hl7.org/fhir/sid/icd-10-cm',
    aliases: ['urn:oid:2.16.840.1.113883.6.90'],
    publisher: 'CDC National Center for Health Statistics / CMS',
  },
  icd10pcs: {
    id: 'icd10pcs',
    label: 'ICD-10-PCS',
    description: 'Inpatient procedures',
    kind: 'procedure',
    uri: 'http://www.cms.gov/Medicare/Coding/ICD10',
    aliases: ['urn:oid:2.16.840.1.113883.6.4', 'http://hl7.org/fhir/sid/icd-10-pcs'],
    publisher: 'CMS',
  },
  hcpcs: {
    id: 'hcpcs',
    label: 'HCPCS Level II',
    description: 'Supplies, drugs, services and modifiers',
    kind: 'procedure',
    uri: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    aliases: ['http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', 'urn:oid:2.16.840.1.113883.6.285'],
    publisher: 'CMS',
  },
  cpt: {
    id: 'cpt',
    label: 'CPT',
    description: 'Procedures and services (codes only unless the operator supplies licensed descriptors)',
    kind: 'procedure',
    uri: 'http://www.ama-assn.org/go/cpt',
    aliases: ['urn:oid:2.16.840.1.113883.6.12'],
    publisher: 'American Medical Association',
  },
  pos: {
    id: 'pos',
    label: 'Place of Service',
    description: 'Place of service codes',
    kind: 'place',
    uri: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes',
    publisher: 'CMS',
  },
};

/** Whether the system's codes are diagnoses (ICD-10-CM); false for any other or unknown system. */
export function isDiagnosisSystem(system: string): boolean {
  return isCodeSystemId(system) && SYSTEM_INFO[system].kind === 'diagnosis';
}

/** Whether the system's codes are procedures, services or supplies (ICD-10-PCS, CPT, HCPCS). */
export function isProcedureSystem(system: string): boolean {
  return isCodeSystemId(system) && SYSTEM_INFO[system].kind === 'procedure';
}

export function isCodeSystemId(value: string): value is CodeSystemId {
  return (CODE_SYSTEMS as readonly string[]).includes(value);
}

/** The system a FHIR system URI (canonical or alias) names, or null. */
export function systemOfUri(uri: string): CodeSystemId | null {
  for (const info of Object.values(SYSTEM_INFO)) {
    if (info.uri === uri || info.aliases?.includes(uri)) return info.id;
  }
  return null;
}
