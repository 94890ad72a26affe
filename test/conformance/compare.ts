/**
 * The comparison rules of the official HL7 terminology test runner (CompareUtilities in
 * org.hl7.fhir.validation, see ../shared/interop/fhir-tx-tests/RUNNER-NOTES.md), re-implemented:
 * $optional$, $optional-properties$, $count-arrays$, templates ($string$, $choice:a|b$, …), ordered
 * array matching with optional items, and pattern mode (metadata) where extra content is allowed.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

// FHIR datatype regular expressions (the runner's RegexConstants follow the FHIR specification's).
const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const DATE_RE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`);
const INSTANT_RE = new RegExp(
  `^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$`,
);
const UUID_RE = /^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ID_RE = /^[A-Za-z0-9\-.]{1,64}$/;
const URL_RE = /^(https?|ftp|urn):\S+$/;
const TOKEN_RE = /^[0-9a-zA-Z_][0-9a-zA-Z_.-]*$/;
const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export interface CompareOptions {
  /** Test modes selected (an item "$optional$": "<mode>" is optional when the mode is on). */
  modes?: Set<string>;
  /** Server-specific message texts ($external:N$), keyed by number, or undefined. */
  externals?: Record<string, string>;
  /** Variables: "version" = the server's FHIR version. */
  variables?: Record<string, string>;
  patternMode?: boolean;
}

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Comparer {
  readonly warnings: string[] = [];
  private readonly modes: Set<string> | undefined;
  private readonly externals: Record<string, string> | undefined;
  private readonly variables: Record<string, string>;
  private readonly patternMode: boolean;

  constructor(options: CompareOptions = {}) {
    this.modes = options.modes;
    this.externals = options.externals;
    this.variables = options.variables ?? {};
    this.patternMode = options.patternMode ?? false;
  }

  /** null when actual matches expected, else the first difference. */
  compareObjects(path: string, expected: Obj, actual: Obj): string | null {
    const optionals = listOptionals(expected);
    const countOnlys = Array.isArray(expected['$count-arrays$']) ? (expected['$count-arrays$'] as string[]) : [];
    for (const [n, value] of Object.entries(actual)) {
      if (n === 'fhir_comments') continue;
      if (n in expected) {
        const s = this.compareNodes(`${path}.${n}`, expected[n] as Json, value, countOnlys.includes(n));
        if (s) return s;
      } else if (!this.patternMode && !optionals.includes(n)) {
        return `properties differ at ${path}: unexpected property ${n}`;
      }
    }
    for (const [n, value] of Object.entries(expected)) {
      if (n === 'fhir_comments' || isOptionalName(n, optionals)) continue;
      if (!(n in actual) && !allOptional(value)) return `properties differ at ${path}: missing property ${n}`;
    }
    return null;
  }

  private compareNodes(path: string, expected: Json, actual: Json, countOnly: boolean): string | null {
    const prim = (v: Json) => v === null || typeof v !== 'object';
    if (!(prim(expected) && prim(actual))) {
      if (Array.isArray(expected) !== Array.isArray(actual) || isObj(expected) !== isObj(actual) || prim(expected) !== prim(actual))
        return `properties differ at ${path}: expected ${kindOf(expected)}, actual ${kindOf(actual)}`;
    }
    if (prim(actual)) {
      if (typeof actual === 'boolean' && typeof expected === 'boolean') {
        return actual === expected ? null : `boolean property values differ at ${path}: expected ${expected}, actual ${actual}`;
      }
      if (typeof actual === 'string' && typeof expected === 'string') {
        if (actual.includes('<div') && expected.includes('<div')) return null;
        if (this.matches(actual, expected) || sameBase64(actual, expected)) return null;
        return `string property values differ at ${path}: expected "${expected}", actual "${actual}"`;
      }
      if (typeof actual === 'number' && typeof expected === 'number') {
        return String(actual) === String(expected)
          ? null
          : `number property values differ at ${path}: expected ${expected}, actual ${actual}`;
      }
      if (expected === null) return actual === null ? null : `null properties differ at ${path}: actual ${String(actual)}`;
      return `property types differ at ${path}: expected ${String(expected)}, actual ${String(actual)}`;
    }
    if (isObj(actual)) return this.compareObjects(path, expected as Obj, actual);
    const act = actual as Json[];
    const exp = expected as Json[];
    if (countOnly)
      return act.length === exp.length ? null : `array item count differs at ${path}: expected ${exp.length}, actual ${act.length}`;
    if (this.patternMode) {
      // Each expected item must match some actual item after the previous match (an ordered subsequence).
      let c = 0;
      for (let i = 0; i < exp.length; i += 1) {
        let s: string | null = "Doesn't exist";
        const tried: string[] = [];
        while (s !== null && c < act.length) {
          s = this.compareNodes(`${path}[${i}]`, exp[i] as Json, act[c] as Json, false);
          if (s !== null) tried.push(`  ${s}`);
          c += 1;
        }
        if (s !== null) return `The expected item at ${path} at index ${i} was not found: ${tried.join('\n')}`;
      }
      return null;
    }
    const expectedMin = exp.filter((e) => !this.isOptionalItem(e)).length;
    const oc = exp.length - expectedMin;
    if (act.length > exp.length || act.length < expectedMin)
      return `array item count differs at ${path}: expected ${exp.length}, actual ${act.length}`;
    let c = 0;
    for (let i = 0; i < exp.length; i += 1) {
      const e = exp[i] as Json;
      if (c >= act.length) {
        if (i >= exp.length - oc && this.isOptionalItem(e)) {
          const w = optionalWarning(e);
          if (w) this.warnings.push(w);
          return null;
        }
        return `One or more array items did not match at ${path} starting at index ${i}`;
      }
      const s = this.compareNodes(`${path}[${i}]`, e, act[c] as Json, false);
      if (s && !this.isOptionalItem(e)) return s;
      if (!s) c += 1;
    }
    if (c < act.length) return `Unexpected Node found in array at '${path}' at index ${c}`;
    return null;
  }

  private isOptionalItem(e: Json): boolean {
    if (!isObj(e)) return false;
    const o = e.$optional$;
    if (typeof o === 'string') return this.passesOptionalFilter(o);
    return o === true;
  }

  private passesOptionalFilter(token: string): boolean {
    if (token.startsWith('!')) return !this.modes?.has(token.slice(1));
    if (token.startsWith('warning:')) return true;
    if (token.startsWith('version:')) {
      const v = this.variables.version;
      return v?.startsWith(token.slice(8)) ?? false;
    }
    return this.modes?.has(token) ?? false;
  }

  private matches(actual: string, expected: string): boolean {
    if (expected.startsWith('$') && expected.endsWith('$')) {
      if (expected.startsWith('$choice:')) return expected.slice(8, -1).split('|').includes(actual);
      if (expected.startsWith('$fragments:'))
        return expected
          .slice(11, -1)
          .split('|')
          .every((f) => actual.toLowerCase().includes(f.toLowerCase()));
      if (expected.startsWith('$external:')) {
        const cmd = expected.slice(1, -1).split(':');
        if (this.externals) return actual === this.externals[cmd[1] ?? ''];
        if (cmd.length <= 2) return true;
        return (cmd[2] ?? '').split('|').every((f) => actual.toLowerCase().includes(f.toLowerCase()));
      }
      switch (expected) {
        case '$$':
          return true;
        case '$instant$':
          return INSTANT_RE.test(actual);
        case '$date$':
          return DATE_RE.test(actual);
        case '$uuid$':
          return UUID_RE.test(actual);
        case '$string$':
          return actual === actual.trim();
        case '$id$':
          return ID_RE.test(actual);
        case '$url$':
          return URL_RE.test(actual);
        case '$token$':
          return TOKEN_RE.test(actual);
        case '$semver$':
          return SEMVER_RE.test(actual);
        case '$version$':
          return this.variables.version === undefined || actual === this.variables.version;
        default:
          throw new Error(`Unhandled template: ${expected}`);
      }
    }
    const version = this.variables.version;
    const wanted = expected.includes('$version$') && version !== undefined ? expected.replaceAll('$version$', version) : expected;
    return actual === wanted;
  }
}

function kindOf(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function listOptionals(expected: Obj): string[] {
  const list = expected['$optional-properties$'];
  if (!Array.isArray(list)) return [];
  return ['$optional-properties$', '$count-arrays$', ...(list as string[])];
}

function isOptionalName(n: string, optionals: string[]): boolean {
  return n === '$optional$' || optionals.includes('*') || optionals.includes(n);
}

/** An expected array all of whose object items are optional may be absent. */
function allOptional(value: Json): boolean {
  if (!Array.isArray(value)) return false;
  return value.every((e) => !isObj(e) || '$optional$' in e);
}

function optionalWarning(e: Json): string | null {
  if (!isObj(e)) return null;
  const o = e.$optional$;
  return typeof o === 'string' && o.startsWith('warning:') ? o.slice(8) : null;
}

/** The runner's last resort (Apache commons Base64, lenient: characters outside the alphabet are skipped). */
function sameBase64(a: string, b: string): boolean {
  const decode = (s: string) => Buffer.from(s.replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64');
  const x = decode(a);
  const y = decode(b);
  return x.length > 0 && y.length > 0 && x.equals(y);
}
