/** Judged queries and the two measures: recall@10 and MRR@10 (an expected "0SRC*" matches any code starting with 0SRC). */
export interface Judged {
  q: string;
  kind: 'lay' | 'clinical' | 'index' | 'abbreviation' | 'misspelling' | 'code';
  system: string;
  expected: string[];
  /** The expected codes are alternatives: finding any one of them is full recall. */
  any?: boolean;
  source: string;
}

const norm = (c: string) => c.replace(/\./g, '').toUpperCase();

function hit(expected: string, code: string): boolean {
  return expected.endsWith('*') ? norm(code).startsWith(norm(expected.slice(0, -1))) : norm(code) === norm(expected);
}

export function scoreQuery(j: Judged, ranked: string[]): { recall: number; rr: number } {
  const top = ranked.slice(0, 10);
  const found = j.expected.filter((e) => top.some((c) => hit(e, c))).length;
  if (j.any) return { recall: found > 0 ? 1 : 0, rr: rrOf(j, top) };
  return { recall: found / j.expected.length, rr: rrOf(j, top) };
}

function rrOf(j: Judged, top: string[]): number {
  const first = top.findIndex((c) => j.expected.some((e) => hit(e, c)));
  return first < 0 ? 0 : 1 / (first + 1);
}

export interface Row {
  group: string;
  n: number;
  recall: number;
  mrr: number;
}

export function summarise(judged: Judged[], scores: Array<{ recall: number; rr: number }>, key: (j: Judged) => string): Row[] {
  const groups = new Map<string, Array<{ recall: number; rr: number }>>();
  judged.forEach((j, i) => {
    for (const g of [key(j), 'all']) {
      const list = groups.get(g) ?? [];
      list.push(scores[i] as { recall: number; rr: number });
      groups.set(g, list);
    }
  });
  return [...groups.entries()].map(([group, s]) => ({
    group,
    n: s.length,
    recall: s.reduce((a, b) => a + b.recall, 0) / s.length,
    mrr: s.reduce((a, b) => a + b.rr, 0) / s.length,
  }));
}

export function formatRows(title: string, rows: Row[]): string {
  const lines = [title, `${'group'.padEnd(14)} ${'n'.padStart(4)}  recall@10  MRR@10`];
  for (const r of rows)
    lines.push(`${r.group.padEnd(14)} ${String(r.n).padStart(4)}  ${r.recall.toFixed(3).padStart(9)}  ${r.mrr.toFixed(3).padStart(6)}`);
  return lines.join('\n');
}
