/**
 * Hostile requests over every route for the fuzz test (test/http/fuzz.test.ts) and
 * `npm run bench:fuzz`: any method, every route template with odd segments (malformed escapes,
 * prototype names, dot segments, long or control text), random query parameters; and the check
 * every answer must pass: no 5xx, errors in the documented shape.
 */
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { errorShapeProblem } from './assert-error.js';

const SEGMENT_ODDITIES = [
  '%',
  '%25',
  '%ZZ',
  '%E0%A4%A',
  '%00',
  '..',
  '.',
  '__proto__',
  'constructor',
  'toString',
  '%2F',
  '%3F',
  '-',
  '--x',
  '',
];
const CODES = ['Q91.9', 'q919', 'E11', 'E08-E13', '0SRC0JZ', 'A0428', '99213', '11', 'CH4', 'L36668'];
const SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt', 'pos', 'icd9cm', 'x', ''];
const PARAMS = [
  'q',
  'system',
  'billable',
  'release',
  'within',
  'limit',
  'offset',
  'page',
  'v',
  'from',
  'to',
  'code',
  'date',
  'procedure',
  'diagnosis',
  'contractor',
];

/** Route templates; ':s' is a system, ':c' a code-like segment, ':x' anything. */
const TEMPLATES = [
  '/',
  '/search',
  '/suggest',
  '/browse',
  '/browse/:s',
  '/browse/:s/:c',
  '/code/:s/:c',
  '/code/:s/:c/:x',
  '/policy/:c',
  '/data',
  '/robots.txt',
  '/sitemap.xml',
  '/sitemaps/:x',
  '/assets/:x',
  '/healthz',
  '/api/v1/codes/:s/:c',
  '/api/v1/codes/:s/:c/article',
  '/api/v1/codes/:s/:c/crosswalks',
  '/api/v1/codes/:s/:c/history',
  '/api/v1/codes/:s/:c/similar',
  '/api/v1/codes/:s/:c/policies',
  '/api/v1/search',
  '/api/v1/autocomplete',
  '/api/v1/systems',
  '/api/v1/releases',
  '/api/v1/openapi.json',
  '/api/v1/translate',
  '/api/v1/validate',
  '/api/v1/coverage',
  '/api/v1/policies/:c',
  '/api/v1/:x',
  '/api/:x',
  '/:x',
  '/:x/:x/:x',
];

/** Text that is safe to place in a URL as is (no '#', '?', '/' or space), percent-junk included. */
const rawText = fc.string({ maxLength: 24 }).map((s) => s.replace(/[#?/\s]/g, '%'));
const anyText = fc.oneof(
  fc.constantFrom(...SEGMENT_ODDITIES),
  fc.constantFrom(...CODES),
  rawText,
  fc.string({ maxLength: 40, unit: 'binary' }).map(encodeURIComponent),
  fc.string({ minLength: 60, maxLength: 300 }).map(encodeURIComponent),
);

const segment = (kind: string) =>
  kind === ':s' ? fc.oneof(fc.constantFrom(...SYSTEMS), anyText) : kind === ':c' ? fc.oneof(fc.constantFrom(...CODES), anyText) : anyText;

const path = fc.constantFrom(...TEMPLATES).chain((template) => {
  const parts = template.split('/').slice(1);
  return fc.tuple(...parts.map((p) => (p.startsWith(':') ? segment(p) : fc.constant(p)))).map((filled) => `/${filled.join('/')}`);
});

const query = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), rawText), fc.oneof(fc.constantFrom(...CODES, '0', '-1', '1e9', 'true', ''), anyText)),
    {
      maxLength: 4,
    },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
  url: fc.tuple(path, query).map(([p, q]) => p + q),
  headers: fc.record(
    {
      accept: fc.constantFrom('text/html', 'application/json', '*/*', 'application/fhir+json', ''),
      'if-none-match': fc.constantFrom('*', 'W/"x"', '"', ''),
      'accept-encoding': fc.constantFrom('gzip', 'br', 'gzip;q=0', ''),
    },
    { requiredKeys: [] },
  ),
});

/** Why an answer breaks the contract, or null when it keeps it. */
export async function contractBreach(req: FuzzRequest, res: Response): Promise<string | null> {
  const what = `${req.method} ${req.url} → ${res.status}`;
  if (res.status >= 500) return `${what}: a server error`;
  if (res.status < 400 || req.method === 'HEAD') return null;
  const type = res.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = (res.headers.get('content-encoding') === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
  if (/\bat .+:\d+:\d+\)?$/m.test(text) || /node_modules|\/src\//.test(text)) return `${what}: a stack trace in the body`;
  if (type.startsWith('text/html')) return text.startsWith('<!DOCTYPE html>') ? null : `${what}: an HTML error without the page`;
  if (!type.startsWith('application/json')) return `${what}: an error as ${type || 'no content type'}`;
  const problem = errorShapeProblem(JSON.parse(text));
  return problem === null ? null : `${what}: ${problem}`;
}

/** Send one fuzzed request to the app in-process. */
export function sendInProcess(app: Hono, req: FuzzRequest): Promise<Response> {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([, v]) => v !== ''));
  return Promise.resolve(app.request(req.url, { method: req.method, headers }));
}
