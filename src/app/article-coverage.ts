/**
 * `medcodes articles coverage`: per system and section, the share of the default release's
 * billable codes whose composed article has at least one sourced statement in that section. It
 * composes every article with the real composer, so the figures cannot drift from the pages.
 */
import { sectionsOf } from '../explain/article-model.js';
import { articleOfView } from './article.js';
import { lookupCode } from './lookup.js';
import type { Medcodes } from './medcodes.js';

export interface CoverageRow {
  system: string;
  codes: number;
  sections: Array<{ id: string; title: string; covered: number; share: number }>;
}

export const COVERAGE_SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] as const;

export function articleCoverage(
  medcodes: Medcodes,
  systems: readonly string[] = COVERAGE_SYSTEMS,
  onProgress?: (system: string, done: number, total: number) => void,
  sample = 0,
): CoverageRow[] {
  const out: CoverageRow[] = [];
  for (const system of systems) {
    const all = medcodes.store.db
      .prepare(
        `SELECT c.code FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
         WHERE c.system = ? AND c.billable = 1 ORDER BY c.ord LIMIT 200000`,
      )
      .all(system) as Array<{ code: string }>;
    // With a sample size, every n-th code (deterministic) stands for the whole system.
    const step = sample > 0 && all.length > sample ? all.length / sample : 1;
    const codes = step > 1 ? Array.from({ length: sample }, (_, i) => all[Math.floor(i * step)] as { code: string }) : all;
    const kind = system === 'icd10cm' ? 'diagnosis' : 'procedure';
    const covered = new Map(sectionsOf(kind).map(([id]) => [id, 0]));
    codes.forEach((c, i) => {
      if (i % 500 === 0) onProgress?.(system, i, codes.length);
      const article = articleOfView(medcodes.store, lookupCode(medcodes.store, system, c.code));
      for (const s of article.sections) if (s.statements.length > 0) covered.set(s.id, (covered.get(s.id) ?? 0) + 1);
    });
    onProgress?.(system, codes.length, codes.length);
    out.push({
      system,
      codes: codes.length,
      sections: sectionsOf(kind).map(([id, title]) => {
        const n = covered.get(id) ?? 0;
        return { id, title, covered: n, share: codes.length > 0 ? n / codes.length : 0 };
      }),
    });
  }
  return out;
}
