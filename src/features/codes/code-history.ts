/**
 * The code history computed at the end of a build (docs/crosswalks-history.md, "History"):
 * consecutive complete releases of a system are compared code by code — added, deleted, title
 * revised, billable status changed — and HCPCS add, action and termination dates become events.
 * Change-list events (incomplete releases such as FY2027) were written as records already.
 */
import type Database from 'better-sqlite3';

const CODE_KINDS = "('header', 'code', 'modifier')";
const COLUMNS = `(system, key, code, release, effective_date, change, display_before, display_after, billable_before, billable_after, source)`;

interface ReleaseInfo {
  release: string;
  effectiveFrom: string;
}

/**
 * Statements comparing two releases. Keys only in one release are found on the (system, release,
 * key) index alone; only those rows are read. Codes in both are joined once, and the rows whose title
 * or billable flag differ are kept for the two inserts.
 */
function prepareComparison(db: Database.Database) {
  const onlyIn = (mine: string, other: string) => `SELECT key FROM codes INDEXED BY sqlite_autoindex_codes_1
      WHERE system = @system AND release = @${mine}
      AND NOT EXISTS (SELECT 1 FROM codes o WHERE o.system = @system AND o.release = @${other} AND o.key = codes.key)`;
  return {
    added: db.prepare(`INSERT INTO code_history ${COLUMNS}
      SELECT b.system, b.key, b.code, b.release, @from, 'added', NULL, b.display, NULL, b.billable, @source
      FROM (${onlyIn('cur', 'prev')}) k JOIN codes b ON b.system = @system AND b.release = @cur AND b.key = k.key
      WHERE b.kind IN ${CODE_KINDS}`),
    deleted: db.prepare(`INSERT INTO code_history ${COLUMNS}
      SELECT a.system, a.key, a.code, @cur, @from, 'deleted', a.display, NULL, a.billable, NULL, @source
      FROM (${onlyIn('prev', 'cur')}) k JOIN codes a ON a.system = @system AND a.release = @prev AND a.key = k.key
      WHERE a.kind IN ${CODE_KINDS}`),
    changed: db.prepare(`WITH j AS MATERIALIZED (
        SELECT b.key, b.code, a.display AS d0, b.display AS d1, a.billable AS b0, b.billable AS b1
        FROM codes b JOIN codes a ON a.system = b.system AND a.release = @prev AND a.key = b.key
        WHERE b.system = @system AND b.release = @cur AND b.kind IN ${CODE_KINDS} AND a.kind IN ${CODE_KINDS}
          AND (a.billable <> b.billable OR trim(a.display) <> trim(b.display)))
      INSERT INTO code_history ${COLUMNS}
      SELECT @system, key, code, @cur, @from, 'revised', d0, d1, b0, b1, @source FROM j WHERE trim(d0) <> trim(d1)
      UNION ALL
      SELECT @system, key, code, @cur, @from, 'billable-changed', d0, d1, b0, b1, @source FROM j WHERE b0 <> b1`),
  };
}

/** Every pair of consecutive complete releases of every system; the oldest release has no events (what came before is unknown). */
function compareAllReleases(db: Database.Database): void {
  const releases = db
    .prepare('SELECT system, release, effective_from AS effectiveFrom FROM releases WHERE complete = 1 ORDER BY system, release')
    .all() as Array<ReleaseInfo & { system: string }>;
  const statements = prepareComparison(db);
  for (let i = 1; i < releases.length; i++) {
    const prev = releases[i - 1] as ReleaseInfo & { system: string };
    const cur = releases[i] as ReleaseInfo & { system: string };
    if (prev.system !== cur.system) continue;
    const params = {
      system: cur.system,
      prev: prev.release,
      cur: cur.release,
      from: cur.effectiveFrom,
      source: `releases ${prev.release}→${cur.release}`,
    };
    statements.added.run(params);
    statements.deleted.run(params);
    statements.changed.run(params);
  }
}

/** HCPCS action codes other than add (A), discontinue (D) and no change (N). */
const HCPCS_ACTIONS: Record<string, string> = {
  B: 'change in both administrative data and long description',
  C: 'change in long description',
  F: 'change in administrative data',
  P: 'payment change',
  R: 'reactivated',
  S: 'change in short description',
  T: 'miscellaneous change',
};

/** HCPCS add, termination and action dates of the newest release holding each code. */
function hcpcsDateEvents(db: Database.Database): void {
  const source = `SELECT c.* FROM codes c WHERE c.system = 'hcpcs' AND c.attributes IS NOT NULL
    AND c.release = (SELECT max(c2.release) FROM codes c2 WHERE c2.system = 'hcpcs' AND c2.key = c.key)`;
  const cols = `(system, key, code, release, effective_date, change, display_before, display_after, billable_before, billable_after, source)`;
  db.exec(`
    INSERT INTO code_history ${cols}
    SELECT 'hcpcs', key, code, release, json_extract(attributes, '$.addDate'), 'added', NULL, display, NULL, billable, 'hcpcs add date'
    FROM (${source}) WHERE json_extract(attributes, '$.addDate') IS NOT NULL;
    INSERT INTO code_history ${cols}
    SELECT 'hcpcs', key, code, release, json_extract(attributes, '$.terminationDate'), 'deleted', display, NULL, billable, NULL,
           'hcpcs termination date'
    FROM (${source}) WHERE json_extract(attributes, '$.terminationDate') IS NOT NULL;
    INSERT INTO code_history ${cols}
    SELECT 'hcpcs', key, code, release, json_extract(attributes, '$.actionEffectiveDate'), 'changed', NULL, display, NULL, billable,
           'hcpcs action ' || json_extract(attributes, '$.actionCode')
    FROM (${source}) WHERE json_extract(attributes, '$.actionEffectiveDate') IS NOT NULL
      AND json_extract(attributes, '$.actionCode') IN (${Object.keys(HCPCS_ACTIONS)
        .map((a) => `'${a}'`)
        .join(', ')});
  `);
  // The add date is more precise than "first seen in the newer of two quarterly files".
  db.exec(`DELETE FROM code_history WHERE system = 'hcpcs' AND change = 'added' AND source LIKE 'releases %'
    AND EXISTS (SELECT 1 FROM code_history h WHERE h.system = 'hcpcs' AND h.key = code_history.key AND h.source = 'hcpcs add date')`);
}

export function fillCodeHistory(db: Database.Database): void {
  compareAllReleases(db);
  hcpcsDateEvents(db);
}
