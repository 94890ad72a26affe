/**
 * Concept queries for the terminology use-cases (FHIR $expand, $subsumes, value-set membership):
 * the codes of one release that match a set of conditions, counted and paged in official order.
 * A "concept" is a row of kind code, header or modifier; chapters, sections and ranges group them.
 * The SQL text varies with the conditions, so statements are kept per connection (db/statements.ts).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import { cachedStatement } from '../../db/statements.js';
import { type ReadStore, toCode } from './reader.js';
import type { CodeRow } from './rows.js';

const CONCEPT_KINDS = ['code', 'header', 'modifier'] as const;
const MAX_REGEX = 200;

export interface ConceptConditions {
  system: string;
  release: string;
  /** Only the subtree of this node (its path); `withSelf` keeps the node itself. */
  under?: { key: string; path: string; prefix: boolean; withSelf: boolean };
  /** A regular expression the whole code (display form, e.g. "E11.9") must match. */
  codeRegex?: string;
  billable?: boolean;
  kind?: string;
  parent?: string;
  /** Only these keys (a value set that enumerates its codes). */
  keys?: string[];
}

const registered = new WeakSet<Database.Database>();
const compiled = new Map<string, RegExp>();
/** Compiled patterns kept (each at most MAX_REGEX characters); past it the memo starts over. */
export const MAX_COMPILED_PATTERNS = 500;

/** Patterns held by the REGEXP memo. */
export function compiledPatterns(): number {
  return compiled.size;
}

/** REGEXP for SQLite (it has none built in): whole-string matches, patterns compiled once. */
function ensureRegexp(db: Database.Database): void {
  if (registered.has(db)) return;
  db.function('regexp', { deterministic: true }, (pattern: unknown, value: unknown) => {
    const p = String(pattern);
    let re = compiled.get(p);
    if (!re) {
      re = new RegExp(`^(?:${p})$`, 'u');
      if (compiled.size >= MAX_COMPILED_PATTERNS) compiled.clear();
      compiled.set(p, re);
    }
    return re.test(String(value)) ? 1 : 0;
  });
  registered.add(db);
}

function where(c: ConceptConditions): { sql: string; args: unknown[] } {
  const parts = ['system = ?', 'release = ?', `kind IN (${CONCEPT_KINDS.map(() => '?').join(', ')})`];
  const args: unknown[] = [c.system, c.release, ...CONCEPT_KINDS];
  if (c.under) {
    const like = `${c.under.path.replace(/[\\%_]/g, (ch) => `\\${ch}`)}/%`;
    const subtree = c.under.prefix
      ? // ICD codes and headers: descendants share the key prefix, so the key index narrows the scan first.
        "(key >= ? AND key < ? AND path LIKE ? ESCAPE '\\')"
      : "(path LIKE ? ESCAPE '\\')";
    const subArgs = c.under.prefix ? [c.under.key, `${c.under.key}\uffff`, like] : [like];
    if (c.under.withSelf) {
      parts.push(`(${subtree} OR key = ?)`);
      args.push(...subArgs, c.under.key);
    } else {
      parts.push(subtree);
      args.push(...subArgs);
    }
  }
  if (c.codeRegex !== undefined) {
    // Codes are at most 8 characters; a bounded pattern keeps a hostile one from costing much.
    if (c.codeRegex.length > MAX_REGEX) throw new AppError('invalid', `regex is longer than ${MAX_REGEX} characters`, 'regex');
    try {
      new RegExp(c.codeRegex, 'u');
    } catch (err) {
      throw new AppError('invalid', `regex "${c.codeRegex}" is not a valid regular expression: ${(err as Error).message}`, 'regex');
    }
    parts.push('code REGEXP ?');
    args.push(c.codeRegex);
  }
  if (c.billable !== undefined) {
    parts.push('billable = ?');
    args.push(c.billable ? 1 : 0);
  }
  if (c.kind !== undefined) {
    parts.push('kind = ?');
    args.push(c.kind);
  }
  if (c.parent !== undefined) {
    parts.push('parent = ?');
    args.push(c.parent);
  }
  if (c.keys !== undefined) {
    parts.push(c.keys.length === 0 ? '0' : `key IN (${c.keys.map(() => '?').join(', ')})`);
    args.push(...c.keys);
  }
  return { sql: parts.join(' AND '), args };
}

/** How many concepts meet the conditions. */
export function countConcepts(store: ReadStore, c: ConceptConditions): number {
  ensureRegexp(store.db);
  const w = where(c);
  return (cachedStatement(store.db, `SELECT count(*) AS n FROM codes WHERE ${w.sql}`).get(...w.args) as { n: number }).n;
}

/** One page of the concepts meeting the conditions, in official order. */
export function conceptPage(store: ReadStore, c: ConceptConditions, offset: number, limit: number): CodeRow[] {
  ensureRegexp(store.db);
  const w = where(c);
  const rows = cachedStatement(store.db, `SELECT * FROM codes WHERE ${w.sql} ORDER BY ord LIMIT ? OFFSET ?`).all(
    ...w.args,
    Math.max(0, Math.trunc(limit)),
    Math.max(0, Math.trunc(offset)),
  ) as Array<Record<string, unknown>>;
  return rows.map(toCode);
}

/** Which of these keys (of one release) meet the conditions. */
export function conceptsAmong(store: ReadStore, c: ConceptConditions, keys: string[]): Set<string> {
  if (keys.length === 0) return new Set();
  ensureRegexp(store.db);
  const w = where(c);
  const rows = cachedStatement(store.db, `SELECT key FROM codes WHERE ${w.sql} AND key IN (${keys.map(() => '?').join(', ')})`).all(
    ...w.args,
    ...keys,
  ) as Array<{ key: string }>;
  return new Set(rows.map((r) => r.key));
}
