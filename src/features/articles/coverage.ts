/**
 * `medcodes articles coverage`: per system and section, the share of the default release's
 * billable codes whose composed article has at least one sourced statement in that section. It
 * composes every article with the real composer, so the figures cannot drift from the pages.
 */
import { isDiagnosisSystem } from '../../core/systems.js';
import { lookupCode, type ReadStore } from '../codes/index.js';
import { articleOfView } from './article.js';
import { sectionsOf } from './article-model.js';

export interface CoverageRow {
  system: string;
  codes: number;
  sections: Array<{ id: string; title: string; covered: number; share: number }>;
}

/** The measure for diagnoses: a code with a Symptoms or a Treatment statement (or both). */
const EITHER: readonly [string, string] = ['symptoms-or-treatment', 'Symptoms or Treatment'];

export const COVERAGE_SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] as const;

export function articleCoverage(
  store: ReadStore,
  systems: readonly string[] = COVERAGE_SYSTEMS,
  onProgress?: (system: string, done: number, total: number) => void,
  sample = 0,
): CoverageRow[] {
  const out: CoverageRow[] = [];
  for (const system of systems) {
    const all = store.db
      .prepare(
        `SELECT c.code FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
         WHERE c.system = ? AND c.billable = 1 ORDER BY c.ord LIMIT 200000`,
      )
      .all(system) as Array<{ code: string }>;
    // With a sample size, every n-th code (deterministic) stands for the whole system.
    const step = sample > 0 && all.length > sample ? all.length / sample : 1;
    const codes = step > 1 ? Array.from({ length: sample }, (_, i) => all[Math.floor(i * step)] as { code: string }) : all;
    const kind = isDiagnosisSystem(system) ? 'diagnosis' : 'procedure';
    const covered = new Map(sectionsOf(kind).map(([id]) => [id, 0]));
    codes.forEach((c, i) => {
      if (i % 500 === 0) onProgress?.(system, i, codes.length);
      const article = articleOfView(store, lookupCode(store, system, c.code));
      const filled = new Set(article.sections.filter((s) => s.statements.length > 0).map((s) => s.id));
      for (const id of filled) covered.set(id, (covered.get(id) ?? 0) + 1);
      if (filled.has('symptoms') || filled.has('treatment')) covered.set(EITHER[0], (covered.get(EITHER[0]) ?? 0) + 1);
    });
    onProgress?.(system, codes.length, codes.length);
    out.push({
      system,
      codes: codes.length,
      sections: [...sectionsOf(kind), ...(kind === 'diagnosis' ? [EITHER] : [])].map(([id, title]) => {
        const n = covered.get(id) ?? 0;
        return { id, title, covered: n, share: codes.length > 0 ? n / codes.length : 0 };
      }),
    });
  }
  return out;
}
