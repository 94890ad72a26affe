/**
 * The header of the CMS risk adjustment mapping table: "Diagnosis Code", "Description", then one
 * column per model ("CMS-HCC Model Category V28", "CMS-HCC ESRD Model Category V24", "RxHCC Model
 * Category V08") and, for each model, whether the code also mapped in the previous payment year
 * ("… V28 for 2025 Payment Year": Yes/No).
 */
import { SourceError } from '../../core/errors.js';

interface ModelColumn {
  index: number;
  /** "CMS-HCC V28", "CMS-HCC ESRD V24", "RxHCC V08". */
  model: string;
}

export interface HccLayout {
  code: number;
  categories: ModelColumn[];
  /** Yes/No columns of the previous payment year, by model. */
  previousYear: Map<string, number>;
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "CMS-HCC\nESRD\nModel\nCategory\nV24" → "CMS-HCC ESRD V24". */
function modelName(header: string): string {
  return words(header.replace(/\bfor \d{4} Payment Year\b/i, ''))
    .split(' ')
    .filter((w) => !/^(model|category)$/i.test(w))
    .join(' ');
}

export function isHeaderRow(cells: string[]): boolean {
  return /^diagnosis ?code$/i.test(words(cells[0] ?? ''));
}

export function hccLayout(cells: string[], file: string, location: string): HccLayout {
  const categories: ModelColumn[] = [];
  const previousYear = new Map<string, number>();
  cells.forEach((cell, index) => {
    const text = words(cell);
    if (index === 0 || !/category/i.test(text)) return;
    if (!/\bV\d{2}\b/.test(text))
      throw new SourceError(file, location, `column ${index + 1} "${text}" names no model version (V24, V28, …)`);
    if (/payment year/i.test(text)) previousYear.set(modelName(text), index);
    else categories.push({ index, model: modelName(text) });
  });
  if (categories.length === 0) throw new SourceError(file, location, 'no model category columns ("CMS-HCC Model Category V28", …)');
  return { code: 0, categories, previousYear };
}
