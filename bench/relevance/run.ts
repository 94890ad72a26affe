/**
 * Relevance of search on the judged set (queries.json): recall@10 and MRR@10 per system and per
 * kind of query. Usage: npm run bench:relevance [-- DB]   (default: $MEDCODES_DB or .tmp/real.db)
 */
import { readFileSync } from 'node:fs';
import { openMedcodes } from '../../src/app/medcodes.js';
import { formatRows, type Judged, scoreQuery, summarise } from './score.js';

export function loadJudged(): Judged[] {
  return JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as Judged[];
}

export function ourRanking(medcodes: ReturnType<typeof openMedcodes>, q: string): string[] {
  return medcodes.search({ q, limit: 10, offset: 0 }).hits.map((h) => h.code);
}

function main(): void {
  const db = process.argv[2] ?? process.env.MEDCODES_DB ?? '.tmp/real.db';
  const medcodes = openMedcodes(db);
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
