/**
 * How CMS composes an ICD-10-PCS long title from the labels of a code's seven axes. Pure.
 *
 * Each section (and for some, each operation) has a template. In a template `{3}`…`{7}` stand
 * for the rendered label of that position, `[…]` is an optional group dropped when an axis in it
 * has no value ("No Device", "No Qualifier", "None", …). See docs/sources/icd10pcs.md.
 */

import { DEFAULT_RENDER, isEmptyAxisLabel, type Template, type TitleAxis } from './title-phrases.js';
import { PCS_TEMPLATES } from './title-templates.js';

export type { TitleAxis } from './title-phrases.js';

/** Fills a template: `{n}` rendered axis n, `{n:raw}` its plain label, `[…]` dropped if an axis in it is empty. */
export function fillTemplate(template: Template, axes: readonly TitleAxis[]): string {
  const byPos = new Map(axes.map((a) => [a.position, a]));
  const value = (pos: number, raw: boolean): string | null => {
    const axis = byPos.get(pos);
    if (!axis || isEmptyAxisLabel(axis.label)) return null;
    if (raw) return axis.label;
    const render = template.render?.[pos] ?? DEFAULT_RENDER[pos] ?? ((a: TitleAxis) => a.label);
    return render(axis);
  };
  const fillPlain = (text: string): string | null => {
    let empty = false;
    const out = text.replace(/\{(\d)(:raw)?\}/g, (_m, p: string, raw?: string) => {
      const v = value(Number(p), raw !== undefined);
      if (v === null) empty = true;
      return v ?? '';
    });
    return empty ? null : out;
  };
  const withGroups = template.text.replace(/\[([^\]]*)\]/g, (_m, inner: string) => fillPlain(inner) ?? '');
  return (fillPlain(withGroups) ?? withGroups.replace(/\{\d(:raw)?\}/g, '')).replace(/\s+/g, ' ').trim();
}

/** The long title CMS gives the code whose seven axes are `axes` (positions 1..7). */
export function composePcsTitle(axes: readonly TitleAxis[]): string {
  const section = axes.find((a) => a.position === 1)?.value ?? '';
  const operation = axes.find((a) => a.position === 3)?.label ?? '';
  const bySection = PCS_TEMPLATES[section];
  const template = bySection?.[operation] ?? bySection?.['*'] ?? { text: '{3} of {4}[ with {6}][, {7}][, {5}]' };
  const chosen = typeof template === 'function' ? template(axes) : template;
  return fillTemplate(chosen, axes);
}
