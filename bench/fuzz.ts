/**
 * npm run bench:fuzz [-- --runs N] [-- --db FILE]: the fuzz test's hostile requests (test/support/fuzz-requests.ts)
 * against the app in-process on the real database (MEDCODES_TEST_DB, MEDCODES_DB or .tmp/real.db),
 * 100,000 by default. Prints answers by status, every contract breach (5xx, error shape) and the
 * slowest requests. Exits 1 on any breach.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { openMedcodes } from '../src/app/medcodes.js';
import { createApp } from '../src/http/app.js';
import { contractBreach, fuzzRequest, sendInProcess } from '../test/support/fuzz-requests.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '100000' }, db: { type: 'string' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const db = values.db ?? process.env.MEDCODES_TEST_DB ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
if (!existsSync(db)) throw new Error(`bench:fuzz needs a built database: ${db} does not exist (--db FILE)`);
const medcodes = openMedcodes(db);
const app = createApp({ medcodes });
const seed = values.seed === undefined ? Date.now() : Number(values.seed);
const statuses = new Map<number, number>();
const breaches: string[] = [];
const slowest: Array<[number, string]> = [];
const started = performance.now();
let done = 0;
for (const req of fc.sample(fuzzRequest, { numRuns: runs, seed })) {
  const t = performance.now();
  const res = await sendInProcess(app, req);
  const breach = await contractBreach(req, res);
  const ms = performance.now() - t;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  if (breach) breaches.push(breach);
  slowest.push([ms, `${req.method} ${req.url}`]);
  if (slowest.length > 50) slowest.sort((a, b) => b[0] - a[0]).splice(10);
  done += 1;
  if (done % 10_000 === 0) process.stderr.write(`${done} requests, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
const seconds = (performance.now() - started) / 1000;
const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
console.log(`bench:fuzz ${runs} requests in-process on ${db} (seed ${seed}) in ${seconds.toFixed(0)} s`);
console.log(
  `answers by status: ${[...statuses]
    .sort((a, b) => a[0] - b[0])
    .map(([s, c]) => `${s}: ${c}`)
    .join(', ')}`,
);
console.log(`5xx: ${fivexx}; contract breaches: ${breaches.length}`);
for (const b of breaches.slice(0, 20)) console.log(`  ${b}`);
console.log('slowest:');
for (const [ms, what] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 5)) console.log(`  ${ms.toFixed(0)} ms  ${what.slice(0, 120)}`);
medcodes.close();
process.exit(breaches.length > 0 ? 1 : 0);
