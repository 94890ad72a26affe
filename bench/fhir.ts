/**
 * npm run bench:fhir [-- DB]: FHIR terminology operations over HTTP with autocannon (20 connections,
 * 30 s each, BENCH_SECONDS to shorten) against a server started on loopback in its own process:
 * CodeSystem/$lookup, CodeSystem/$validate-code, ValueSet/$expand with a text filter, and beside them,
 * in the same run, /api/v1/autocomplete with the same words. Requests rotate over real codes and words
 * sampled from the database (a tenth of the codes misspelt, so validation also answers "unknown").
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { SYSTEM_INFO } from '../src/core/systems.js';

const DB = process.argv[2] ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 20;

function sample(): { codes: Array<{ system: string; code: string }>; words: string[] } {
  const db = new Database(DB, { readonly: true });
  const codes = db
    .prepare(
      `SELECT c.system, c.code, c.display FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
       WHERE c.kind IN ('code', 'header') AND c.system IN ('icd10cm', 'icd10pcs', 'hcpcs', 'cpt') ORDER BY random() LIMIT 2000`,
    )
    .all() as Array<{ system: string; code: string; display: string }>;
  db.close();
  const words = [
    ...new Set(
      codes
        .flatMap((c) => c.display.toLowerCase().split(/[^a-z]+/))
        .filter((w) => w.length >= 5)
        .map((w, i) => w.slice(0, 4 + (i % 4))),
    ),
  ].slice(0, 1000);
  return { codes: codes.map(({ system, code }, i) => ({ system, code: i % 10 === 9 ? `${code}9` : code })), words };
}

async function run(name: string, port: number, paths: string[]): Promise<string> {
  let n = 0;
  const r = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length] as string }) }],
  });
  return `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(5)} ms  max ${r.latency.max} ms  ${r.requests.total} requests, ${r.errors} errors, ${r.non2xx} non-2xx`;
}

async function main(): Promise<void> {
  const { codes, words } = sample();
  const uri = (system: string) => encodeURIComponent(SYSTEM_INFO[system as keyof typeof SYSTEM_INFO].uri);
  const port = 39000 + Math.floor(Math.random() * 1000);
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'serve', '--db', DB, '--port', String(port), '--host', '127.0.0.1'],
    // The access log goes to /dev/null, written as in production: an unread pipe filled up, and the
    // server's final log flush then waited on it for ever after SIGTERM.
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Measure only once a worker has the database open (/readyz); /healthz answers before that.
  let ready = false;
  for (const started = Date.now(); !ready && Date.now() - started < 120_000; ) {
    ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  if (!ready) {
    server.kill('SIGKILL');
    throw new Error(`the server on port ${port} was not ready within 120 s`);
  }
  const vs = encodeURIComponent(`${SYSTEM_INFO.icd10cm.uri}?fhir_vs`);
  // The machine may be shared: the load is part of the figures.
  const load = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus().length} cores`;
  const lines = [
    `FHIR over HTTP on ${DB}: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each (${codes.length} codes, ${words.length} words)`,
    `before: ${load()}`,
  ];
  // $lookup of a misspelt code is a 404: look up only the real ones.
  const real = codes.filter((_, i) => i % 10 !== 9);
  lines.push(
    await run(
      'CodeSystem/$lookup',
      port,
      real.map((c) => `/fhir/CodeSystem/$lookup?system=${uri(c.system)}&code=${encodeURIComponent(c.code)}`),
    ),
  );
  lines.push(
    await run(
      'CodeSystem/$validate-code',
      port,
      codes.map((c) => `/fhir/CodeSystem/$validate-code?url=${uri(c.system)}&code=${encodeURIComponent(c.code)}`),
    ),
  );
  lines.push(
    await run(
      'ValueSet/$expand filter (ICD-10-CM)',
      port,
      words.map((w) => `/fhir/ValueSet/$expand?url=${vs}&filter=${encodeURIComponent(w)}&count=10`),
    ),
  );
  lines.push(
    await run(
      '/api/v1/autocomplete',
      port,
      words.map((w) => `/api/v1/autocomplete?q=${encodeURIComponent(w)}&limit=10`),
    ),
  );
  lines.push(`after: ${load()}`);
  server.kill('SIGTERM');
  await once(server, 'exit');
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
