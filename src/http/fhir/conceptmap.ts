/**
 * ConceptMap/$translate over the GEMs: ICD-10-CM ↔ ICD-9-CM diagnoses, ICD-10-PCS ↔ ICD-9-CM
 * procedures. The GEM flags give the equivalence: identical → equivalent, approximate or part of a
 * combination → inexact, no map → unmatched.
 */
import type { Medcodes } from '../../app/medcodes.js';
import type { CrosswalkEntry } from '../../features/relations/index.js';
import { FhirError } from './outcome.js';
import type { OpInput } from './params.js';
import { ICD9_URI, requireCode, systemOf, uriOf } from './systems.js';

type Json = Record<string, unknown>;

function baseUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const q = uri.indexOf('?');
  const bar = uri.indexOf('|');
  const cut = [q, bar].filter((i) => i >= 0);
  return cut.length > 0 ? uri.slice(0, Math.min(...cut)) : uri;
}

type Side = 'icd10cm' | 'icd10pcs' | 'icd9';

function sideOf(uri: string | undefined, field: string): Side {
  if (uri === ICD9_URI) return 'icd9';
  const { system } = systemOf(uri, field);
  if (system !== 'icd10cm' && system !== 'icd10pcs')
    throw new FhirError(404, 'not-found', `no concept map from or to ${uri}: the GEMs link ICD-10-CM and ICD-10-PCS with ICD-9-CM`, field);
  return system;
}

function equivalence(e: CrosswalkEntry): string {
  if (e.noMap) return 'unmatched';
  return e.approximate || e.combination ? 'inexact' : 'equivalent';
}

export function translate(medcodes: Medcodes, input: OpInput): Json {
  const coding = input.coding('coding') ?? input.coding('sourceCoding') ?? input.codeableConcept('codeableConcept')?.coding?.[0];
  const sourceUri = coding?.system ?? input.get('system') ?? input.get('sourceSystem');
  const code = requireCode(coding?.code ?? input.get('code') ?? input.get('sourceCode'));
  const targetUri = baseUri(input.get('targetsystem') ?? input.get('targetSystem') ?? input.get('target'));
  if (!targetUri)
    throw new FhirError(
      400,
      'required',
      'parameter targetsystem (or target) is required: the code system to translate into',
      'targetsystem',
    );
  const from = sideOf(baseUri(sourceUri), 'system');
  const to = sideOf(targetUri, 'targetsystem');
  let pair: [string, string];
  if (from === 'icd9' && to !== 'icd9') pair = [to === 'icd10cm' ? 'icd9cm' : 'icd9pcs', to];
  else if (to === 'icd9' && from !== 'icd9') pair = [from, from === 'icd10cm' ? 'icd9cm' : 'icd9pcs'];
  else throw new FhirError(400, 'not-supported', `no GEM translates ${sourceUri} into ${targetUri}`, 'targetsystem');
  const view = medcodes.translate(pair[0], code, pair[1]);
  const targetSystemUri = to === 'icd9' ? ICD9_URI : uriOf(to);
  const matches = view.mappings.filter((m) => m.target !== null && !m.noMap);
  const parameter: Json[] = [{ name: 'result', valueBoolean: matches.length > 0 }];
  const note = view.direction === 'reverse' ? `${view.note} (read backwards)` : view.note;
  parameter.push({ name: 'message', valueString: matches.length > 0 ? note : `no ${pair[1]} code: ${note}` });
  for (const m of view.mappings) {
    if (!m.target) continue;
    const concept: Json = { system: targetSystemUri, code: m.target.code };
    if (m.target.display) concept.display = m.target.display;
    parameter.push({
      name: 'match',
      part: [
        { name: 'equivalence', valueCode: equivalence(m) },
        { name: 'concept', valueCoding: concept },
        {
          name: 'source',
          valueUri: `${uriOf(from === 'icd9' ? (to as 'icd10cm' | 'icd10pcs') : from)}/gem/${m.source}|${m.sourceRelease}`,
        },
      ],
    });
  }
  return { resourceType: 'Parameters', parameter };
}
