/**
 * Relevance on queries written outside the project (../shared/relevance-dev, or
 * MEDCODES_RELEVANCE_DEV): recall@10, MRR@10 and the share of queries with no hit, per file and per
 * kind, system-filtered and unfiltered — the rules of that folder's README and score.py. The queries
 * are read here, at measuring time only; nothing the product builds or reads ever sees them.
 *
 * Usage: npm run bench:relevance [-- --db FILE] [--misses] [--unfiltered-misses]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { openMedcodes } from '../../src/app/medcodes.js';
import type { CodeSystemId } from '../../src/core/systems.js';

export interface DevRow {
  file: string;
  q: string;
  system: CodeSystemId;
  expected: string[];
  kind: string;
}

export interface DevScore {
  recall: number;
  rr: number;
  empty: boolean;
  top: string[];
}

const norm = (c: string) => c.replace(/\./g, '').toUpperCase();

/** Every row of every `dev_*.tsv` in the folder (header: query, system, expected_codes, source, kind). */
export function loadDevSet(dir: string): DevRow[] {
  const rows: DevRow[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n').slice(1);
    for (const line of lines) {
      if (!line.trim()) continue;
      const [q, system, expected, , kind] = line.split('\t');
      rows.push({
        file: basename(name, '.tsv'),
        q: q as string,
        system: system as CodeSystemId,
        expected: (expected ?? '')
          .split(',')
          .map((e) => norm(e.trim()))
          .filter(Boolean),
        kind: (kind ?? '').trim(),
      });
    }
  }
  return rows;
}

type Medcodes = ReturnType<typeof openMedcodes>;

/** Expected entries that are valid in the default release (a prefix counts when some code starts with it). */
export function validExpected(medcodes: Medcodes, row: DevRow, cache: Map<string, boolean>): string[] {
  return row.expected.filter((e) => {
    const id = `${row.system}|${e}`;
    let ok = cache.get(id);
    if (ok === undefined) {
      try {
        medcodes.lookupCode(row.system, e);
        ok = true;
      } catch {
        ok = false;
      }
      cache.set(id, ok);
    }
    return ok;
  });
}

export function scoreDev(expected: string[], ranked: string[]): DevScore {
  const top = ranked.slice(0, 10).map(norm);
  const first = top.findIndex((c) => expected.some((e) => c.startsWith(e)));
  return { recall: first >= 0 ? 1 : 0, rr: first >= 0 ? 1 / (first + 1) : 0, empty: ranked.length === 0, top };
}

interface Agg {
  n: number;
  recall: number;
  rr: number;
  empty: number;
}

function table(title: string, groups: Map<string, Agg>): string {
  const lines = [title, `${'group'.padEnd(34)} ${'n'.padStart(5)}  recall@10  MRR@10  no-hit`];
  for (const [g, a] of [...groups].sort((x, y) => (x[0] === 'all' ? 1 : y[0] === 'all' ? -1 : x[0] < y[0] ? -1 : 1))) {
    lines.push(
      `${g.padEnd(34)} ${String(a.n).padStart(5)}  ${(a.recall / a.n).toFixed(3).padStart(9)}  ${(a.rr / a.n).toFixed(3).padStart(6)}  ${((100 * a.empty) / a.n).toFixed(1).padStart(5)} %`,
    );
  }
  return lines.join('\n');
}

function add(groups: Map<string, Agg>, key: string, s: DevScore): void {
  const a = groups.get(key) ?? { n: 0, recall: 0, rr: 0, empty: 0 };
  a.n += 1;
  a.recall += s.recall;
  a.rr += s.rr;
  a.empty += s.empty ? 1 : 0;
  groups.set(key, a);
}

export interface DevReport {
  text: string;
  overall: { filtered: Agg; unfiltered: Agg };
}

/** Scores every row filtered by its system and unfiltered; returns the printed tables. */
export function runDevSet(medcodes: Medcodes, rows: DevRow[], showMisses: boolean, filteredOnly = false): DevReport {
  const cache = new Map<string, boolean>();
  const out: string[] = [];
  const overall: Partial<DevReport['overall']> = {};
  for (const mode of filteredOnly ? (['filtered'] as const) : (['filtered', 'unfiltered'] as const)) {
    const groups = new Map<string, Agg>();
    const misses: string[] = [];
    for (const row of rows) {
      const expected = validExpected(medcodes, row, cache);
      if (expected.length === 0) continue;
      const ranked = medcodes
        .search({ q: row.q, limit: 10, offset: 0, systems: mode === 'filtered' ? [row.system] : undefined })
        .hits.map((h) => h.code);
      const s = scoreDev(expected, ranked);
      for (const key of ['all', `file ${row.file}`, `kind ${row.kind}`, `system ${row.system}`]) add(groups, key, s);
      if (s.recall === 0)
        misses.push(`MISS ${mode} [${row.kind}] ${row.q} → ${expected.slice(0, 3).join(',')} got ${s.top.slice(0, 4).join(',')}`);
    }
    overall[mode] = groups.get('all');
    out.push(table(`-- ${mode === 'filtered' ? 'system-filtered (system= the row\u2019s system)' : 'unfiltered (no system)'}`, groups));
    if (showMisses) out.push(misses.join('\n'));
  }
  return { text: out.join('\n\n'), overall: overall as DevReport['overall'] };
}
