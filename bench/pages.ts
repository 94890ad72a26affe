/**
 * npm run bench:pages — code-page throughput and latency with autocannon, on the full database.
 * The server runs in a child process (node --import tsx src/main.ts serve); autocannon loads it from
 * this one with canonical code-page addresses of every system taken from the sitemap: once over
 * thousands of distinct pages (more than the server's page cache, so each is looked up and
 * rendered) and once over 200 popular pages (served from the cache).
 * Database: --db PATH, MEDCODES_TEST_DB, MEDCODES_DB or .tmp/real.db.
 * Target on 2 cores: ≥ 1,000 requests/s and p99 < 50 ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';

const PORT = Number(process.env.BENCH_PORT ?? 8097);
const BASE = `http://127.0.0.1:${PORT}`;
/** Distinct pages per system: more than the server's page cache holds, so the main run measures rendering. */
const PER_SYSTEM = 1000;
const SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt', 'pos'];

function databasePath(): string {
  const flag = process.argv.indexOf('--db');
  const path = flag > 0 ? process.argv[flag + 1] : (process.env.MEDCODES_TEST_DB ?? process.env.MEDCODES_DB ?? '.tmp/real.db');
  if (!path || !existsSync(path))
    throw new Error(`no database at ${path}: build one (npx tsx src/main.ts build --db .tmp/real.db) or pass --db PATH`);
  return path;
}

async function waitForServer(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start in 20 s');
}

/** Canonical code-page paths, spread over each system's first sitemap file. */
async function codePaths(): Promise<string[]> {
  const paths: string[] = [];
  for (const system of SYSTEMS) {
    const res = await fetch(`${BASE}/sitemaps/${system}-1.xml`);
    if (!res.ok) continue;
    const all = [...(await res.text()).matchAll(/<loc>[^<]*?(\/code\/[^<]+)<\/loc>/g)].map((m) => m[1] as string);
    const step = Math.max(1, Math.floor(all.length / PER_SYSTEM));
    for (let i = 0; i < all.length && paths.length < PER_SYSTEM * (SYSTEMS.indexOf(system) + 1); i += step) paths.push(all[i] as string);
  }
  return paths.map((p) => p.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))));
}

async function run(title: string, paths: string[], headers: Record<string, string>): Promise<void> {
  const result = await autocannon({
    url: BASE,
    connections: 16,
    duration: 10,
    requests: paths.map((path) => ({ method: 'GET', path, headers })),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title.padEnd(20)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms   ${bad} failed of ${result.requests.total}`,
  );
}

async function main(): Promise<void> {
  const db = databasePath();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'serve', '--db', db, '--port', String(PORT), '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitForServer(child);
    const paths = await codePaths();
    console.log(`database ${db}; ${paths.length} code pages of ${SYSTEMS.join(', ')}; 16 connections, 10 s each`);
    const popular = paths.filter((_, i) => i % Math.ceil(paths.length / 200) === 0);
    await run('warm-up', popular, {});
    await run('distinct code pages', paths, {});
    await run('distinct, gzip', paths, { 'accept-encoding': 'gzip' });
    await run('popular code pages', popular, {});
    await run('popular, gzip', popular, { 'accept-encoding': 'gzip' });
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
