/**
 * `medcodes articles audit [--sample N] [--seed S]`: for a random sample of code pages, every quoted
 * passage with the title of the passage it comes from, flagged when it breaks the rules of
 * core/passage-fit.ts: a qualifier or body part that conflicts with the code's title (or the
 * title of the ancestor it is labelled "about"), or boilerplate. The sample is drawn from the
 * billable codes of the default ICD-10-CM and ICD-10-PCS releases (the systems passages link to),
 * with a seeded generator, so a run can be repeated.
 */

import { boilerplateProblems, passageConflicts } from '../../core/passage-fit.js';
import { lookupCode, type ReadStore } from '../codes/index.js';
import { articleOfView } from './article.js';

interface AuditStatement {
  system: string;
  code: string;
  title: string;
  section: string;
  source: string;
  about: string | null;
  text: string;
  flags: string[];
}

interface AuditReport {
  pages: number;
  statements: AuditStatement[];
  flagged: number;
}

/** mulberry32: a small seeded generator, so the same seed draws the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleCodes(store: ReadStore, sample: number, seed: number): Array<{ system: string; code: string }> {
  const all = store.db
    .prepare(
      `SELECT c.system, c.code FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
       WHERE c.system IN ('icd10cm', 'icd10pcs') AND c.billable = 1 ORDER BY c.system, c.ord LIMIT 400000`,
    )
    .all() as Array<{ system: string; code: string }>;
  const next = random(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(sample, all.length)) picked.add(Math.floor(next() * all.length));
  return [...picked].sort((a, b) => a - b).map((i) => all[i] as { system: string; code: string });
}

export function auditArticles(store: ReadStore, sample = 200, seed = 13): AuditReport {
  const statements: AuditStatement[] = [];
  const pages = sampleCodes(store, sample, seed);
  for (const { system, code } of pages) {
    const view = lookupCode(store, system, code);
    const article = articleOfView(store, view);
    const aboutTitles = new Map(view.ancestors.map((a) => [`${a.code} ${a.display}`.trim(), a.display]));
    for (const section of article.sections) {
      for (const s of section.statements) {
        const source = s.citations.map((n) => article.sources[n - 1]).find((src) => src?.topic);
        if (!source?.topic) continue;
        const against = (s.about && aboutTitles.get(s.about)) || view.display;
        const context = view.ancestors.map((a) => a.display);
        const flags = [...passageConflicts(against, source.topic, s.text, context), ...boilerplateProblems(s.text)];
        statements.push({
          system,
          code: view.code,
          title: view.display,
          section: section.id,
          source: source.title,
          about: s.about ?? null,
          text: s.text,
          flags,
        });
      }
    }
  }
  return { pages: pages.length, statements, flagged: statements.filter((s) => s.flags.length > 0).length };
}

/** The report as text; `onlyFlagged` prints the flagged statements but still counts them all. */
export function formatAudit(report: AuditReport, onlyFlagged = false): string {
  const shown = onlyFlagged ? report.statements.filter((s) => s.flags.length > 0) : report.statements;
  const lines = shown.map((s) => {
    const flag = s.flags.length > 0 ? `  FLAGGED: ${s.flags.join('; ')}\n` : '';
    const about = s.about ? ` (about ${s.about})` : '';
    return `${s.system} ${s.code} ${s.title}\n  [${s.section}]${about} from "${s.source}": ${s.text.slice(0, 160)}${s.text.length > 160 ? '…' : ''}\n${flag}`;
  });
  lines.push(`${report.pages} pages, ${report.statements.length} quoted statements, ${report.flagged} flagged`);
  return lines.join('\n');
}
