import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import { flag } from '../../core/records.js';
import type { RecordWriters } from '../../db/writer.js';

function jsonOrNull(value: Record<string, unknown> | undefined): string | null {
  if (!value || Object.keys(value).length === 0) return null;
  return JSON.stringify(value);
}

/** The code lists' record writers: one prepared statement per record type (codes/schema.ts). */
export function codeWriters(db: Database.Database): RecordWriters {
  const release = db.prepare(
    'INSERT OR REPLACE INTO releases (system, release, label, effective_from, effective_to, complete) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const file = db.prepare(
    'INSERT INTO source_files (system, release, path, size, sha256, role, counts, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const code = db.prepare(
    `INSERT INTO codes (system, release, key, code, kind, display, short_display, billable, parent, ord, attributes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const note = db.prepare('INSERT INTO notes (system, key, kind, text, source_release, ord) VALUES (?, ?, ?, ?, ?, ?)');
  const sevenChar = db.prepare('INSERT INTO seven_chars (system, key, character, label, source_release) VALUES (?, ?, ?, ?, ?)');
  const term = db.prepare('INSERT INTO terms (system, key, kind, text, detail, source_release) VALUES (?, ?, ?, ?, ?, ?)');
  const axis = db.prepare(
    'INSERT OR REPLACE INTO pcs_axes (prefix, position, name, value, label, source_release) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const definition = db.prepare(
    `INSERT INTO pcs_definitions (section, position, axis_name, term, definition, explanation, includes, source_release)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fact = db.prepare('INSERT INTO facts (system, key, source, source_release, "values") VALUES (?, ?, ?, ?, ?)');
  const change = db.prepare(
    `INSERT INTO code_history (system, key, code, release, effective_date, change, display_before, display_after,
       billable_before, billable_after, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const replacement = db.prepare(
    'INSERT INTO replacements (system, new_key, old_key, old_key_end, effective_date, source_release) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    release: (r) => release.run(r.system, r.release, r.label, r.effectiveFrom, r.effectiveTo, r.complete ? 1 : 0),
    file: (r) => file.run(r.system, r.release, r.path, r.size, r.sha256, r.role, JSON.stringify(r.counts), JSON.stringify(r.problems)),
    code: (r) => {
      try {
        code.run(
          r.system,
          r.release,
          r.key,
          r.code,
          r.kind,
          r.display,
          r.shortDisplay,
          r.billable ? 1 : 0,
          r.parent,
          r.order,
          jsonOrNull(r.attributes),
        );
      } catch (err) {
        if (err instanceof Error && /UNIQUE constraint failed/.test(err.message))
          throw new AppError('invalid', `${r.system} release ${r.release}: code ${r.code} appears twice`);
        throw err;
      }
    },
    note: (r) => note.run(r.system, r.key, r.kind, r.text, r.sourceRelease, r.order),
    sevenChar: (r) => sevenChar.run(r.system, r.key, r.character, r.label, r.sourceRelease),
    term: (r) => term.run(r.system, r.key, r.kind, r.text, r.detail ?? null, r.sourceRelease),
    axis: (r) => axis.run(r.prefix, r.position, r.name, r.value, r.label, r.sourceRelease),
    definition: (r) =>
      definition.run(r.section, r.position, r.axisName, r.term, r.definition, r.explanation, JSON.stringify(r.includes), r.sourceRelease),
    fact: (r) => fact.run(r.system, r.key, r.source, r.sourceRelease, JSON.stringify(r.values)),
    change: (r) =>
      change.run(
        r.system,
        r.key,
        r.code,
        r.release,
        r.effectiveDate,
        r.change,
        r.displayBefore,
        r.displayAfter,
        flag(r.billableBefore),
        flag(r.billableAfter),
        r.source,
      ),
    replacement: (r) => replacement.run(r.system, r.newKey, r.oldKey, r.oldKeyEnd, r.effectiveDate, r.sourceRelease),
  };
}
