/**
 * Relevance of search. First on queries written outside the project (../shared/relevance-dev or
 * MEDCODES_RELEVANCE_DEV; see dev.ts), then on the project's own judged set (queries.json), kept as
 * a regression check. Usage: npm run bench:relevance [-- DB] [--misses]
 * (DB default: $MEDCODES_DB or .tmp/real.db)
 */
import { existsSync, readFileSync } from 'node:fs';
import { openMedcodes } from '../../src/app/medcodes.js';
import { loadDevSet, runDevSet } from './dev.js';
import { formatRows, type Judged, scoreQuery, summarise } from './score.js';

export function loadJudged(): Judged[] {
  return JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as Judged[];
}

export function ourRanking(medcodes: ReturnType<typeof openMedcodes>, q: string): string[] {
  return medcodes.search({ q, limit: 10, offset: 0 }).hits.map((h) => h.code);
}

function main(): void {
  const db = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
  const medcodes = openMedcodes(db);
  const devDir = process.env.MEDCODES_RELEVANCE_DEV ?? '../shared/relevance-dev';
  if (existsSync(devDir)) {
    const rows = loadDevSet(devDir);
    process.stdout.write(`medcodes search on ${rows.length} queries written outside the project (${devDir})\n`);
    process.stdout.write(`${runDevSet(medcodes, rows, process.argv.includes('--misses')).text}\n\n`);
  } else {
    process.stdout.write(`(no dev set at ${devDir}: set MEDCODES_RELEVANCE_DEV to measure on queries written outside the project)\n\n`);
  }
  const judged = loadJudged();
  const scores = judged.map((j) => scoreQuery(j, ourRanking(medcodes, j.q)));
  process.stdout.write(
    `${formatRows(
      `medcodes search on ${judged.length} judged queries (${db})\n-- by system`,
      summarise(judged, scores, (j) => j.system),
    )}\n\n`,
  );
  process.stdout.write(
    `${formatRows(
      '-- by kind',
      summarise(judged, scores, (j) => j.kind),
    )}\n`,
  );
  if (process.argv.includes('--misses')) {
    judged.forEach((j, i) => {
      if ((scores[i]?.recall ?? 0) < 1)
        process.stdout.write(`MISS [${j.kind}] ${j.q} → ${j.expected.join(',')} got ${ourRanking(medcodes, j.q).slice(0, 5).join(',')}\n`);
    });
  }
  medcodes.close();
}

if (import.meta.url === `file://${process.argv[1]}`) main();
