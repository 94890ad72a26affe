/**
 * Coverage policies and the codes they name (docs/policies.md). policy_mentions holds what the
 * sources named; when the build finishes its rows are checked against the code lists and become
 * policy_codes (ranges expanded); topic links are added after the search index exists.
 */
export const POLICY_TABLES = `
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
  `;
