/**
 * The database schema as ordered migrations. A build always starts from an empty file and applies
 * them all; a serving process refuses a file whose user_version it does not know.
 */
import { POSTINGS_TABLE, PREFIX_TOP_TABLE, SEARCH_TABLES } from '../features/search/index.js';

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
  // 2: search — its tables are declared by the search feature (src/features/search/schema.ts) —
  // and the lexicon of lay names the build links to codes.
  `
  ${SEARCH_TABLES}
  CREATE TABLE lexicon (
    source TEXT NOT NULL,
    source_release TEXT NOT NULL,
    concept TEXT NOT NULL,
    label TEXT NOT NULL,
    term TEXT NOT NULL,
    url TEXT NOT NULL,
    targets TEXT NOT NULL
  );
  CREATE INDEX lexicon_by_concept ON lexicon (concept);
  `,
  // 3: crosswalks (GEMs), HCC mappings, replacements, code history, add-on edits, similar codes
  // (see docs/crosswalks-history.md)
  `
  CREATE TABLE crosswalks (
    source TEXT NOT NULL,
    source_release TEXT NOT NULL,
    from_system TEXT NOT NULL,
    from_key TEXT NOT NULL,
    to_system TEXT NOT NULL,
    to_key TEXT,
    approximate INTEGER,
    no_map INTEGER NOT NULL,
    combination INTEGER,
    scenario INTEGER,
    choice_list INTEGER,
    flags TEXT
  );
  CREATE INDEX crosswalks_from ON crosswalks (from_system, from_key, to_system);
  CREATE INDEX crosswalks_to ON crosswalks (to_system, to_key, from_system);
  CREATE TABLE hcc_mappings (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    source_release TEXT NOT NULL,
    model TEXT NOT NULL,
    category TEXT NOT NULL,
    in_previous_year INTEGER
  );
  CREATE INDEX hcc_mappings_by_key ON hcc_mappings (system, key);
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
  CREATE TABLE similar_text (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    neighbours TEXT NOT NULL,
    PRIMARY KEY (system, key)
  ) WITHOUT ROWID;
  `,
  // policies: coverage policies and the codes they name (see docs/policies.md). policy_mentions holds
  // what the sources named; when the build finishes its rows are checked against the code lists and
  // become policy_codes (ranges expanded); topic links are added after the search index exists.
  `
  CREATE TABLE policies (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payer TEXT NOT NULL,
    contractor TEXT,
    jurisdiction TEXT,
    states TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT,
    version TEXT,
    effective_from TEXT,
    effective_to TEXT,
    updated_on TEXT,
    url TEXT,
    html TEXT,
    text TEXT,
    source TEXT NOT NULL,
    source_release TEXT NOT NULL,
    source_path TEXT NOT NULL,
    rank INTEGER NOT NULL,
    attributes TEXT
  ) WITHOUT ROWID;
  CREATE INDEX policies_by_kind ON policies (kind, payer, contractor);
  CREATE TABLE policy_groups (
    policy_id TEXT NOT NULL,
    tbl TEXT NOT NULL,
    grp TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (policy_id, tbl, grp)
  ) WITHOUT ROWID;
  CREATE TABLE policy_mentions (
    policy_id TEXT NOT NULL,
    system TEXT,
    key TEXT NOT NULL,
    key_to TEXT,
    relation TEXT NOT NULL,
    grp TEXT NOT NULL,
    snippet TEXT,
    extracted INTEGER NOT NULL
  );
  CREATE TABLE policy_codes (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    policy_id TEXT NOT NULL,
    relation TEXT NOT NULL,
    grp TEXT NOT NULL,
    snippet TEXT,
    extracted INTEGER NOT NULL,
    via_range TEXT,
    score REAL,
    PRIMARY KEY (system, key, policy_id, relation, grp)
  ) WITHOUT ROWID;
  CREATE INDEX policy_codes_by_policy ON policy_codes (policy_id, relation, system, key);
  `,
  // 5: word search postings (src/features/search/schema.ts)
  POSTINGS_TABLE,
  // 6: the best codes of common word prefixes, for autocomplete (src/features/search/prefix-top.ts)
  PREFIX_TOP_TABLE,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
