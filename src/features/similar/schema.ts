/** Text neighbours of every default-release code, written by the build (docs/design.md). */
export const SIMILAR_TABLES = `
  CREATE TABLE similar_text (
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    neighbours TEXT NOT NULL,
    PRIMARY KEY (system, key)
  ) WITHOUT ROWID;
  `;
