/**
 * A runner for HL7 terminology-service test suites (manifest test-cases.json, as in
 * ../shared/interop/fhir-tx-tests): sends each test the way the official TxTester does (POST of the
 * request Parameters plus the suite's setup resources as tx-resource and the profile parameters),
 * scrubs and sorts the answer as it does, and compares with its rules (compare.ts).
 * One addition for the project's own suites: operation "subsumes" (CodeSystem/$subsumes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Comparer } from './compare.js';
import {
  scrubOperationOutcome,
  scrubParameters,
  scrubValueSet,
  sortCapStmt,
  sortOperationOutcome,
  sortParameters,
  sortTermCaps,
  sortValueSet,
} from './normalise.js';

type Obj = Record<string, unknown>;

export interface TxTest {
  name: string;
  operation: string;
  request?: string;
  response?: string;
  'http-code'?: string;
  'Accept-Language'?: string;
  profile?: string;
  mode?: string;
  modes?: string[];
  disabled?: boolean;
  [key: string]: unknown;
}

export interface TxSuite {
  name: string;
  mode?: string;
  setup?: string[];
  tests: TxTest[];
  disabled?: boolean;
}

export interface Manifest {
  suites: TxSuite[];
}

/** Sends one HTTP request to the server under test (fetch, or Hono's app.request in-process). */
export type Send = (path: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<Response>;

export interface TestResult {
  suite: string;
  test: string;
  /** null: passed; else why it failed. */
  failure: string | null;
}

export interface RunOptions {
  modes: Set<string>;
  /** The FHIR version the server reports (the runner's $version$ variable). */
  fhirVersion: string;
  externals?: Record<string, Record<string, string>>;
}

const ENDPOINTS: Record<string, string> = {
  expand: '/ValueSet/$expand',
  'validate-code': '/ValueSet/$validate-code',
  'cs-validate-code': '/CodeSystem/$validate-code',
  lookup: '/CodeSystem/$lookup',
  translate: '/ConceptMap/$translate',
  subsumes: '/CodeSystem/$subsumes',
};

export function loadManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(folder, 'test-cases.json'), 'utf8')) as Manifest;
}

function readJson(folder: string, file: string): Obj {
  return JSON.parse(readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '')) as Obj;
}

/** Does the suite or test run under these modes (TxTester: no mode, or a selected one)? */
export function selected(item: { mode?: string; modes?: string[] }, modes: Set<string>): boolean {
  if (item.modes) return item.modes.some((m) => modes.has(m));
  return item.mode === undefined || modes.has(item.mode);
}

function chooseResponse(test: TxTest, modes: Set<string>): string | undefined {
  for (const m of modes) {
    const v = test[`response:${m}`];
    if (typeof v === 'string') return v;
  }
  return test.response;
}

function httpCodeOk(tcode: string, code: number): boolean {
  const first = Number(tcode[0]);
  if (!/^[2-5]xx$/.test(tcode)) throw new Error(`unknown code string ${tcode}`);
  return code >= first * 100 && code < first * 100 + 100;
}

export async function runTest(folder: string, suite: TxSuite, test: TxTest, send: Send, options: RunOptions): Promise<string | null> {
  const responseFile = chooseResponse(test, options.modes);
  if (!responseFile) return 'the test names no response file';
  const expectedText = readFileSync(join(folder, responseFile), 'utf8').replace(/^\uFEFF/, '');
  const expected = JSON.parse(expectedText) as Obj;
  const comparer = new Comparer({
    modes: options.modes,
    externals: options.externals?.[responseFile.split('/').pop() ?? ''],
    variables: { version: options.fhirVersion },
    patternMode: test.operation === 'metadata' || test.operation === 'term-caps',
  });
  const headers: Record<string, string> = { Accept: 'application/fhir+json' };
  if (test['Accept-Language']) headers['Accept-Language'] = test['Accept-Language'];
  if (test.operation === 'metadata' || test.operation === 'term-caps') {
    const res = await send(test.operation === 'metadata' ? '/metadata' : '/metadata?mode=terminology', { method: 'GET', headers });
    const actual = (await res.json()) as Obj;
    if (test.operation === 'metadata') sortCapStmt(actual as never);
    else sortTermCaps(actual as never);
    return comparer.compareObjects('', expected as never, actual as never);
  }
  const endpoint = ENDPOINTS[test.operation];
  if (!endpoint) return `operation ${test.operation} is not run by this runner`;
  if (!test.request) return 'the test names no request file';
  const request = readJson(folder, test.request);
  const parameter = [...((request.parameter as Obj[] | undefined) ?? [])];
  for (const file of suite.setup ?? []) parameter.push({ name: 'tx-resource', resource: readJson(folder, file) });
  const profileFile = test.profile ?? 'parameters-default.json';
  if (existsSync(join(folder, profileFile)))
    parameter.push(...(((readJson(folder, profileFile).parameter as Obj[] | undefined) ?? []) as Obj[]));
  headers['Content-Type'] = 'application/fhir+json';
  const res = await send(endpoint, { method: 'POST', headers, body: JSON.stringify({ ...request, parameter }) });
  const text = await res.text();
  let actual: Obj;
  try {
    actual = JSON.parse(text) as Obj;
  } catch {
    return `HTTP ${res.status}: the answer is not JSON: ${text.slice(0, 200)}`;
  }
  if (res.ok) {
    if (actual.resourceType === 'Parameters') {
      scrubParameters(actual as never);
      sortParameters(actual as never);
    } else if (actual.resourceType === 'ValueSet') {
      scrubValueSet(actual as never);
      sortValueSet(actual as never);
    }
  } else if (actual.resourceType === 'OperationOutcome') {
    scrubOperationOutcome(actual as never);
    sortOperationOutcome(actual as never);
  }
  const diff = comparer.compareObjects('', expected as never, actual as never);
  const tcode = test['http-code'] ?? '2xx';
  if (!httpCodeOk(tcode, res.status)) {
    const said = ((actual.issue as Array<{ details?: { text?: string } }> | undefined) ?? [])[0]?.details?.text;
    return `Response Code fail: should be '${tcode}' but is '${res.status}'${said ? ` (server: ${said})` : ''}${diff ? ` (and ${diff})` : ''}`;
  }
  return diff;
}

/** Run every selected test of the selected suites of a manifest folder. */
export async function runManifest(
  folder: string,
  send: Send,
  options: RunOptions,
  only?: (suite: TxSuite) => boolean,
): Promise<TestResult[]> {
  const manifest = loadManifest(folder);
  const results: TestResult[] = [];
  for (const suite of manifest.suites) {
    if (suite.disabled || !selected(suite, options.modes) || (only && !only(suite))) continue;
    for (const test of suite.tests) {
      if (test.disabled || !selected(test, options.modes)) continue;
      let failure: string | null;
      try {
        failure = await runTest(folder, suite, test, send, options);
      } catch (err) {
        failure = `runner error: ${(err as Error).message}`;
      }
      results.push({ suite: suite.name, test: test.name, failure });
    }
  }
  return results;
}
