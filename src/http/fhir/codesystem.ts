/** CodeSystem/$lookup, $validate-code and $subsumes over the systems the database holds. */
import type { Medcodes } from '../../app/medcodes.js';
import { AppError } from '../../core/errors.js';
import { type CodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { CodeView } from '../../features/codes/index.js';
import type { ValidationView } from '../../features/relations/index.js';
import { FhirError, operationOutcome, txIssue } from './outcome.js';
import type { Coding, OpInput } from './params.js';
import { CPT_COPYRIGHT, displayOf, requireCode, systemOf, uriOf } from './systems.js';

type Param = Record<string, unknown>;

const prop = (code: string, value: Param, description?: string): Param => ({
  name: 'property',
  part: [
    { name: 'code', valueCode: code },
    { name: 'value', ...value },
    ...(description ? [{ name: 'description', valueString: description }] : []),
  ],
});

const LONG_USE = {
  system: 'http://terminology.hl7.org/CodeSystem/hl7TermMaintInfra',
  code: 'preferredForLanguage',
  display: 'Preferred For Language',
};
const SHORT_USE = { system: 'http://snomed.info/sct', code: '900000000000013009', display: 'Synonym' };

/** The code, system and version a validate/lookup request names: code+system, or a coding, or a codeableConcept's first coding. */
function codingOf(input: OpInput, systemParam: string): { coding: Coding; path: string } {
  const coding = input.coding('coding');
  if (coding) return { coding, path: 'Coding' };
  const cc = input.codeableConcept('codeableConcept');
  if (cc?.coding?.[0]) return { coding: cc.coding[0], path: 'CodeableConcept.coding[0]' };
  return {
    coding: { system: input.get(systemParam), code: input.get('code'), version: input.get('version'), display: input.get('display') },
    path: '',
  };
}

function releaseProps(view: CodeView): Param[] {
  const out: Param[] = [prop('effectiveFrom', { valueDateTime: view.release.effectiveFrom })];
  if (view.release.effectiveTo) out.push(prop('effectiveTo', { valueDateTime: view.release.effectiveTo }));
  if (view.system === 'hcpcs') {
    for (const [attr, code] of [
      ['addDate', 'addDate'],
      ['actionEffectiveDate', 'actionEffectiveDate'],
      ['terminationDate', 'terminationDate'],
    ] as const) {
      const v = view.attributes[attr];
      if (typeof v === 'string' && v) out.push(prop(code, { valueDateTime: v }));
    }
  }
  return out;
}

export function lookup(medcodes: Medcodes, input: OpInput): Param {
  const { coding } = codingOf(input, 'system');
  const { system, version } = systemOf(coding.system, 'system');
  const code = requireCode(coding.code);
  const concept = medcodes.concept(system, code, coding.version ?? version ?? input.get('version'));
  const view = medcodes.lookupCode(system, concept.row?.code ?? code, concept.row ? concept.release.id : (coding.version ?? version));
  if (!['code', 'header', 'modifier'].includes(view.kind))
    throw new FhirError(404, 'not-found', `'${code}' is a grouping (${view.kind}) of ${SYSTEM_INFO[system].label}, not a code`, 'code');
  const parameter: Param[] = [
    { name: 'name', valueString: SYSTEM_INFO[system].label },
    { name: 'version', valueString: view.release.id },
    { name: 'code', valueCode: view.code },
    { name: 'system', valueUri: uriOf(system) },
    { name: 'abstract', valueBoolean: !view.billable },
  ];
  const display = displayOf(view.display);
  if (display) {
    parameter.push({ name: 'display', valueString: display });
    parameter.push({
      name: 'designation',
      part: [
        { name: 'language', valueCode: 'en' },
        { name: 'use', valueCoding: LONG_USE },
        { name: 'value', valueString: display },
      ],
    });
  }
  if (view.shortDisplay)
    parameter.push({
      name: 'designation',
      part: [
        { name: 'language', valueCode: 'en' },
        { name: 'use', valueCoding: SHORT_USE },
        { name: 'value', valueString: view.shortDisplay },
      ],
    });
  const concepts = (refs: CodeView['children']) => refs.filter((r) => ['code', 'header', 'modifier'].includes(r.kind));
  if (view.parent && concepts([view.parent]).length > 0)
    parameter.push(prop('parent', { valueCode: view.parent.code }, displayOf(view.parent.display)));
  for (const child of concepts(view.children)) parameter.push(prop('child', { valueCode: child.code }, displayOf(child.display)));
  parameter.push(prop('abstract', { valueBoolean: !view.billable }));
  parameter.push(prop('billable', { valueBoolean: view.billable }));
  parameter.push(prop('kind', { valueCode: view.kind }));
  parameter.push(prop('inactive', { valueBoolean: !view.current || Boolean(view.status?.deleted) }));
  parameter.push(...releaseProps(view));
  for (const note of view.notes)
    parameter.push(prop(note.kind, { valueString: note.text }, note.inherited ? `inherited from ${note.from}` : undefined));
  if (system === 'cpt') parameter.push(prop('copyright', { valueString: CPT_COPYRIGHT }));
  return { resourceType: 'Parameters', parameter: onlyAsked(parameter, input.all('property'), system) };
}

/** With `property` inputs, only those properties (and designations when asked) come back; CPT keeps its copyright. */
function onlyAsked(parameter: Param[], asked: string[], system: CodeSystemId): Param[] {
  if (asked.length === 0) return parameter;
  const wanted = new Set(asked);
  if (system === 'cpt') wanted.add('copyright');
  return parameter.filter((p) => {
    if (p.name === 'designation') return wanted.has('designation');
    if (p.name !== 'property') return true;
    const code = (p.part as Param[])[0]?.valueCode as string;
    return wanted.has(code);
  });
}

function validationResult(
  system: CodeSystemId,
  code: string,
  version: string,
  ok: boolean,
  message: string | undefined,
  display: string | undefined,
  issues: ReturnType<typeof txIssue>[],
): Param {
  const parameter: Param[] = [
    { name: 'result', valueBoolean: ok },
    { name: 'code', valueCode: code },
  ];
  // system and version go together (a version-less answer names neither): no release was in force.
  if (version) parameter.push({ name: 'system', valueUri: uriOf(system) }, { name: 'version', valueString: version });
  if (display) parameter.push({ name: 'display', valueString: display });
  if (message) parameter.push({ name: 'message', valueString: message });
  if (issues.length > 0) parameter.push({ name: 'issues', resource: operationOutcome(issues) });
  if (system === 'cpt') parameter.push({ name: 'copyright', valueString: CPT_COPYRIGHT });
  return { resourceType: 'Parameters', parameter };
}

/** Answer for a code the system does not have in that version (the wording public servers use). */
export function unknownCode(system: CodeSystemId, code: string, version: string, path: string): Param {
  const text = `Unknown code '${code}' in the CodeSystem '${uriOf(system)}' version '${version}'`;
  return validationResult(system, code, version, false, text, undefined, [
    txIssue('error', 'code-invalid', 'invalid-code', text, `${path || ''}${path ? '.' : ''}code`),
  ]);
}

/** Check a found concept's display against the one supplied (long or short title, case-insensitive). */
export function displayIssues(
  system: CodeSystemId,
  code: string,
  given: string | undefined,
  display: string,
  short: string | null,
  path: string,
) {
  if (!given || !display) return [];
  const ok = [display, short ?? ''].some((d) => d.toLowerCase() === given.trim().toLowerCase());
  if (ok) return [];
  const text = `Wrong Display Name '${given}' for ${uriOf(system)}#${code}. Valid display is '${display}'`;
  return [txIssue('error', 'invalid', 'invalid-display', text, `${path || ''}${path ? '.' : ''}display`)];
}

function dateOf(input: OpInput): string | undefined {
  const d = input.get('date');
  if (d === undefined || d === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}/.test(d))
    throw new FhirError(400, 'invalid', `parameter date="${d}" must be a date (YYYY-MM-DD or a dateTime)`, 'date');
  return d.slice(0, 10);
}

export function validateCode(medcodes: Medcodes, input: OpInput): Param {
  const { coding, path } = codingOf(input, 'url');
  const systemUri = coding.system ?? input.get('system');
  const { system, version: fromUri } = systemOf(systemUri, 'url');
  const code = requireCode(coding.code);
  const version = coding.version ?? fromUri ?? input.get('version');
  const date = dateOf(input);
  if (date && !version) return validateOnDate(medcodes, system, code, date, coding.display, path);
  const { release, row } = medcodes.concept(system, code, version);
  if (!row) return unknownCode(system, code, release.id, path);
  const issues = displayIssues(system, row.code, coding.display, row.display, row.shortDisplay, path);
  let message = issues[0]?.details.text;
  let ok = issues.length === 0;
  if (ok && date && (date < release.effectiveFrom || (release.effectiveTo !== null && date > release.effectiveTo))) {
    ok = false;
    message = `${SYSTEM_INFO[system].label} version ${release.id} is in force ${release.effectiveFrom} to ${release.effectiveTo ?? 'now'}, not on ${date}`;
    issues.push(txIssue('error', 'invalid', 'invalid-data', message, 'date'));
  } else if (ok && !row.billable) message = `${row.code} is a header, not valid for submission (use a more specific code)`;
  return validationResult(system, row.code, release.id, ok, message, displayOf(row.display), issues);
}

function validateOnDate(
  medcodes: Medcodes,
  system: CodeSystemId,
  code: string,
  date: string,
  given: string | undefined,
  path: string,
): Param {
  const v: ValidationView = medcodes.validate(system, code, date);
  const version = v.release?.id ?? '';
  if (!v.valid || !v.release) {
    const text = `${v.code} is not valid on ${date}: ${v.reason}`;
    return validationResult(system, v.code, version, false, text, undefined, [
      txIssue('error', 'code-invalid', 'invalid-code', text, `${path || ''}${path ? '.' : ''}code`),
    ]);
  }
  let display: string | undefined;
  let short: string | null = null;
  try {
    const found = medcodes.concept(system, v.code, v.release.id).row;
    display = displayOf(found?.display);
    short = found?.shortDisplay ?? null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err; // a change list release: the reason says which full release decides
    display = displayOf(medcodes.concept(system, v.code).row?.display);
  }
  const issues = display ? displayIssues(system, v.code, given, display, short, path) : [];
  return validationResult(system, v.code, version, issues.length === 0, issues[0]?.details.text ?? v.reason, display, issues);
}

export function subsumes(medcodes: Medcodes, input: OpInput): Param {
  const a = input.coding('codingA');
  const b = input.coding('codingB');
  const { system, version } = systemOf(input.get('system') ?? a?.system ?? b?.system, 'system');
  const codeA = requireCode(a?.code ?? input.get('codeA'), 'codeA');
  const codeB = requireCode(b?.code ?? input.get('codeB'), 'codeB');
  const result = medcodes.subsumes(system, codeA, codeB, input.get('version') ?? version);
  return { resourceType: 'Parameters', parameter: [{ name: 'outcome', valueCode: result.outcome }] };
}
