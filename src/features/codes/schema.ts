/**
 * The tables of the code lists (docs/design.md): releases, the files read, every node of every
 * release with its notes, 7th characters, index terms, PCS axes and definitions and CMS facts;
 * and the code life cycle derived from them (replacements, history, add-on edits).
 */
export const CODE_TABLES = `
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
  `;

/** Replacements, code history and add-on edits (docs/crosswalks-history.md). */
export const CODE_HISTORY_TABLES = `
  CREATE TABLE replacements (
    system TEXT NOT NULL,
    new_key TEXT NOT NULL,
    old_key TEXT NOT NULL,
    old_key_end TEXT,
    effective_date TEXT NOT NULL,
    source_release TEXT NOT NULL
  );
  CREATE INDEX replacements_by_new ON replacements (system, new_key);
  CREATE INDEX replacements_by_old ON replacements (system, old_key);
  CREATE TABLE code_history (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    code TEXT NOT NULL,
    release TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    change TEXT NOT NULL,
    display_before TEXT,
    display_after TEXT,
    billable_before INTEGER,
    billable_after INTEGER,
    source TEXT NOT NULL
  );
  CREATE INDEX code_history_by_key ON code_history (system, key, effective_date);
  CREATE INDEX code_history_by_release ON code_history (system, release, change);
  CREATE TABLE addon_edits (
    addon_system TEXT NOT NULL,
    addon_key TEXT NOT NULL,
    primary_system TEXT NOT NULL,
    primary_key TEXT NOT NULL,
    edit_type TEXT,
    effective_date TEXT,
    deletion_date TEXT,
    addon_deletion_date TEXT,
    primary_deletion_date TEXT,
    notes TEXT,
    source_release TEXT NOT NULL
  );
  CREATE INDEX addon_edits_by_addon ON addon_edits (addon_system, addon_key);
  CREATE INDEX addon_edits_by_primary ON addon_edits (primary_system, primary_key);
`;
