/**
 * The database schema as ordered migrations. A build always starts from an empty file and applies
 * them all; a serving process refuses a file whose user_version it does not know.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the code lists, their releases and the files they came from
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE releases (
    system TEXT NOT NULL,
    release TEXT NOT NULL,
    label TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    complete INTEGER NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    codes INTEGER NOT NULL DEFAULT 0,
    billable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (system, release)
  ) WITHOUT ROWID;
  CREATE TABLE source_files (
    id INTEGER PRIMARY KEY,
    system TEXT NOT NULL,
    release TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    role TEXT NOT NULL,
    counts TEXT NOT NULL,
    problems TEXT NOT NULL
  );
  CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    system TEXT NOT NULL,
    release TEXT NOT NULL,
    key TEXT NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    display TEXT NOT NULL,
    short_display TEXT,
    billable INTEGER NOT NULL,
    parent TEXT,
    depth INTEGER NOT NULL DEFAULT 0,
    path TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL,
    attributes TEXT,
    UNIQUE (system, release, key)
  );
  CREATE INDEX codes_by_parent ON codes (system, release, parent, ord);
  CREATE INDEX codes_by_key ON codes (key, system, release);
  CREATE TABLE notes (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    source_release TEXT NOT NULL,
    ord INTEGER NOT NULL
  );
  CREATE INDEX notes_by_key ON notes (system, key, ord);
  CREATE TABLE seven_chars (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    character TEXT NOT NULL,
    label TEXT NOT NULL,
    source_release TEXT NOT NULL
  );
  CREATE INDEX seven_chars_by_key ON seven_chars (system, key);
  CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    detail TEXT,
    source_release TEXT NOT NULL
  );
  CREATE INDEX terms_by_key ON terms (system, key);
  CREATE TABLE pcs_axes (
    prefix TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    label TEXT NOT NULL,
    source_release TEXT NOT NULL,
    PRIMARY KEY (prefix, position, value)
  ) WITHOUT ROWID;
  CREATE TABLE pcs_definitions (
    section TEXT NOT NULL,
    position INTEGER NOT NULL,
    axis_name TEXT NOT NULL,
    term TEXT NOT NULL,
    definition TEXT,
    explanation TEXT,
    includes TEXT NOT NULL,
    source_release TEXT NOT NULL
  );
  CREATE INDEX pcs_definitions_by_term ON pcs_definitions (section, position, term);
  CREATE TABLE facts (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    source TEXT NOT NULL,
    source_release TEXT NOT NULL,
    "values" TEXT NOT NULL
  );
  CREATE INDEX facts_by_key ON facts (system, key);
  `,
  // 2: full-text index over the default release of every system (rowid = codes.id)
  `
  CREATE VIRTUAL TABLE search_fts USING fts5(
    code, display, terms,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
