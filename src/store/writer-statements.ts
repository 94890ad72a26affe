import type Database from 'better-sqlite3';
import type {
  AxisRecord,
  CodeRecord,
  DefinitionRecord,
  FactRecord,
  LexiconRecord,
  NoteRecord,
  ReleaseRecord,
  SevenCharRecord,
  SourceFileRecord,
  TermRecord,
} from '../domain/records.js';
import { type HistoryInserts, prepareHistoryInserts } from './history-statements.js';
import { type PolicyInserts, preparePolicyInserts } from './policy-statements.js';

export interface Inserts extends HistoryInserts, PolicyInserts {
  release(r: ReleaseRecord): void;
  file(r: SourceFileRecord): void;
  code(r: CodeRecord): void;
  note(r: NoteRecord): void;
  sevenChar(r: SevenCharRecord): void;
  term(r: TermRecord): void;
  axis(r: AxisRecord): void;
  definition(r: DefinitionRecord): void;
  fact(r: FactRecord): void;
  meta(key: string, json: string): void;
  lexicon(r: LexiconRecord): void;
}

function jsonOrNull(value: Record<string, unknown> | undefined): string | null {
  if (!value || Object.keys(value).length === 0) return null;
  return JSON.stringify(value);
}

/** One prepared statement per record type. */
export function prepareInserts(db: Database.Database): Inserts {
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
  const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const lexicon = db.prepare(
    'INSERT INTO lexicon (source, source_release, concept, label, term, url, targets) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    ...prepareHistoryInserts(db),
    ...preparePolicyInserts(db),
    release: (r) => release.run(r.system, r.release, r.label, r.effectiveFrom, r.effectiveTo, r.complete ? 1 : 0),
    file: (r) => file.run(r.system, r.release, r.path, r.size, r.sha256, r.role, JSON.stringify(r.counts), JSON.stringify(r.problems)),
    code: (r) =>
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
      ),
    note: (r) => note.run(r.system, r.key, r.kind, r.text, r.sourceRelease, r.order),
    sevenChar: (r) => sevenChar.run(r.system, r.key, r.character, r.label, r.sourceRelease),
    term: (r) => term.run(r.system, r.key, r.kind, r.text, r.detail ?? null, r.sourceRelease),
    axis: (r) => axis.run(r.prefix, r.position, r.name, r.value, r.label, r.sourceRelease),
    definition: (r) =>
      definition.run(r.section, r.position, r.axisName, r.term, r.definition, r.explanation, JSON.stringify(r.includes), r.sourceRelease),
    fact: (r) => fact.run(r.system, r.key, r.source, r.sourceRelease, JSON.stringify(r.values)),
    meta: (key, json) => meta.run(key, json),
    lexicon: (r) => {
      for (const term of [r.label, ...r.terms])
        lexicon.run(r.source, r.sourceRelease, r.concept, r.label, term, r.url, JSON.stringify(r.targets));
    },
  };
}
