/**
 * Read-only access to a built database. Every query is a prepared statement and bounded by LIMIT:
 * fixed texts prepared once here, texts that vary with their IN lists kept per connection
 * (db/statements.ts); point queries a page repeats are answered from recent results (db/recent.ts).
 */

import type Database from 'better-sqlite3';
import { type SourceId, textOrNull } from '../../core/records.js';
import { recent } from '../../db/recent.js';
import type { Raw } from '../../db/rows.js';
import { cachedStatement } from '../../db/statements.js';
import type { AxisRow, CodeRow, DefinitionRow, FactRow, NoteRow, ReleaseRow, SevenCharRow, SourceFileRow, TermRow } from './rows.js';

const MAX_CHILDREN = 500;
const MAX_NOTES = 500;
const MAX_TERMS = 200;

/** A row of `codes` (SELECT *) as a CodeRow. */
export function toCode(r: Raw): CodeRow {
  return {
    id: r.id as number,
    system: r.system as string,
    release: r.release as string,
    key: r.key as string,
    code: r.code as string,
    kind: r.kind as string,
    display: r.display as string,
    shortDisplay: textOrNull(r.short_display),
    billable: r.billable === 1,
    parent: textOrNull(r.parent),
    depth: r.depth as number,
    path: r.path as string,
    attributes: r.attributes ? (JSON.parse(r.attributes as string) as Record<string, unknown>) : {},
  };
}

function toRelease(r: Raw): ReleaseRow {
  return {
    system: r.system as string,
    release: r.release as string,
    label: r.label as string,
    effectiveFrom: r.effective_from as string,
    effectiveTo: textOrNull(r.effective_to),
    complete: r.complete === 1,
    isDefault: r.is_default === 1,
    codes: r.codes as number,
    billable: r.billable as number,
  };
}

function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}

export class ReadStore {
  readonly path: string;
  readonly db: Database.Database;
  private readonly stmts;
  private releaseCache: ReleaseRow[] | undefined;

  /** Queries of the code lists on an open connection (db/open.ts). */
  constructor(db: Database.Database, path: string = db.name) {
    this.path = path;
    this.db = db;
    const codeCols = 'id, system, release, key, code, kind, display, short_display, billable, parent, depth, path, attributes';
    this.stmts = {
      releases: this.db.prepare('SELECT * FROM releases ORDER BY system, release DESC LIMIT 1000'),
      code: this.db.prepare(`SELECT ${codeCols} FROM codes WHERE system = ? AND release = ? AND key = ?`),
      codeAnySystem: this.db.prepare(
        `SELECT c.${codeCols.split(', ').join(', c.')} FROM codes c
         JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
         WHERE c.key = ? LIMIT 10`,
      ),
      children: this.db.prepare(`SELECT ${codeCols} FROM codes WHERE system = ? AND release = ? AND parent = ? ORDER BY ord LIMIT ?`),
      childCount: this.db.prepare('SELECT count(*) AS n FROM codes WHERE system = ? AND release = ? AND parent = ?'),
      roots: this.db.prepare(`SELECT ${codeCols} FROM codes WHERE system = ? AND release = ? AND parent IS NULL ORDER BY ord LIMIT ?`),
      releasesOfKey: this.db.prepare('SELECT release FROM codes WHERE key = ? AND system = ? ORDER BY release LIMIT 100'),
      terms: this.db.prepare('SELECT kind, text, detail, source_release FROM terms WHERE system = ? AND key = ? ORDER BY id LIMIT ?'),
      facts: this.db.prepare('SELECT source, source_release, "values" FROM facts WHERE system = ? AND key = ? LIMIT 100'),
      definition: this.db.prepare('SELECT * FROM pcs_definitions WHERE section = ? AND position = ? AND term = ? COLLATE NOCASE LIMIT 1'),
      files: this.db.prepare('SELECT * FROM source_files ORDER BY system, release DESC, path LIMIT 5000'),
      meta: this.db.prepare('SELECT value FROM meta WHERE key = ?'),
    };
  }

  close(): void {
    this.db.close();
  }

  /** Releases never change in a read-only file: read once, then served from memory. */
  releases(): ReleaseRow[] {
    this.releaseCache ??= (this.stmts.releases.all() as Raw[]).map(toRelease);
    return this.releaseCache.map((r) => ({ ...r }));
  }

  code(system: string, release: string, key: string): CodeRow | null {
    const row = recent(this.db, 'code', [system, release, key], () => this.stmts.code.get(system, release, key) as Raw | undefined);
    return row ? toCode(row) : null;
  }

  /** The code in the default release of every system that has the key. */
  codeInAnySystem(key: string): CodeRow[] {
    return (this.stmts.codeAnySystem.all(key) as Raw[]).map(toCode);
  }

  /** Several codes of one release by key, in the order of the keys given. */
  codesByKeys(system: string, release: string, keys: string[]): CodeRow[] {
    if (keys.length === 0) return [];
    const rows = cachedStatement(
      this.db,
      `SELECT * FROM codes WHERE system = ? AND release = ? AND key IN (${placeholders(keys.length)}) LIMIT ${keys.length}`,
    ).all(system, release, ...keys) as Raw[];
    const byKey = new Map(rows.map((r) => [r.key as string, toCode(r)]));
    return keys.flatMap((k) => byKey.get(k) ?? []);
  }

  children(system: string, release: string, key: string, limit = MAX_CHILDREN): CodeRow[] {
    return (this.stmts.children.all(system, release, key, Math.min(limit, MAX_CHILDREN)) as Raw[]).map(toCode);
  }

  childCount(system: string, release: string, key: string): number {
    return (this.stmts.childCount.get(system, release, key) as { n: number }).n;
  }

  roots(system: string, release: string, limit = MAX_CHILDREN): CodeRow[] {
    return (this.stmts.roots.all(system, release, Math.min(limit, MAX_CHILDREN)) as Raw[]).map(toCode);
  }

  releasesOfKey(system: string, key: string): string[] {
    return recent(
      this.db,
      'releasesOfKey',
      [system, key],
      () => this.stmts.releasesOfKey.all(key, system) as Array<{ release: string }>,
    ).map((r) => r.release);
  }

  notes(system: string, keys: string[]): NoteRow[] {
    if (keys.length === 0) return [];
    const rows = cachedStatement(
      this.db,
      `SELECT key, kind, text, source_release FROM notes WHERE system = ? AND key IN (${placeholders(keys.length)})
         ORDER BY ord LIMIT ${MAX_NOTES}`,
    ).all(system, ...keys) as Raw[];
    return rows.map((r) => ({
      key: r.key as string,
      kind: r.kind as string,
      text: r.text as string,
      sourceRelease: r.source_release as string,
    }));
  }

  sevenChars(system: string, keys: string[]): SevenCharRow[] {
    if (keys.length === 0) return [];
    const rows = cachedStatement(
      this.db,
      `SELECT key, character, label, source_release FROM seven_chars WHERE system = ? AND key IN (${placeholders(keys.length)}) LIMIT 200`,
    ).all(system, ...keys) as Raw[];
    return rows.map((r) => ({
      key: r.key as string,
      character: r.character as string,
      label: r.label as string,
      sourceRelease: r.source_release as string,
    }));
  }

  /** Axis labels for the given (prefix, position, value) triples. */
  pcsAxes(wanted: Array<{ prefix: string; position: number; value: string }>): AxisRow[] {
    if (wanted.length === 0) return [];
    const where = wanted.map(() => '(prefix = ? AND position = ? AND value = ?)').join(' OR ');
    const args = wanted.flatMap((w) => [w.prefix, w.position, w.value]);
    return cachedStatement(this.db, `SELECT prefix, position, name, value, label FROM pcs_axes WHERE ${where} LIMIT 50`).all(
      ...args,
    ) as AxisRow[];
  }

  pcsDefinition(section: string, position: number, term: string): DefinitionRow | null {
    const r = this.stmts.definition.get(section, position, term) as Raw | undefined;
    if (!r) return null;
    return {
      section: r.section as string,
      position: r.position as number,
      axisName: r.axis_name as string,
      term: r.term as string,
      definition: textOrNull(r.definition),
      explanation: textOrNull(r.explanation),
      includes: JSON.parse(r.includes as string) as string[],
    };
  }

  terms(system: string, key: string, limit = MAX_TERMS): TermRow[] {
    return (this.stmts.terms.all(system, key, Math.min(limit, MAX_TERMS)) as Raw[]).map((r) => ({
      kind: r.kind as string,
      text: r.text as string,
      detail: textOrNull(r.detail),
      sourceRelease: r.source_release as string,
    }));
  }

  facts(system: string, key: string): FactRow[] {
    return recent(this.db, 'facts', [system, key], () => this.stmts.facts.all(system, key) as Raw[]).map((r) => ({
      source: r.source as string,
      sourceRelease: r.source_release as string,
      values: JSON.parse(r.values as string) as FactRow['values'],
    }));
  }

  sourceFiles(): SourceFileRow[] {
    return (this.stmts.files.all() as Raw[]).map((r) => ({
      system: r.system as SourceId,
      release: r.release as string,
      path: r.path as string,
      size: r.size as number,
      sha256: r.sha256 as string,
      role: r.role as string,
      counts: JSON.parse(r.counts as string) as Record<string, number>,
      problems: JSON.parse(r.problems as string) as string[],
    }));
  }

  meta<T>(key: string): T | null {
    const row = this.stmts.meta.get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : null;
  }
}
