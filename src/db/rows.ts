/** A row as better-sqlite3 returns it (features convert it to their row types; nullable columns with core/records.ts flagOf/textOrNull). */
export type Raw = Record<string, unknown>;
