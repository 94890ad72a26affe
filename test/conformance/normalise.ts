/**
 * What the official runner does to an answer before comparing it (TxTesterScrubbers and
 * TxTesterSorters): remove text, meta, diagnostics and unmanaged extensions, then sort parameters,
 * expansion contents, issues and capability lists so that order does not matter where it should not.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const MANAGED_EXTENSIONS = new Set([
  'http://hl7.org/fhir/StructureDefinition/codesystem-alternate',
  'http://hl7.org/fhir/StructureDefinition/codesystem-conceptOrder',
  'http://hl7.org/fhir/StructureDefinition/codesystem-label',
  'http://hl7.org/fhir/StructureDefinition/coding-sctdescid',
  'http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status',
  'http://hl7.org/fhir/StructureDefinition/itemWeight',
  'http://hl7.org/fhir/StructureDefinition/rendering-style',
  'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',
  'http://hl7.org/fhir/StructureDefinition/translation',
  'http://hl7.org/fhir/StructureDefinition/valueset-concept-definition',
  'http://hl7.org/fhir/StructureDefinition/valueset-conceptOrder',
  'http://hl7.org/fhir/StructureDefinition/valueset-deprecated',
  'http://hl7.org/fhir/StructureDefinition/valueset-label',
  'http://hl7.org/fhir/StructureDefinition/valueset-supplement',
  'http://hl7.org/fhir/test/CodeSystem/de-multi',
  'http://hl7.org/fhir/test/CodeSystem/en-multi',
  'http://hl7.org/fhir/test/StructureDefinition/unknown-extension-1',
  'http://hl7.org/fhir/test/StructureDefinition/unknown-extension-3',
  'http://hl7.org/fhir/test/StructureDefinition/unknown-extension-4',
  'http://hl7.org/fhir/test/StructureDefinition/unknown-extension-5',
  'http://hl7.org/fhir/test/ValueSet/extensions-bad-supplement',
  'http://hl7.org/fhir/test/ValueSet/simple-all',
  'http://hl7.org/fhir/test/ValueSet/simple-enumerated',
  'http://hl7.org/fhir/StructureDefinition/alternate-code-use',
  'http://hl7.org/fhir/StructureDefinition/alternate-code-status',
  'http://hl7.org/fhir/StructureDefinition/operationoutcome-message-id',
  'http://hl7.org/fhir/test/ValueSet/simple-filter-isa',
  'http://hl7.org/fhir/StructureDefinition/valueset-unclosed',
  'http://hl7.org/fhir/StructureDefinition/valueset-unclosed-reason',
]);

const isAbsoluteUrl = (u: string) => /^(https?|urn|ftp|file):/i.test(u);

/** Remove extensions the tests do not control, everywhere except inside ValueSet.compose. */
function scrubExtensions(node: Json, key = ''): void {
  if (Array.isArray(node)) {
    for (const item of node) scrubExtensions(item, key);
    return;
  }
  if (!isObj(node)) return;
  if (Array.isArray(node.extension)) {
    node.extension = node.extension.filter((e) => {
      const url = isObj(e) && typeof e.url === 'string' ? e.url : '';
      return !isAbsoluteUrl(url) || MANAGED_EXTENSIONS.has(url);
    });
    if ((node.extension as Json[]).length === 0) delete node.extension;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === 'compose' && node.resourceType === 'ValueSet') continue;
    scrubExtensions(v, k);
  }
}

function scrubDomainResource(r: Obj): void {
  delete r.text;
  delete r.meta;
  scrubExtensions(r);
}

export function scrubOperationOutcome(oo: Obj): void {
  scrubDomainResource(oo);
  const issues = (oo.issue as Obj[] | undefined) ?? [];
  oo.issue = issues.filter((i) => !(i.diagnostics !== undefined && i.details === undefined));
  for (const i of oo.issue as Obj[]) {
    if (typeof i.diagnostics === 'string' && !i.diagnostics.toLowerCase().includes('x-request-id')) delete i.diagnostics;
  }
}

export function scrubParameters(p: Obj): void {
  delete p.meta;
  const list = (p.parameter as Obj[] | undefined) ?? [];
  p.parameter = list.filter((x) => x.name !== 'diagnostics');
  for (const x of p.parameter as Obj[]) {
    const r = x.resource;
    if (!isObj(r)) continue;
    if (r.resourceType === 'ValueSet') scrubDomainResource(r);
    if (r.resourceType === 'OperationOutcome') scrubOperationOutcome(r);
    if (r.resourceType === 'Parameters') scrubParameters(r);
  }
}

export function scrubValueSet(vs: Obj): void {
  scrubDomainResource(vs);
}

// ---- sorting (Java Collections.sort is stable; a comparator runs only when a list has two or more items)

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortList<T>(list: T[] | undefined, compare: (a: T, b: T) => number): void {
  if (!list || list.length < 2) return;
  list.sort(compare);
}

function primitiveOf(x: Json | undefined): string | null {
  if (!isObj(x)) return null;
  for (const [k, v] of Object.entries(x))
    if (k.startsWith('value') && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return String(v);
  return null;
}

const str = (v: Json | undefined) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

function extensionCompare(a: Obj, b: Obj): number {
  sortList(a.extension as Obj[] | undefined, extensionCompare);
  sortList(b.extension as Obj[] | undefined, extensionCompare);
  return cmp(str(a.url), str(b.url));
}

function part(p: Obj, name: string): Obj | undefined {
  return ((p.part as Obj[] | undefined) ?? []).find((x) => x.name === name);
}

function parameterCompare(a: Obj, b: Obj): number {
  sortList(a.extension as Obj[] | undefined, extensionCompare);
  sortList(b.extension as Obj[] | undefined, extensionCompare);
  sortList(a.part as Obj[] | undefined, parameterCompare);
  sortList(b.part as Obj[] | undefined, parameterCompare);
  if (a.name === b.name && a.name === 'property') {
    const c1 = (primitiveOf(part(a, 'code')) ?? '').toLowerCase();
    const c2 = (primitiveOf(part(b, 'code')) ?? '').toLowerCase();
    if (c1 !== c2) return cmp(c1, c2);
    const v1 = primitiveOf(part(a, 'value'))?.toLowerCase() ?? null;
    const v2 = primitiveOf(part(b, 'value'))?.toLowerCase() ?? null;
    if (v1 !== null && v2 !== null && v1 !== v2) return cmp(v1, v2);
  }
  if (a.name === b.name && a.name === 'designation') {
    const l1 = (primitiveOf(part(a, 'language')) ?? '').toLowerCase();
    const l2 = (primitiveOf(part(b, 'language')) ?? '').toLowerCase();
    if (l1 !== l2) return cmp(l1, l2);
    const v1 = primitiveOf(part(a, 'value'))?.toLowerCase() ?? null;
    const v2 = primitiveOf(part(b, 'value'))?.toLowerCase() ?? null;
    if (v1 !== null && v2 !== null && v1 !== v2) return cmp(v1, v2);
  }
  return cmp(str(a.name), str(b.name));
}

function issueCompare(a: Obj, b: Obj): number {
  const expr = (i: Obj) => str(((i.expression as Json[] | undefined) ?? [])[0]);
  const text = (i: Obj) => (isObj(i.details) ? str(i.details.text) : '');
  return cmp(str(a.severity), str(b.severity)) || cmp(str(a.code), str(b.code)) || cmp(expr(a), expr(b)) || cmp(text(a), text(b));
}

export function sortOperationOutcome(oo: Obj): void {
  sortList(oo.issue as Obj[] | undefined, issueCompare);
}

export function sortParameters(p: Obj): void {
  const list = p.parameter as Obj[] | undefined;
  sortList(list, parameterCompare);
  for (const x of list ?? []) {
    const r = x.resource;
    if (isObj(r) && r.resourceType === 'OperationOutcome') sortOperationOutcome(r);
    if (isObj(r) && r.resourceType === 'Parameters') sortParameters(r);
    if (x.name === 'message' && typeof x.valueString === 'string' && x.valueString.includes('; ')) {
      x.valueString = x.valueString.split('; ').sort(cmp).join('; ');
    }
  }
}

function sortContains(c: Obj): void {
  sortList(c.contains as Obj[] | undefined, (a, b) => cmp(str(a.code), str(b.code)));
  sortList(c.extension as Obj[] | undefined, extensionCompare);
  sortList(c.designation as Obj[] | undefined, (a, b) =>
    a.language !== undefined && b.language !== undefined ? cmp(str(a.language), str(b.language)) : cmp(str(a.value), str(b.value)),
  );
  sortList(c.property as Obj[] | undefined, (a, b) => cmp(str(a.code), str(b.code)));
  for (const x of (c.contains as Obj[] | undefined) ?? []) sortContains(x);
}

export function sortValueSet(vs: Obj): void {
  sortList(vs.extension as Obj[] | undefined, extensionCompare);
  const exp = vs.expansion;
  if (!isObj(exp)) return;
  sortList(exp.parameter as Obj[] | undefined, (a, b) => {
    sortList(a.extension as Obj[] | undefined, extensionCompare);
    sortList(b.extension as Obj[] | undefined, extensionCompare);
    return cmp(str(a.name), str(b.name)) || cmp(primitiveOf(a) ?? '', primitiveOf(b) ?? '');
  });
  sortList(exp.property as Obj[] | undefined, (a, b) => cmp(str(a.uri), str(b.uri)) || cmp(str(a.code), str(b.code)));
  sortList(exp.extension as Obj[] | undefined, extensionCompare);
  sortList(exp.contains as Obj[] | undefined, (a, b) => cmp(str(a.code), str(b.code)));
  for (const c of (exp.contains as Obj[] | undefined) ?? []) sortContains(c);
}

const byString = (a: Json, b: Json) => cmp(str(a), str(b));
const byKey = (k: string) => (a: Obj, b: Obj) => cmp(str(a[k]), str(b[k]));

export function sortCapStmt(cs: Obj): void {
  for (const k of ['format', 'instantiates', 'imports', 'acceptLanguage']) sortList(cs[k] as Json[] | undefined, byString);
  const rest = (cs.rest as Obj[] | undefined) ?? [];
  sortList(rest, byKey('mode'));
  for (const r of rest) {
    const security = r.security;
    if (isObj(security)) {
      for (const svc of (security.service as Obj[] | undefined) ?? [])
        sortList(svc.coding as Obj[] | undefined, (a, b) => cmp(str(a.code), str(b.code)) || cmp(str(a.system), str(b.system)));
    }
    sortList(r.resource as Obj[] | undefined, byKey('type'));
    for (const res of (r.resource as Obj[] | undefined) ?? []) {
      sortList(res.supportedProfile as Json[] | undefined, byString);
      sortList(res.interaction as Obj[] | undefined, byKey('code'));
      sortList(res.searchInclude as Json[] | undefined, byString);
      sortList(res.searchRevInclude as Json[] | undefined, byString);
      sortList(res.searchParam as Obj[] | undefined, byKey('name'));
      sortList(res.operation as Obj[] | undefined, byKey('name'));
    }
    sortList(r.interaction as Obj[] | undefined, byKey('code'));
    sortList(r.searchParam as Obj[] | undefined, byKey('name'));
    sortList(r.operation as Obj[] | undefined, byKey('name'));
    sortList(r.compartment as Json[] | undefined, byString);
  }
}

export function sortTermCaps(tc: Obj): void {
  const systems = tc.codeSystem as Obj[] | undefined;
  sortList(systems, byKey('uri'));
  for (const s of systems ?? []) {
    sortList(s.version as Obj[] | undefined, (a, b) => (a.code === undefined || b.code === undefined ? 0 : cmp(str(a.code), str(b.code))));
    for (const v of (s.version as Obj[] | undefined) ?? []) {
      sortList(v.language as Json[] | undefined, byString);
      sortList(v.property as Json[] | undefined, byString);
      sortList(v.filter as Obj[] | undefined, byKey('code'));
    }
  }
  if (isObj(tc.expansion)) sortList(tc.expansion.parameter as Obj[] | undefined, byKey('name'));
}
