/**
 * GET /fhir/metadata: the CapabilityStatement of a terminology server, and with mode=terminology the
 * TerminologyCapabilities listing every code system held with its releases as versions.
 */
import type { Medcodes } from '../../app/medcodes.js';

export const FHIR_VERSION = '4.0.1';
const SOFTWARE = { name: 'medcodes', version: '0.1.0', releaseDate: '2026-12-04' };
/** The version of the HL7 terminology-service tests this server is checked against (tx-ecosystem IG). */
const TX_TEST_VERSION = '1.9.0';
const OP = 'http://hl7.org/fhir/OperationDefinition';

const EXPANSION_PARAMETERS = [
  'activeOnly',
  'check-system-version',
  'count',
  'displayLanguage',
  'excludeNested',
  'filter',
  'force-system-version',
  'includeDefinition',
  'includeDesignations',
  'offset',
  'property',
  'system-version',
  'tx-resource',
];

export function capabilityStatement(base: string, builtAt: string | null) {
  return {
    resourceType: 'CapabilityStatement',
    id: 'medcodes',
    extension: [
      feature('http://hl7.org/fhir/uv/tx-tests/FeatureDefinition/test-version', { valueCode: TX_TEST_VERSION }),
      feature('http://hl7.org/fhir/uv/tx-ecosystem/FeatureDefinition/CodeSystemAsParameter', { valueBoolean: false }),
    ],
    url: `${base}/metadata`,
    version: SOFTWARE.version,
    name: 'medcodes',
    title: 'medcodes FHIR terminology server (ICD-10-CM, ICD-10-PCS, HCPCS Level II, CPT, Place of Service)',
    status: 'active',
    date: (builtAt ?? SOFTWARE.releaseDate).slice(0, 10),
    publisher: 'medcodes',
    kind: 'instance',
    instantiates: ['http://hl7.org/fhir/CapabilityStatement/terminology-server'],
    software: SOFTWARE,
    implementation: { description: 'US medical code systems from the official CMS, CDC and AMA files', url: base },
    fhirVersion: FHIR_VERSION,
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        resource: [
          {
            type: 'CodeSystem',
            operation: [
              { name: 'lookup', definition: `${OP}/CodeSystem-lookup` },
              { name: 'validate-code', definition: `${OP}/CodeSystem-validate-code` },
              { name: 'subsumes', definition: `${OP}/CodeSystem-subsumes` },
            ],
          },
          {
            type: 'ConceptMap',
            operation: [{ name: 'translate', definition: `${OP}/ConceptMap-translate` }],
          },
          {
            type: 'ValueSet',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [{ name: 'url', type: 'uri' }],
            operation: [
              { name: 'expand', definition: `${OP}/ValueSet-expand` },
              { name: 'validate-code', definition: `${OP}/ValueSet-validate-code` },
            ],
          },
        ],
        operation: [{ name: 'versions', definition: `${OP}/-s-versions` }],
      },
    ],
  };
}

function feature(definition: string, value: Record<string, unknown>) {
  return {
    url: 'http://hl7.org/fhir/uv/application-feature/StructureDefinition/feature',
    extension: [
      { url: 'definition', valueCanonical: definition },
      { url: 'value', ...value },
    ],
  };
}

export function terminologyCapabilities(base: string, medcodes: Medcodes) {
  const builtAt = medcodes.health().builtAt;
  return {
    resourceType: 'TerminologyCapabilities',
    id: 'medcodes',
    url: `${base}/metadata?mode=terminology`,
    version: SOFTWARE.version,
    name: 'medcodes',
    title: 'medcodes terminology capabilities',
    status: 'active',
    date: (builtAt ?? SOFTWARE.releaseDate).slice(0, 10),
    kind: 'instance',
    software: { name: SOFTWARE.name, version: SOFTWARE.version },
    codeSystem: medcodes.terminologySystems().map((s) => ({
      uri: s.uri,
      version: s.versions.map((v) => ({
        code: v.id,
        isDefault: v.isDefault,
        property: ['parent', 'child', 'abstract', 'inactive', 'kind'],
        filter: [
          { code: 'concept', op: ['is-a', 'descendent-of'] },
          { code: 'code', op: ['regex'] },
          { code: 'abstract', op: ['='] },
          { code: 'kind', op: ['='] },
          { code: 'parent', op: ['='] },
        ],
      })),
      subsumption: true,
    })),
    expansion: {
      hierarchical: false,
      paging: true,
      parameter: EXPANSION_PARAMETERS.map((name) => ({ name })),
      textFilter: 'The site search: words, code shapes, synonyms, typo correction',
    },
    validateCode: { translations: false },
    translation: { needsMap: false },
    closure: { translation: false },
  };
}
