/** `medcodes search QUERY… [--system S] [--billable] [--limit N] [--json]`: the same JSON as GET /api/v1/search. */
import type { Command } from 'commander';
import { openMedcodes } from '../app/medcodes.js';
import { loadSettings } from '../config/settings.js';
import { AppError } from '../core/errors.js';
import { CODE_SYSTEMS, type CodeSystemId } from '../core/systems.js';
import type { SearchResult } from '../features/codes/index.js';

function formatResult(r: SearchResult): string {
  const lines = [`${r.total} result${r.total === 1 ? '' : 's'} for "${r.query}"`];
  if (r.corrected) lines.push(`corrected: ${r.corrected.map((c) => `${c.from} → ${c.to}`).join(', ')}`);
  for (const h of r.hits) {
    const why = h.matched[0] ? `  (${h.matched[0].field}: ${h.matched[0].text})` : '';
    lines.push(`${h.system.padEnd(9)} ${h.code.padEnd(12)} ${h.billable ? ' ' : '*'} ${h.display || '(no descriptor)'}${why}`);
  }
  if (r.hits.some((h) => !h.billable)) lines.push('* not valid for submission (header or grouping)');
  return lines.join('\n');
}

function systemsOf(value: string | undefined): CodeSystemId[] {
  if (!value) return [];
  const list = value.split(',').map((s) => s.trim().toLowerCase());
  const bad = list.find((s) => !(CODE_SYSTEMS as readonly string[]).includes(s));
  if (bad) throw new AppError('invalid', `unknown code system "${bad}": use one of ${CODE_SYSTEMS.join(', ')}`, 'system');
  return list as CodeSystemId[];
}

export function addSearchCommand(program: Command): void {
  program
    .command('search')
    .description('Search every code system by code, range, words, abbreviations and lay terms')
    .argument('<query...>', 'a code, a range (A15-A19), a pattern (E11.*) or words')
    .option('--system <systems>', `only these systems, comma-separated (${CODE_SYSTEMS.join(', ')})`)
    .option('--billable', 'only codes valid for submission')
    .option('--release <release>', 'release of the one system searched')
    .option('--limit <n>', 'hits to show (1-100)', '20')
    .option('--offset <n>', 'hits to skip (0-10000)', '0')
    .option('--json', 'print the same JSON as the API')
    .option('--db <path>', 'database file (env MEDCODES_DB)')
    .action((words: string[], opts) => {
      const medcodes = openMedcodes(loadSettings(opts, process.env).db);
      try {
        const result = medcodes.search({
          q: words.join(' '),
          systems: systemsOf(opts.system),
          billable: Boolean(opts.billable),
          release: opts.release,
          limit: Number(opts.limit),
          offset: Number(opts.offset),
        });
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatResult(result)}\n`);
      } finally {
        medcodes.close();
      }
    });
}
