/**
 * npm run bench:search [-- DB]: search and autocomplete latency in-process over ≥1,000 mixed queries,
 * HTTP throughput of autocomplete with autocannon (50 connections, 30 s) against a server started on
 * loopback, and MiniSearch (prefix + fuzzy) over the same corpus and queries, side by side.
 * Set BENCH_SECONDS to shorten the HTTP run.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { openMedcodes } from '../src/app/medcodes.js';
import { loadJudged } from './relevance/run.js';
import { type Judged, scoreQuery } from './relevance/score.js';

const DB = process.argv[2] ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

function percentiles(ms: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
  return { p50: at(50), p95: at(95), p99: at(99), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const fmt = (p: ReturnType<typeof percentiles>) =>
  `p50 ${p.p50.toFixed(2)} ms  p95 ${p.p95.toFixed(2)} ms  p99 ${p.p99.toFixed(2)} ms  mean ${p.mean.toFixed(2)} ms`;

/** The judged queries, then variants (prefixes, other shapes) up to at least 1,000. */
function mixedQueries(judged: Judged[]): string[] {
  const out = judged.map((j) => j.q);
  for (const j of judged) {
    const words = j.q.split(' ');
    if (words.length > 1) out.push(words.slice(0, -1).join(' '));
    out.push(j.q.slice(0, Math.max(2, Math.ceil(j.q.length / 2))));
    if (out.length >= 1200) break;
  }
  return out;
}

function timeEach(queries: string[], run: (q: string) => unknown): number[] {
  for (const q of queries.slice(0, 100)) run(q); // warm-up
  return queries.map((q) => {
    const t = performance.now();
    run(q);
    return performance.now() - t;
  });
}

function miniSearchIndex(): { ms: MiniSearch; seconds: number } {
  const db = new Database(DB, { readonly: true });
  const rows = db
    .prepare('SELECT f.rowid AS id, d.code, f.title, f.terms, f.synonyms FROM search_fts f JOIN search_docs d ON d.id = f.rowid')
    .iterate() as Iterable<{
    id: number;
    code: string;
    title: string;
    terms: string;
    synonyms: string;
  }>;
  const t = performance.now();
  const ms = new MiniSearch({
    fields: ['code', 'key', 'title', 'terms'],
    storeFields: ['code'],
    searchOptions: { boost: { code: 4, title: 2 }, prefix: true, fuzzy: 0.2 },
  });
  const docs: Array<Record<string, unknown>> = [];
  for (const r of rows)
    docs.push({ id: r.id, code: r.code, key: r.code.replace('.', ''), title: r.title, terms: `${r.terms} ${r.synonyms}`.slice(0, 1000) });
  ms.addAll(docs);
  db.close();
  return { ms, seconds: (performance.now() - t) / 1000 };
}

async function httpThroughput(queries: string[]): Promise<autocannon.Result> {
  const port = 38000 + Math.floor(Math.random() * 1000);
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'serve', '--db', DB, '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const paths = queries.map((q) => `/api/v1/autocomplete?q=${encodeURIComponent(q.slice(0, 12))}&limit=10`);
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length] as string }) }],
  });
  server.kill('SIGTERM');
  await once(server, 'exit');
  return result;
}

async function main(): Promise<void> {
  const judged = loadJudged();
  const queries = mixedQueries(judged);
  const medcodes = openMedcodes(DB);
  const lines = [`medcodes search benchmark on ${DB}: ${queries.length} mixed queries (${judged.length} judged)`];
  const search = percentiles(timeEach(queries, (q) => medcodes.search({ q, limit: 20, offset: 0 })));
  const auto = percentiles(timeEach(queries, (q) => medcodes.autocomplete(q.slice(0, 12), [], 10)));
  lines.push(`search (in-process)        ${fmt(search)}`, `autocomplete (in-process)  ${fmt(auto)}`);
  process.stdout.write(`${lines.splice(0).join('\n')}\n`);
  const ours = judged.map((j) =>
    scoreQuery(
      j,
      medcodes.search({ q: j.q, limit: 10, offset: 0 }).hits.map((h) => h.code),
    ),
  );
  medcodes.close();
  if (process.env.BENCH_SKIP_MINISEARCH) return void process.stdout.write(`${lines.join('\n')}\n${await httpLine(queries)}\n`);
  const { ms, seconds } = miniSearchIndex();
  const miniRank = (q: string) =>
    ms
      .search(q)
      .slice(0, 10)
      .map((r) => r.code as string);
  const mini = percentiles(timeEach(queries, miniRank));
  const theirs = judged.map((j) => scoreQuery(j, miniRank(j.q)));
  const avg = (s: Array<{ recall: number; rr: number }>, k: 'recall' | 'rr') => (s.reduce((a, b) => a + b[k], 0) / s.length).toFixed(3);
  lines.push(
    `MiniSearch 7.2.0 (prefix, fuzzy 0.2; index built in ${seconds.toFixed(1)} s)  ${fmt(mini)}`,
    `recall@10 / MRR@10 on the judged set: medcodes ${avg(ours, 'recall')} / ${avg(ours, 'rr')}   MiniSearch ${avg(theirs, 'recall')} / ${avg(theirs, 'rr')}`,
  );
  process.stdout.write(`${lines.join('\n')}\n${await httpLine(queries)}\n`);
}

async function httpLine(queries: string[]): Promise<string> {
  const http = await httpThroughput(queries);
  return (
    `autocomplete over HTTP (autocannon, 50 connections, ${SECONDS} s): ${http.requests.average.toFixed(0)} req/s average, ` +
    `latency p50 ${http.latency.p50} ms p99 ${http.latency.p99} ms, ${http.errors} errors, ${http.non2xx} non-2xx, ${http.requests.total} requests`
  );
}

await main();
