/**
 * Writes bench/relevance/queries.json: judged queries derived deterministically from the official
 * relations in a built database (a title or index entry and its code; a code and its shapes), plus
 * the hand-judged lay queries of lay.ts. Every judgement cites where it comes from.
 * Usage: tsx bench/relevance/make-set.ts DB
 */
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { essentialText, exactKey, STOP_WORDS, tokenize } from '../../src/core/text.js';
import { ABBREVIATIONS } from '../../src/features/search/index.js';
import { LAY } from './lay.js';
import type { Judged } from './score.js';

const db = new Database(process.argv[2] ?? '.tmp/real.db', { readonly: true });
let seed = 20260101;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(rows: T[], n: number): T[] => {
  const out: T[] = [];
  const used = new Set<number>();
  while (out.length < Math.min(n, rows.length)) {
    const i = Math.floor(rand() * rows.length);
    if (!used.has(i)) {
      used.add(i);
      out.push(rows[i] as T);
    }
  }
  return out;
};
const words = (t: string) => tokenize(essentialText(t)).filter((w) => !STOP_WORDS.has(w));
const out: Judged[] = [];

function clinical(system: string, n: number, release: string): void {
  const rows = db
    .prepare("SELECT code, display FROM codes WHERE system = ? AND release = ? AND billable = 1 AND display <> '' ORDER BY id")
    .all(system, release) as Array<{ code: string; display: string }>;
  for (const r of pick(rows, n)) {
    const w = words(r.display);
    if (w.length === 0) continue;
    const q = [...w.slice(1), w[0]].slice(0, 7).join(' ');
    out.push({ q, kind: 'clinical', system, expected: [r.code], source: `official ${system} ${release} title of ${r.code}` });
  }
}

function indexTerms(system: string, kind: string, n: number): void {
  const rows = db
    .prepare("SELECT key, text, source_release FROM terms WHERE system = ? AND kind = ? AND text LIKE '%,%' ORDER BY id")
    .all(system, kind) as Array<{ key: string; text: string; source_release: string }>;
  for (const r of pick(rows, n)) {
    const w = words(r.text);
    if (w.length === 0 || w.length > 7) continue;
    const expected = system === 'icd10pcs' && r.key.length < 7 ? [`${r.key}*`] : [formatKey(system, r.key)];
    out.push({
      q: [...w].reverse().join(' '),
      kind: 'index',
      system,
      expected,
      source: `${system} index ${r.source_release}: "${r.text}" → ${r.key}`,
    });
  }
}

function formatKey(system: string, key: string): string {
  return system === 'icd10cm' && key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

function shortTitles(n: number): void {
  const rows = db
    .prepare(
      "SELECT code, short_display FROM codes WHERE system = 'icd10cm' AND release = '2026' AND billable = 1 AND short_display <> display ORDER BY id",
    )
    .all() as Array<{ code: string; short_display: string }>;
  for (const r of pick(rows, n))
    out.push({
      q: r.short_display.toLowerCase(),
      kind: 'abbreviation',
      system: 'icd10cm',
      expected: [r.code],
      source: `CMS ICD-10-CM FY2026 short description of ${r.code}`,
    });
}

function abbreviations(): void {
  const find = db.prepare(
    `SELECT DISTINCT d.code, d.system, e.field FROM search_exact e JOIN search_docs d ON d.id = e.doc
     WHERE e.norm = ? AND e.field IN ('title', 'index', 'inclusion') AND d.billable = 1 ORDER BY d.id LIMIT 3`,
  );
  for (const a of ABBREVIATIONS) {
    if (a.abbr.length < 2 || /[^a-z0-9]/.test(a.abbr)) continue;
    const hits = find.all(exactKey(a.expansion)) as Array<{ code: string; system: string; field: string }>;
    if (hits.length === 0) continue;
    out.push({
      q: a.abbr.toUpperCase(),
      kind: 'abbreviation',
      system: hits[0]?.system ?? 'icd10cm',
      expected: hits.map((h) => h.code),
      source: `${a.source}; official ${hits[0]?.field} "${a.expansion}" of ${hits.map((h) => h.code).join(', ')}`,
    });
  }
}

function typo(word: string): string {
  const i = 1 + Math.floor(rand() * (word.length - 3));
  return rand() < 0.5 ? word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
}

function misspellings(n: number): void {
  const rows = db
    .prepare(
      "SELECT key, text, source_release FROM terms WHERE system = 'icd10cm' AND kind = 'index' AND text NOT LIKE '%,%' AND length(text) BETWEEN 7 AND 40 ORDER BY id",
    )
    .all() as Array<{ key: string; text: string; source_release: string }>;
  for (const r of pick(rows, n)) {
    const w = words(r.text);
    const long = w.findIndex((x) => x.length >= 6 && /^[a-z]+$/.test(x));
    if (long < 0 || w.length > 4) continue;
    const q = w.map((x, i) => (i === long ? typo(x) : x)).join(' ');
    out.push({
      q,
      kind: 'misspelling',
      system: 'icd10cm',
      expected: [formatKey('icd10cm', r.key)],
      source: `ICD-10-CM index ${r.source_release}: "${r.text}" → ${r.key} (one letter dropped or swapped)`,
    });
  }
}

function codeShaped(): void {
  const shapes: Array<[string, number, (c: string) => string]> = [
    ['icd10cm', 12, (c) => c],
    ['icd10cm', 8, (c) => c.replace('.', '').toLowerCase()],
    ['icd10pcs', 8, (c) => ` ${c.toLowerCase()} `],
    ['hcpcs', 8, (c) => c.toLowerCase()],
    ['cpt', 8, (c) => c],
    ['pos', 3, (c) => c],
  ];
  for (const [system, n, shape] of shapes) {
    const release = (db.prepare('SELECT release FROM releases WHERE system = ? AND is_default = 1').get(system) as { release: string })
      .release;
    const rows = db
      .prepare("SELECT code FROM codes WHERE system = ? AND release = ? AND kind IN ('code', 'modifier') ORDER BY id")
      .all(system, release) as Array<{ code: string }>;
    const source = system === 'cpt' ? `CMS public files (PFS/OPPS) list CPT code number` : `official ${system} ${release} code list`;
    for (const r of pick(rows, n)) out.push({ q: shape(r.code), kind: 'code', system, expected: [r.code], source: `${source} ${r.code}` });
  }
  for (const [q, expected] of [
    ['E11.', 'E11'],
    ['S52.5', 'S52.5'],
    ['0SR', '0SR'],
    ['A15-A19', 'A15'],
    ['63001-63048', '63001'],
    ['J17', 'J17'],
  ] as const) {
    out.push({
      q,
      kind: 'code',
      system: 'mixed',
      expected: [expected],
      source: 'official code lists: the first code of the prefix or range',
    });
  }
}

clinical('icd10cm', 60, '2026');
clinical('icd10pcs', 30, '2026');
clinical('hcpcs', 30, '2025-10');
indexTerms('icd10cm', 'index', 40);
indexTerms('icd10pcs', 'pcsIndex', 25);
indexTerms('icd10cm', 'drug', 10);
shortTitles(25);
abbreviations();
misspellings(40);
codeShaped();
out.push(...LAY);
const exists = db.prepare('SELECT 1 FROM search_docs WHERE key >= ? AND key < ? LIMIT 1');
const kept = out.filter((j) =>
  j.expected.some((e) => {
    const k = e.replace(/[.*]/g, '');
    return e.endsWith('*') ? exists.get(k, `${k}~`) : exists.get(k, `${k}\u0001`);
  }),
);
out.splice(0, out.length, ...kept);
writeFileSync(new URL('./queries.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
const byKind = new Map<string, number>();
for (const j of out) byKind.set(j.kind, (byKind.get(j.kind) ?? 0) + 1);
process.stdout.write(`${out.length} judged queries: ${JSON.stringify(Object.fromEntries(byKind))}\n`);
