/**
 * Finding the columns of a table by their header names. Names are matched case-insensitively and
 * whitespace-insensitively ("ACT EFF DT" = "act effdt"); other spellings ("ACT_EFF_DT") are listed
 * as aliases.
 */
import { SourceError } from '../../core/errors.js';

interface ColumnSpec {
  /** Our stable name for the column. */
  key: string;
  /** Header spellings that name it. */
  headers: readonly string[];
  /** A missing required column is an error; a missing optional one is left out. */
  required?: boolean;
  /** Match headers that start with one of `headers` (long explanatory headers). */
  prefix?: boolean;
}

/** Lower case, no whitespace at all: "ACT EFF DT " → "acteffdt". */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Indexes of the columns named by `specs` in a header row. Throws SourceError naming every missing
 * required column at once.
 */
export function mapColumns(header: readonly string[], specs: readonly ColumnSpec[], file: string, location: string): Map<string, number> {
  const normalized = header.map((h) => normalizeHeader(h));
  const found = new Map<string, number>();
  const missing: string[] = [];
  for (const spec of specs) {
    const wanted = spec.headers.map((h) => normalizeHeader(h));
    const index = normalized.findIndex((h) => h.length > 0 && wanted.some((w) => (spec.prefix ? h.startsWith(w) : h === w)));
    if (index >= 0) found.set(spec.key, index);
    else if (spec.required) missing.push(`"${spec.headers[0]}"`);
  }
  if (missing.length > 0) {
    throw new SourceError(file, location, `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  return found;
}

/** True when the row holds every one of `names` as a header (used to find a header row below banners). */
export function isHeaderRow(cells: readonly string[], names: readonly string[]): boolean {
  const normalized = new Set(cells.map((c) => normalizeHeader(c)));
  return names.every((n) => normalized.has(normalizeHeader(n)));
}
