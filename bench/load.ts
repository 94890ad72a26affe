/**
 * npm run bench:load [-- --duration S] [-- --connections N] [-- --workers 1,2] [-- --db FILE]:
 * mixed traffic (search, autocomplete, code pages, API look-ups, browse) with autocannon against
 * `medcodes serve` on 127.0.0.1, once per worker count (default 10 minutes at 200 connections, with
 * 1 and then 2 workers). Prints req/s, latency percentiles, errors, client time-outs (10 s), non-2xx
 * answers, the server's RSS at start and end, and, mid-run, the `within=0` search timed together
 * with /healthz.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    connections: { type: 'string', default: '200' },
    workers: { type: 'string', default: '1,2' },
    db: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const DB = values.db ?? process.env.MEDCODES_TEST_DB ?? process.env.MEDCODES_DB ?? '.tmp/real.db';

// Everyday words and prefixes written for this bench (not the relevance queries).
const WORDS = [
  'diabetes',
  'fracture of femur',
  'asthma',
  'knee replacement',
  'pneumonia',
  'hypertension',
  'migraine',
  'heart failure',
  'wheelchair',
  'ambulance',
  'depression',
  'pregnancy',
  'sepsis',
  'obesity',
  'cataract',
  'back pain',
  'influenza',
  'anemia',
  'glucose monitor',
  'office visit',
];
const PREFIXES = [
  'dia',
  'fra',
  'ast',
  'kne',
  'pne',
  'hyp',
  'mig',
  'hea',
  'whe',
  'amb',
  'dep',
  'pre',
  'sep',
  'obe',
  'cat',
  'E11',
  'S72',
  '0SR',
  'J45',
  'A04',
];

function sampleCodes(): Array<{ system: string; code: string }> {
  const db = new Database(DB, { readonly: true });
  const rows = db
    .prepare(`SELECT c.system, c.code FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
              WHERE c.kind IN ('code', 'header') ORDER BY random() LIMIT 400`)
    .all() as Array<{ system: string; code: string }>;
  db.close();
  return rows;
}

async function canonicalPaths(base: string, codes: Array<{ system: string; code: string }>): Promise<string[]> {
  const out: string[] = [];
  for (const { system, code } of codes.slice(0, 200)) {
    const res = await fetch(`${base}/code/${system}/${encodeURIComponent(code)}`, { redirect: 'manual' });
    await res.arrayBuffer();
    const location = res.headers.get('location');
    if (res.status === 301 && location) out.push(location);
    else if (res.status === 200) out.push(`/code/${system}/${encodeURIComponent(code)}`);
  }
  return out;
}

function mix(pages: string[], codes: Array<{ system: string; code: string }>): string[] {
  const paths: string[] = [];
  for (const w of WORDS) paths.push(`/api/v1/search?q=${encodeURIComponent(w)}`, `/search?q=${encodeURIComponent(w)}`);
  for (const p of PREFIXES) paths.push(`/api/v1/autocomplete?q=${p}`, `/suggest?q=${p}`);
  for (const { system, code } of codes.slice(200)) paths.push(`/api/v1/codes/${system}/${encodeURIComponent(code)}`);
  paths.push(...pages, '/', '/browse/icd10cm', '/browse/icd10pcs', '/browse/hcpcs', '/data');
  return paths;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function startServer(workers: number): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    ['bin/medcodes.js', 'serve', '--db', DB, '--host', '127.0.0.1', '--port', '0', '--workers', String(workers), '--access-log', 'off'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  for (let i = 0; i < 600; i++) {
    const m = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
    if (m) return { child, base: `http://127.0.0.1:${m[1]}` };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start: ${err}`);
}

async function timed(url: string): Promise<string> {
  const t = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  const kind = res.status >= 400 ? ` ${(JSON.parse(body) as { error: { kind: string } }).error.kind}` : '';
  return `${res.status}${kind} in ${(performance.now() - t).toFixed(0)} ms`;
}

async function run(workers: number, codes: Array<{ system: string; code: string }>): Promise<void> {
  const { child, base } = await startServer(workers);
  const pid = child.pid as number;
  const pages = await canonicalPaths(base, codes);
  const paths = mix(pages, codes);
  const rssStart = rssMb(pid);
  let rssMax = rssStart;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMb(pid));
  }, 2000);
  let slowProbe: Promise<string> | undefined;
  const probeTimer = setTimeout(
    () => {
      slowProbe = (async () => {
        const slow = timed(`${base}/api/v1/search?q=title%20zqx&within=0`);
        await new Promise((r) => setTimeout(r, 100));
        const health = await timed(`${base}/healthz`);
        return `within=0 search: ${await slow}; /healthz sent 100 ms later: ${health}`;
      })();
    },
    (DURATION * 1000) / 2,
  );
  let n = 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => {
          n += 1;
          return { ...req, path: paths[(n * 7919) % paths.length] as string };
        },
      },
    ],
  });
  clearTimeout(probeTimer);
  clearInterval(sampler);
  const rssEnd = rssMb(pid);
  const probe = slowProbe ? await slowProbe : 'not run (duration too short)';
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([s, v]) => `${s}: ${(v as { count: number }).count}`)
    .join(', ');
  console.log(
    `\n== ${workers} worker${workers > 1 ? 's' : ''}, ${CONNECTIONS} connections, ${DURATION} s, ${paths.length} distinct addresses ==`,
  );
  console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
  console.log(
    `latency: p50 ${result.latency.p50} ms  p90 ${result.latency.p90} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms`,
  );
  console.log(`errors: ${result.errors}  client time-outs (10 s): ${result.timeouts}  non-2xx: ${result.non2xx}  by status: ${statuses}`);
  console.log(`server RSS: start ${rssStart.toFixed(0)} MB, end ${rssEnd.toFixed(0)} MB, max ${rssMax.toFixed(0)} MB`);
  console.log(probe);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

const codes = sampleCodes();
console.log(`bench:load on ${DB}`);
for (const w of values.workers.split(',').map(Number)) await run(w, codes);
