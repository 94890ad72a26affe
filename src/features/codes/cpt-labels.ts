/**
 * Public category labels of CPT codes without a licensed descriptor (core/cpt-label.ts), for one
 * code view or for many codes at once (similar-code lists, search results). `cptLabelsOf` is the
 * function search and other lists call: codes with a descriptor, or of another system, get none.
 */
import { type CptLabel, cptPublicLabel } from '../../core/cpt-label.js';
import { cachedStatement } from '../../db/statements.js';
import type { ReadStore } from './reader.js';
import type { CodeView } from './views.js';

function addOn(facts: Array<{ source: string; values: Record<string, unknown> }>): boolean {
  return facts.some((f) => f.source === 'ncci-aoc' && !f.values.editDeletionDate);
}

/** The label of a CPT code view without a descriptor, or undefined. */
export function cptLabelOfView(view: CodeView): CptLabel | undefined {
  if (view.system !== 'cpt' || view.display) return undefined;
  const rbcs = view.facts.find((f) => f.source === 'rbcs')?.values ?? null;
  const section = [...view.ancestors].reverse().find((a) => a.kind === 'range')?.display ?? null;
  return cptPublicLabel({ rbcs, section, addOn: addOn(view.facts) }) ?? undefined;
}

const MAX_KEYS = 200;

/** Labels of many CPT codes of the default release (keys without dots), for lists: key → label text. */
export function cptLabelsOf(store: ReadStore, keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const wanted = [...new Set(keys)].slice(0, MAX_KEYS);
  if (wanted.length === 0) return out;
  const marks = wanted.map(() => '?').join(', ');
  const rows = cachedStatement(
    store.db,
    `SELECT c.key, c.display, p.display AS section,
              (SELECT f."values" FROM facts f WHERE f.system = 'cpt' AND f.key = c.key AND f.source = 'rbcs' LIMIT 1) AS rbcs,
              EXISTS (SELECT 1 FROM facts f WHERE f.system = 'cpt' AND f.key = c.key AND f.source = 'ncci-aoc'
                      AND json_extract(f."values", '$.editDeletionDate') IS NULL) AS addon
       FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
       LEFT JOIN codes p ON p.system = c.system AND p.release = c.release AND p.key = c.parent
       WHERE c.system = 'cpt' AND c.key IN (${marks}) LIMIT ${MAX_KEYS}`,
  ).all(...wanted) as Array<{ key: string; display: string; section: string | null; rbcs: string | null; addon: number }>;
  for (const r of rows) {
    if (r.display) continue;
    const label = cptPublicLabel({ rbcs: r.rbcs ? JSON.parse(r.rbcs) : null, section: r.section, addOn: r.addon === 1 });
    if (label) out.set(r.key, label.text);
  }
  return out;
}
