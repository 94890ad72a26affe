/**
 * The one settings table: each setting's CLI flag, environment variable, default, validation and
 * documentation. docs/settings.md is generated from it (npm run docs:settings) and checked by a test.
 */
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';

export interface Settings {
  sources: string;
  db: string;
  port: number;
  host: string;
  newestOnly: boolean;
  singleThread: boolean;
  cptDescriptorsFromCmsFiles: boolean;
  llmApiKey: string;
  workers: number;
  requestBudgetMs: number;
  shutdownGraceMs: number;
  rateLimit: number;
  rateLimitLoopback: boolean;
  trustProxy: boolean;
  accessLog: boolean;
  allowMissing: string[];
  mirror: string;
}

interface SettingDef<K extends keyof Settings> {
  key: K;
  flag: string;
  env: string[];
  default: Settings[K];
  description: string;
  parse(raw: string, source: string): Settings[K];
}

function parseBoolean(raw: string, source: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  throw new AppError('invalid', `${source}: "${raw}" is not a boolean (use true or false)`, source);
}

function parsePort(raw: string, source: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new AppError('invalid', `${source}: "${raw}" is not a port number (0–65535)`, source);
  return n;
}

function parseCount(raw: string, source: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < 0 || n > 1_000_000_000)
    throw new AppError('invalid', `${source}: "${raw}" is not a whole number ≥ 0`, source);
  return n;
}

function parseList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parsePath(raw: string, source: string): string {
  if (raw.trim() === '') throw new AppError('invalid', `${source}: a path is required`, source);
  return resolve(raw);
}

type AnySettingDef = { [K in keyof Settings]: SettingDef<K> }[keyof Settings];

export const SETTINGS: readonly AnySettingDef[] = [
  {
    key: 'sources',
    flag: '--sources <dir>',
    env: ['MEDCODES_SOURCES'],
    default: './data/sources',
    description: 'Folder of official release files, laid out one folder per source then release (like shared/data).',
    parse: parsePath,
  },
  {
    key: 'db',
    flag: '--db <file>',
    env: ['MEDCODES_DB'],
    default: './data/medcodes.db',
    description: 'The SQLite database that `build` writes and `serve` reads (opened read-only).',
    parse: parsePath,
  },
  {
    key: 'port',
    flag: '--port <n>',
    env: ['PORT', 'MEDCODES_PORT'],
    default: 8080,
    description: 'TCP port the server listens on.',
    parse: parsePort,
  },
  {
    key: 'host',
    flag: '--host <address>',
    env: ['MEDCODES_HOST'],
    default: '0.0.0.0',
    description: 'Address the server binds to.',
    parse: (raw) => raw.trim(),
  },
  {
    key: 'newestOnly',
    flag: '--newest-only',
    env: ['MEDCODES_NEWEST_ONLY'],
    default: false,
    description: 'Build only the newest release of each system (faster; no code history).',
    parse: parseBoolean,
  },
  {
    key: 'singleThread',
    flag: '--single-thread',
    env: ['MEDCODES_SINGLE_THREAD'],
    default: false,
    description:
      'Build in one thread. By default a multi-core machine reads sources and runs read-only finishing steps in worker threads (docs/adr/0006): faster, a little more memory; the database is the same.',
    parse: parseBoolean,
  },
  {
    key: 'cptDescriptorsFromCmsFiles',
    flag: '--cpt-descriptors-from-cms-files',
    env: ['MEDCODES_CPT_DESCRIPTORS_FROM_CMS_FILES'],
    default: false,
    description:
      'Import CPT descriptor text from the descriptor columns of CMS files (fee schedule, OPPS). Only for operators holding an AMA CPT licence.',
    parse: parseBoolean,
  },
  {
    key: 'mirror',
    flag: '--mirror <url|dir>',
    env: ['MEDCODES_MIRROR'],
    default: '',
    description:
      'Where `fetch` (and `start` on a machine without sources) gets the official files instead of the publishers: an http(s) URL or a folder laid out like the sources folder.',
    parse: (raw) => {
      const v = raw.trim();
      return v === '' || /^https?:\/\//i.test(v) ? v : resolve(v);
    },
  },
  {
    key: 'llmApiKey',
    flag: '--llm-api-key <key>',
    env: ['MEDCODES_LLM_API_KEY'],
    default: '',
    description:
      'Bearer token for the OpenAI-compatible endpoint of `articles generate` (prefer the environment variable: flags show in process lists).',
    parse: (raw) => raw.trim(),
  },
  {
    key: 'allowMissing',
    flag: '--allow-missing <sources>',
    env: ['MEDCODES_ALLOW_MISSING'],
    default: [],
    description:
      'Comma-separated sources (plug-in names, e.g. `icd10cm,policies`) whose unreadable or truncated files the build may skip with a warning; any other bad file fails the build, naming it.',
    parse: parseList,
  },
  {
    key: 'workers',
    flag: '--workers <n>',
    env: ['MEDCODES_WORKERS'],
    default: 0,
    description:
      'Request worker threads, each with its own read-only connection (docs/adr/0009-serving-on-every-core.md); 0 means one per core.',
    parse: parseCount,
  },
  {
    key: 'requestBudgetMs',
    flag: '--request-budget-ms <ms>',
    env: ['MEDCODES_REQUEST_BUDGET_MS'],
    default: 5000,
    description:
      'Time budget of one request, waiting included: past it the answer is a 503 `timeout` error; a worker that has run that one request for the whole budget is replaced.',
    parse: parseCount,
  },
  {
    key: 'shutdownGraceMs',
    flag: '--shutdown-grace-ms <ms>',
    env: ['MEDCODES_SHUTDOWN_GRACE_MS'],
    default: 10000,
    description: 'On SIGTERM, how long requests in flight may take to finish before the process exits anyway.',
    parse: parseCount,
  },
  {
    key: 'rateLimit',
    flag: '--rate-limit <n>',
    env: ['MEDCODES_RATE_LIMIT'],
    default: 600,
    description:
      'Requests per minute per client address (bursts of a quarter of that); past it a 429 `rate-limited` error with Retry-After. 0 turns rate limiting off.',
    parse: parseCount,
  },
  {
    key: 'rateLimitLoopback',
    flag: '--rate-limit-loopback',
    env: ['MEDCODES_RATE_LIMIT_LOOPBACK'],
    default: false,
    description: 'Rate-limit clients on the loopback address too (off by default: local tools, benches and a local proxy).',
    parse: parseBoolean,
  },
  {
    key: 'trustProxy',
    flag: '--trust-proxy',
    env: ['MEDCODES_TRUST_PROXY'],
    default: false,
    description:
      'Take the client address from the last entry of X-Forwarded-For (set it only behind a proxy that writes that header, such as deploy/nginx.conf).',
    parse: parseBoolean,
  },
  {
    key: 'accessLog',
    flag: '--access-log <on|off>',
    env: ['MEDCODES_ACCESS_LOG'],
    default: true,
    description: 'Write one JSON line per request to stdout (pino: request id, method, path without query, status, latency).',
    parse: parseBoolean,
  },
];

/**
 * Resolve settings: a CLI flag wins over an environment variable, which wins over the default.
 * `flags` holds commander's parsed options (camelCase keys).
 */
export function loadSettings(flags: Record<string, unknown>, env: NodeJS.ProcessEnv): Settings {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const def of SETTINGS) {
    try {
      const flagValue = flags[def.key];
      const envName = def.env.find((name) => env[name] !== undefined && env[name] !== '');
      if (flagValue !== undefined) {
        out[def.key] = typeof flagValue === 'string' ? def.parse(flagValue, def.flag.split(' ')[0] as string) : flagValue;
      } else if (envName) {
        out[def.key] = def.parse(env[envName] as string, envName);
      } else {
        out[def.key] = typeof def.default === 'string' && def.default !== '' ? def.parse(def.default, 'default') : def.default;
      }
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length > 0) throw new AppError('invalid', `invalid settings: ${problems.join('; ')}`, undefined, problems);
  if (out.host === '' || out.host === undefined) out.host = '0.0.0.0';
  return out as unknown as Settings;
}

/** docs/settings.md, generated from the table above. */
export function settingsMarkdown(): string {
  const rows = SETTINGS.map(
    (d) => `| \`${d.key}\` | \`${d.flag}\` | ${d.env.map((e) => `\`${e}\``).join(', ')} | \`${String(d.default)}\` | ${d.description} |`,
  );
  return [
    '# Settings',
    '',
    'Generated from `src/config/settings.ts` by `npm run docs:settings`; CI (`npm run docs:check`) fails when this file is stale.',
    'A command-line flag wins over an environment variable, which wins over the default. Relative paths are',
    'resolved against the working directory.',
    '',
    '| setting | flag | environment | default | meaning |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
