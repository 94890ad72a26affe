/**
 * npm run bench:load [-- --duration S] [-- --connections N] [-- --workers N] [-- --compare 1,2]
 * [-- --compare-duration S] [-- --db FILE]: mixed traffic (search, autocomplete, code pages, API
 * look-ups, browse) with autocannon against `medcodes serve` on 127.0.0.1.
 * 1. The long run: 10 minutes at 200 connections on 2 workers (by default). Prints req/s, latency
 *    percentiles, errors, client time-outs (10 s), answers by status, the server's RSS every 30 s
 *    with its least-squares slope (whole run and second half, after the caches filled), and the
 *    `within=0` search timed together with /healthz (sent 100 ms later): once before the load, then
 *    at a quarter, half and three quarters of the run.
 * 2. Shutdown under load: as many clients keep requesting, the server gets SIGTERM; outcomes of the
 *    requests sent before the signal (in flight: each must be answered) and after it (answered,
 *    refused once the listener closed, or failed), and the exit code and time.
 * 3. Side by side: the same traffic for --compare-duration (90 s) with 1 and then 2 workers: req/s.
 * Exits 1 when the long run had an error, a time-out or a non-2xx answer, or a request in flight at
 * the signal was not answered, or the exit code was not 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    connections: { type: 'string', default: '200' },
    workers: { type: 'string', default: '2' },
    compare: { type: 'string', default: '1,2' },
    'compare-duration': { type: 'string', default: '90' },
    db: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const DB = values.db ?? process.env.MEDCODES_TEST_DB ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
const RSS_EVERY_MS = 30_000;

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

/** Least-squares slope of MB over minutes. */
function slopePerMinute(points: Array<[seconds: number, mb: number]>): number {
  if (points.length < 2) return 0;
  const xs = points.map(([s]) => s / 60);
  const ys = points.map(([, mb]) => mb);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<unknown>;
}

async function startServer(workers: number): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['bin/medcodes.js', 'serve', '--db', DB, '--host', '127.0.0.1', '--port', '0', '--workers', String(workers), '--access-log', 'off'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = once(child, 'exit');
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  for (let i = 0; i < 600; i++) {
    const m = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
    if (m) {
      const base = `http://127.0.0.1:${m[1]}`;
      while ((await fetch(`${base}/readyz`).catch(() => null))?.status !== 200) await new Promise((r) => setTimeout(r, 100));
      return { child, base, exited };
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start: ${err}`);
}

async function stopServer(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

async function timed(url: string): Promise<string> {
  const t = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  const kind = res.status >= 400 ? ` ${(JSON.parse(body) as { error: { kind: string } }).error.kind}` : '';
  return `${res.status}${kind} in ${(performance.now() - t).toFixed(0)} ms`;
}

/** The within=0 search and, 100 ms later, /healthz, both while the load runs. */
async function slowAndHealth(base: string): Promise<string> {
  const slow = timed(`${base}/api/v1/search?q=title%20zqx&within=0`);
  await new Promise((r) => setTimeout(r, 100));
  const health = await timed(`${base}/healthz`);
  return `within=0 search ${await slow}; /healthz sent 100 ms later ${health}`;
}

function traffic(base: string, paths: string[], seconds: number): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
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
}

function report(title: string, result: autocannon.Result): boolean {
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([s, v]) => `${s}: ${(v as { count: number }).count}`)
    .join(', ');
  console.log(`\n== ${title} ==`);
  console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
  console.log(
    `latency: p50 ${result.latency.p50} ms  p90 ${result.latency.p90} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms`,
  );
  console.log(`errors: ${result.errors}  client time-outs (10 s): ${result.timeouts}  non-2xx: ${result.non2xx}  by status: ${statuses}`);
  return result.errors === 0 && result.timeouts === 0 && result.non2xx === 0;
}

async function longRun(workers: number, paths: string[], server: Server): Promise<boolean> {
  const pid = server.child.pid as number;
  const idle = await slowAndHealth(server.base);
  const started = performance.now();
  const rss: Array<[number, number]> = [[0, rssMb(pid)]];
  const sampler = setInterval(() => rss.push([Math.round((performance.now() - started) / 1000), rssMb(pid)]), RSS_EVERY_MS);
  const probes: Array<Promise<string>> = [];
  const probeTimers = [0.25, 0.5, 0.75].map((f) =>
    setTimeout(() => probes.push(slowAndHealth(server.base).then((s) => `at ${Math.round(f * DURATION)} s: ${s}`)), f * DURATION * 1000),
  );
  const result = await traffic(server.base, paths, DURATION);
  for (const t of probeTimers) clearTimeout(t);
  clearInterval(sampler);
  rss.push([Math.round((performance.now() - started) / 1000), rssMb(pid)]);
  const clean = report(
    `long run: ${workers} workers, ${CONNECTIONS} connections, ${DURATION} s, ${paths.length} distinct addresses`,
    result,
  );
  const [, first] = rss[0] as [number, number];
  const [, last] = rss[rss.length - 1] as [number, number];
  const secondHalf = rss.filter(([s]) => s >= DURATION / 2);
  console.log(
    `server RSS: start ${first.toFixed(0)} MB, end ${last.toFixed(0)} MB, max ${Math.max(...rss.map(([, mb]) => mb)).toFixed(0)} MB`,
  );
  console.log(`RSS every ${RSS_EVERY_MS / 1000} s (MB): ${rss.map(([s, mb]) => `${s}s ${mb.toFixed(0)}`).join(', ')}`);
  console.log(
    `RSS slope: ${slopePerMinute(rss).toFixed(2)} MB/min over the whole run, ${slopePerMinute(secondHalf).toFixed(2)} MB/min over the second half (${secondHalf.length} samples)`,
  );
  console.log(`before the load: ${idle}`);
  for (const p of probes) console.log(await p);
  if (probes.length === 0) console.log('within=0 with /healthz: not run (duration too short)');
  return clean;
}

type Tally = Map<string, number>;
const add = (t: Tally, k: string) => t.set(k, (t.get(k) ?? 0) + 1);
const show = (t: Tally) =>
  [...t]
    .sort()
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ') || 'none';

/**
 * Clients requesting in turn until the server is gone; SIGTERM after `afterMs`. Outcomes are
 * counted apart for the requests sent before the signal (in flight: each must be answered) and
 * those sent after it (answered, refused once the listener closed, or reset when the listener
 * closed with their connection still in the kernel's accept queue).
 */
async function shutdownUnderLoad(server: Server, paths: string[], afterMs: number): Promise<boolean> {
  const before: Tally = new Map();
  const after: Tally = new Map();
  let signalled = Number.POSITIVE_INFINITY;
  const loops = Array.from({ length: CONNECTIONS }, async (_, c) => {
    for (let i = c; ; i += CONNECTIONS) {
      const sent = performance.now();
      const tally = sent < signalled ? before : after;
      try {
        const res = await fetch(server.base + (paths[(i * 7919) % paths.length] as string));
        await res.arrayBuffer();
        add(tally, String(res.status));
      } catch (err) {
        add(tally, String((err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message));
        if (performance.now() > signalled) return;
      }
    }
  });
  await new Promise((r) => setTimeout(r, afterMs));
  signalled = performance.now();
  server.child.kill('SIGTERM');
  const [code] = (await server.exited) as [number | null];
  const exitMs = performance.now() - signalled;
  await Promise.all(loops);
  console.log(`\n== shutdown under load: ${CONNECTIONS} clients, SIGTERM after ${afterMs / 1000} s ==`);
  console.log(`requests sent before SIGTERM: ${show(before)}`);
  console.log(`requests sent after SIGTERM: ${show(after)}`);
  console.log(`exit code ${code}, ${exitMs.toFixed(0)} ms after SIGTERM`);
  const failedInFlight = [...before.keys()].filter((k) => !/^[234]\d\d$/.test(k));
  return failedInFlight.length === 0 && code === 0;
}

const codes = sampleCodes();
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`bench:load on ${DB}, ${new Date().toISOString()}, load average ${loadavg()}`);
const long = await startServer(Number(values.workers));
const pages = await canonicalPaths(long.base, codes);
const paths = mix(pages, codes);
let clean = await longRun(Number(values.workers), paths, long);
clean = (await shutdownUnderLoad(long, paths, 5000)) && clean;
const compare = values.compare ? values.compare.split(',').map(Number) : [];
const seconds = Number(values['compare-duration']);
for (const w of compare) {
  const server = await startServer(w);
  report(
    `side by side: ${w} worker${w > 1 ? 's' : ''}, ${CONNECTIONS} connections, ${seconds} s`,
    await traffic(server.base, paths, seconds),
  );
  await stopServer(server);
}
console.log(`\nload average at the end: ${loadavg()}`);
process.exitCode = clean ? 0 : 1;
