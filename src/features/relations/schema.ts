/** Crosswalks (GEMs) and HCC mappings (docs/crosswalks-history.md). */
export const RELATION_TABLES = `
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
`;
