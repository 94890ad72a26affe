/**
 * How CMS composes an ICD-10-PCS long title from the labels of a code's seven axes. Pure.
 *
 * Each section (and for some, each operation) has a template. In a template `{3}`…`{7}` stand
 * for the rendered label of that position, `[…]` is an optional group dropped when an axis in it
 * has no value ("No Device", "No Qualifier", "None", …). See docs/sources/icd10pcs.md.
 */

import { APPROACH_BARE_AFTER, APPROACH_OMITTED_ROWS, APPROACH_WORD_ROWS } from './title-labels.js';
import { DEFAULT_RENDER, isEmptyAxisLabel, type Template, type TitleAxis } from './title-phrases.js';
import { PCS_TEMPLATES } from './title-templates.js';

export type { TitleAxis } from './title-phrases.js';

/** Fills a template: `{n}` rendered axis n, `{n:raw}` its plain label, `[…]` dropped if an axis in it is empty. */
function fillTemplate(template: Template, axes: readonly TitleAxis[]): string {
  const byPos = new Map(axes.map((a) => [a.position, a]));
  const value = (pos: number, format: string | undefined): string | null => {
    const axis = byPos.get(pos);
    if (format === ':label') return axis?.label ?? null;
    if (!axis || isEmptyAxisLabel(axis.label)) return null;
    if (format === ':raw') return axis.label;
    const render = template.render?.[pos] ?? DEFAULT_RENDER[pos] ?? ((a: TitleAxis) => a.label);
    const text = render(axis);
    return text === '' ? null : text;
  };
  const fillPlain = (text: string): string | null => {
    let empty = false;
    const out = text.replace(/\{(\d)(:raw|:label)?\}/g, (_m, p: string, format?: string) => {
      const v = value(Number(p), format);
      if (v === null) empty = true;
      return v ?? '';
    });
    return empty ? null : out;
  };
  const withGroups = template.text.replace(/\[([^\]]*)\]/g, (_m, inner: string) => fillPlain(inner) ?? '');
  return (fillPlain(withGroups) ?? withGroups.replace(/\{\d(:raw|:label)?\}/g, '')).replace(/\s+/g, ' ').trim();
}

/** The long title CMS gives the code whose seven axes are `axes` (positions 1..7). */
export function composePcsTitle(axes: readonly TitleAxis[]): string {
  const section = axes.find((a) => a.position === 1)?.value ?? '';
  const operation = axes.find((a) => a.position === 3)?.label ?? '';
  const bySection = PCS_TEMPLATES[section];
  const template = bySection?.[operation] ?? bySection?.['*'] ?? { text: '{3} of {4}[ with {6}][, {7}][, {5}]' };
  const chosen = typeof template === 'function' ? template(axes) : template;
  return fillTemplate(withApproachStyle(chosen, axes), axes);
}

/** Approach wording exceptions: "Approach" after "Via …" in some tables, none after some labels. */
function withApproachStyle(template: Template, axes: readonly TitleAxis[]): Template {
  if (template.render?.[5]) return template;
  const code = axes.map((a) => a.value).join('');
  if (APPROACH_OMITTED_ROWS.some((r) => r.test(code))) return { ...template, render: { ...template.render, 5: () => '' } };
  if (APPROACH_WORD_ROWS.some((r) => r.test(code))) return { ...template, render: { ...template.render, 5: (a) => `${a.label} Approach` } };
  if (axes.some((a) => APPROACH_BARE_AFTER.has(a.label))) return { ...template, render: { ...template.render, 5: (a) => a.label } };
  return template;
}
