/** Reading SQLite rows: the one row shape and the converters of nullable flags and texts. */

/** A row as better-sqlite3 returns it. */
export type Raw = Record<string, unknown>;

/** 1 / 0 / NULL → true / false / null. */
export const boolOrNull = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === 1);

/** A nullable text column. */
export const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
