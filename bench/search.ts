/**
 * npm run bench:search [-- DB]: search latency in-process over the queries written outside the
 * project (../shared/relevance-dev, or MEDCODES_RELEVANCE_DEV) and the project's own judged set,
 * autocomplete latency with its answer cache off (prefixes of those queries), side by side with
 * MiniSearch (prefix + fuzzy) and a plain SQLite FTS5 table (all words first, then any word, ranked
 * by bm25) over the same fields — latency and recall@10 on the dev set for each — then HTTP
 * throughput of autocomplete with autocannon against a server on loopback. BENCH_SECONDS shortens
 * the HTTP run; BENCH_SKIP_BASELINES skips MiniSearch and FTS5.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { openMedcodes, openStore } from '../src/app/medcodes.js';
import { searchContext, suggest } from '../src/features/search/index.js';
import { type DevRow, loadDevSet, scoreDev, validExpected } from './relevance/dev.js';
import { loadJudged } from './relevance/run.js';

const DB = process.argv[2] ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const DEV = process.env.MEDCODES_RELEVANCE_DEV ?? '../shared/relevance-dev';

function percentiles(ms: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
  return { p50: at(50), p95: at(95), p99: at(99), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const fmt = (p: ReturnType<typeof percentiles>) =>
  `p50 ${p.p50.toFixed(2)} ms  p95 ${p.p95.toFixed(2)} ms  p99 ${p.p99.toFixed(2)} ms  mean ${p.mean.toFixed(2)} ms`;

/** Prefixes as typed: each query cut after 2…12 characters and at each word end. */
function prefixes(queries: string[]): string[] {
  const out = new Set<string>();
  for (const q of queries) {
    for (const n of [3, 5, 8, 12]) if (q.length > n) out.add(q.slice(0, n).toLowerCase());
    const words = q.toLowerCase().split(' ');
    if (words.length > 1) out.add(`${words.slice(0, -1).join(' ')} ${(words.at(-1) as string).slice(0, 3)}`);
  }
  return [...out];
}

function timeEach(queries: string[], run: (q: string) => unknown): number[] {
  for (const q of queries.slice(0, 200)) run(q); // warm-up
  return queries.map((q) => {
    const t = performance.now();
    run(q);
    return performance.now() - t;
  });
}

interface CorpusDoc {
  id: number;
  code: string;
  system: string;
  title: string;
  terms: string;
  synonyms: string;
}

/** The searchable text of every default-release code, as the search feature indexes it. */
function corpus(): CorpusDoc[] {
  const db = new Database(DB, { readonly: true });
  const docs = new Map<number, CorpusDoc>();
  for (const r of db.prepare('SELECT id, code, system, display FROM search_docs').iterate() as Iterable<{
    id: number;
    code: string;
    system: string;
    display: string;
  }>)
    docs.set(r.id, { id: r.id, code: r.code, system: r.system, title: r.display, terms: '', synonyms: '' });
  for (const t of db.prepare('SELECT doc, field, text FROM search_terms').iterate() as Iterable<{
    doc: number;
    field: string;
    text: string;
  }>) {
    const d = docs.get(t.doc);
    if (!d) continue;
    if (t.field === 'synonym') d.synonyms += ` | ${t.text}`;
    else d.terms += ` | ${t.text}`;
  }
  db.close();
  return [...docs.values()];
}

function miniSearchIndex(docs: CorpusDoc[]): { ms: MiniSearch; seconds: number } {
  const t = performance.now();
  const ms = new MiniSearch({
    fields: ['title', 'terms', 'synonyms'],
    storeFields: ['code', 'system'],
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
  });
  ms.addAll(docs.map((d) => ({ ...d, terms: d.terms.slice(0, 2000), synonyms: d.synonyms.slice(0, 1000) })));
  return { ms, seconds: (performance.now() - t) / 1000 };
}

/** A plain FTS5 baseline: porter tokenizer over title, terms, synonyms; all words, else any word; bm25. */
function fts5Baseline(docs: CorpusDoc[]): { search: (q: string, system?: string) => string[]; seconds: number } {
  const t = performance.now();
  const db = new Database(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE f USING fts5(code UNINDEXED, system UNINDEXED, title, terms, synonyms, tokenize = 'porter unicode61 remove_diacritics 2')",
  );
  const insert = db.prepare('INSERT INTO f (code, system, title, terms, synonyms) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const d of docs) insert.run(d.code, d.system, d.title, d.terms, d.synonyms);
  })();
  db.exec("INSERT INTO f(f) VALUES('optimize')");
  const all = db.prepare('SELECT code FROM f WHERE f MATCH ? ORDER BY bm25(f, 0, 0, 3, 2, 1.5) LIMIT 10');
  const sys = db.prepare('SELECT code FROM f WHERE f MATCH ? AND system = ? ORDER BY bm25(f, 0, 0, 3, 2, 1.5) LIMIT 10');
  const run = (expr: string, system?: string) => (system ? sys.pluck().all(expr, system) : all.pluck().all(expr)) as string[];
  const search = (q: string, system?: string): string[] => {
    const words = q
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1);
    if (words.length === 0) return [];
    const quoted = words.map((w) => `"${w}"`);
    const hits = run(quoted.join(' AND '), system);
    return hits.length > 0 ? hits : run(quoted.join(' OR '), system);
  };
  return { search, seconds: (performance.now() - t) / 1000 };
}

/** recall@10 on the dev set (system-filtered) for one ranking function. */
function devRecall(rows: Array<DevRow & { valid: string[] }>, rank: (q: string, system: string) => string[]): string {
  let recall = 0;
  let rr = 0;
  let empty = 0;
  for (const r of rows) {
    const ranked = rank(r.q, r.system);
    const s = scoreDev(r.valid, ranked);
    recall += s.recall;
    rr += s.rr;
    empty += s.empty ? 1 : 0;
  }
  const n = rows.length;
  return `recall@10 ${(recall / n).toFixed(3)}  MRR@10 ${(rr / n).toFixed(3)}  no hit ${((100 * empty) / n).toFixed(1)} %`;
}

async function httpThroughput(queries: string[]): Promise<autocannon.Result> {
  const port = 38000 + Math.floor(Math.random() * 1000);
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'serve', '--db', DB, '--port', String(port), '--host', '127.0.0.1', '--access-log', 'off'],
    // stdout ignored: a pipe nobody reads fills with the access log and the server blocks on it at exit.
    { stdio: ['ignore', 'ignore', 'inherit'] },
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
  const medcodes = openMedcodes(DB);
  const cache = new Map<string, boolean>();
  const dev = existsSync(DEV)
    ? loadDevSet(DEV)
        .map((r) => ({ ...r, valid: validExpected(medcodes, r, cache) }))
        .filter((r) => r.valid.length > 0)
    : [];
  const own = loadJudged().map((j) => j.q);
  const queries = [...dev.map((r) => r.q), ...own];
  const typed = prefixes(queries);
  const lines = [
    `medcodes search benchmark on ${DB}: ${queries.length} queries (${dev.length} from ${DEV}, ${own.length} of the project's own), ${typed.length} autocomplete prefixes`,
  ];
  const search = percentiles(timeEach(queries, (q) => medcodes.search({ q, limit: 10, offset: 0 })));
  const ctx = searchContext(openStore(medcodes.dbPath).db);
  const auto = percentiles(timeEach(typed, (q) => suggest(ctx, q, null, 10)));
  lines.push(`medcodes search (in-process)                    ${fmt(search)}`);
  lines.push(`medcodes autocomplete (in-process, cache off)   ${fmt(auto)}`);
  if (dev.length > 0)
    lines.push(
      `medcodes on the dev set (system-filtered): ${devRecall(dev, (q, system) => medcodes.search({ q, limit: 10, offset: 0, systems: [system as never] }).hits.map((h) => h.code))}`,
    );
  process.stdout.write(`${lines.splice(0).join('\n')}\n`);
  medcodes.close();
  if (!process.env.BENCH_SKIP_BASELINES) {
    const docs = corpus();
    const { ms, seconds } = miniSearchIndex(docs);
    const miniRank = (q: string, system?: string) =>
      ms
        .search(q, system ? { filter: (r) => r.system === system } : {})
        .slice(0, 10)
        .map((r) => r.code as string);
    lines.push(
      `MiniSearch 7.2.0 search (prefix, fuzzy 0.2; indexed in ${seconds.toFixed(1)} s)  ${fmt(percentiles(timeEach(queries, (q) => miniRank(q))))}`,
    );
    lines.push(`MiniSearch autocomplete                          ${fmt(percentiles(timeEach(typed, (q) => miniRank(q))))}`);
    if (dev.length > 0) lines.push(`MiniSearch on the dev set (system-filtered): ${devRecall(dev, miniRank)}`);
    const fts = fts5Baseline(docs);
    lines.push(
      `FTS5 all-then-any bm25 search (indexed in ${fts.seconds.toFixed(1)} s)     ${fmt(percentiles(timeEach(queries, (q) => fts.search(q))))}`,
    );
    if (dev.length > 0) lines.push(`FTS5 baseline on the dev set (system-filtered): ${devRecall(dev, fts.search)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (SECONDS > 0) process.stdout.write(`${await httpLine(typed)}\n`);
}

async function httpLine(queries: string[]): Promise<string> {
  const http = await httpThroughput(queries);
  return (
    `autocomplete over HTTP (autocannon, 50 connections, ${SECONDS} s): ${http.requests.average.toFixed(0)} req/s average, ` +
    `latency p50 ${http.latency.p50} ms p99 ${http.latency.p99} ms, ${http.errors} errors, ${http.non2xx} non-2xx, ${http.requests.total} requests`
  );
}

await main();
