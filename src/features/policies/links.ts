/**
 * Finish-time linking of policies to codes. The codes a policy names (policy_mentions, from code
 * tables and from its text) are checked against the code lists of every release in the database:
 * unknown codes stay unlinked, ranges are expanded to the codes they span in the systems whose
 * shape both ends fit. Topic links (policies that name no code) are added by the build use-case
 * once the search index exists, through insertTopicLinks.
 */
import type Database from 'better-sqlite3';
import { systemsForShape } from '../../core/codes.js';
import type { CodeSystemId } from '../../core/systems.js';

/** A range spanning more codes than this is not a range a policy means ("0001-9999"): it is skipped. */
const MAX_RANGE_CODES = 5000;

const LINKABLE_KINDS = "('header', 'code', 'modifier')";

export interface PolicyLinkStats {
  policies: number;
  mentions: number;
  links: number;
  rangesExpanded: number;
  rangesSkipped: string[];
  /** Links made because the policy lists the category the code is under. */
  categoryLinks: number;
}

export interface TopicLink {
  policyId: string;
  system: string;
  key: string;
  score: number;
  /** Why it matched, in words ("title words found in the descriptor: vitamin, d, assay"). */
  reason: string;
}

function linkSingles(db: Database.Database): void {
  db.exec(`
    INSERT OR IGNORE INTO policy_codes (system, key, policy_id, relation, grp, snippet, extracted, via_range, score)
    SELECT s.system, m.key, m.policy_id, m.relation, m.grp, m.snippet, m.extracted, NULL, NULL
    FROM policy_mentions m
    JOIN (SELECT DISTINCT system FROM releases) s ON (m.system IS NULL OR s.system = m.system)
    WHERE m.key_to IS NULL
      AND EXISTS (SELECT 1 FROM codes c WHERE c.key = m.key AND c.system = s.system AND c.kind IN ${LINKABLE_KINDS})
    ORDER BY m.rowid`);
}

/**
 * A policy that lists an ICD-10-CM category or subcategory (a header: E11, E11.6) applies to every
 * code under it: those codes are linked with `via_range` = "category E11" (the label "applies to
 * category E11"), unless the policy lists them itself.
 */
export const CATEGORY_LINKS_SELECT = `
  SELECT DISTINCT c.system, c.key, m.policy_id, m.relation, m.grp, m.snippet, m.extracted, 'category ' || h.code AS via_range, NULL AS score
  FROM policy_mentions m
  JOIN (SELECT key, max(code) AS code FROM codes WHERE system = 'icd10cm' AND kind = 'header' GROUP BY key) h ON h.key = m.key
  JOIN codes c ON c.system = 'icd10cm' AND c.key > m.key AND c.key < m.key || '[' AND c.kind IN ('header', 'code')
  WHERE m.key_to IS NULL AND (m.system IS NULL OR m.system = 'icd10cm')`;

function linkCategories(db: Database.Database): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO policy_codes (system, key, policy_id, relation, grp, snippet, extracted, via_range, score) ${CATEGORY_LINKS_SELECT}`,
    )
    .run().changes;
}

interface RangeRow {
  policy_id: string;
  system: string | null;
  key: string;
  key_to: string;
  relation: string;
  grp: string;
  snippet: string | null;
  extracted: number;
}

/** Systems a range may be expanded in: the one its table names, or those both ends are shaped for. */
function rangeSystems(row: RangeRow): CodeSystemId[] {
  if (row.system) return [row.system as CodeSystemId];
  const to = systemsForShape(row.key_to);
  return systemsForShape(row.key).filter((s) => s !== 'pos' && to.includes(s));
}

function expandRanges(db: Database.Database, stats: PolicyLinkStats): void {
  const rows = db.prepare('SELECT * FROM policy_mentions WHERE key_to IS NOT NULL ORDER BY rowid').all() as RangeRow[];
  // Keys from the first code to the last, and every code under the last ("E11.9" spans E11.90…).
  const spanned = db.prepare(
    `SELECT DISTINCT key FROM codes WHERE system = ? AND key >= ? AND key < ? || '[' AND kind IN ${LINKABLE_KINDS} LIMIT ${MAX_RANGE_CODES + 1}`,
  );
  const insert = db.prepare(
    `INSERT OR IGNORE INTO policy_codes (system, key, policy_id, relation, grp, snippet, extracted, via_range, score)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  for (const row of rows) {
    const range = `${row.key}-${row.key_to}`;
    for (const system of rangeSystems(row)) {
      const keys = (spanned.all(system, row.key, row.key_to) as Array<{ key: string }>).map((r) => r.key);
      if (keys.length > MAX_RANGE_CODES) {
        stats.rangesSkipped.push(`${row.policy_id}: ${system} ${range} spans more than ${MAX_RANGE_CODES} codes`);
        continue;
      }
      if (keys.length > 0) stats.rangesExpanded += 1;
      for (const key of keys) insert.run(system, key, row.policy_id, row.relation, row.grp, row.snippet, row.extracted, range);
    }
  }
}

/** Check every mention against the code lists and write the links. Runs inside the build's transaction. */
export function linkPolicyMentions(db: Database.Database): PolicyLinkStats {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const stats: PolicyLinkStats = { policies: 0, mentions: 0, links: 0, rangesExpanded: 0, rangesSkipped: [], categoryLinks: 0 };
  // Codes and groups of policies no source described are dropped (a table row for an unknown document).
  db.exec('DELETE FROM policy_mentions WHERE policy_id NOT IN (SELECT id FROM policies)');
  db.exec('DELETE FROM policy_groups WHERE policy_id NOT IN (SELECT id FROM policies)');
  linkSingles(db);
  expandRanges(db, stats);
  stats.categoryLinks = linkCategories(db);
  stats.policies = count('SELECT count(*) AS n FROM policies');
  stats.mentions = count('SELECT count(*) AS n FROM policy_mentions');
  stats.links = count('SELECT count(*) AS n FROM policy_codes');
  return stats;
}

/** Policies that name no code (after linking): they get topic links. */
export function policiesWithoutCodes(db: Database.Database): Array<{ id: string; title: string }> {
  return db
    .prepare(
      `SELECT id, title FROM policies p
       WHERE NOT EXISTS (SELECT 1 FROM policy_codes c WHERE c.policy_id = p.id AND c.relation <> 'topic')
       ORDER BY id`,
    )
    .all() as Array<{ id: string; title: string }>;
}

export function insertTopicLinks(db: Database.Database, links: readonly TopicLink[]): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO policy_codes (system, key, policy_id, relation, grp, snippet, extracted, via_range, score)
     VALUES (?, ?, ?, 'topic', '', ?, 0, NULL, ?)`,
  );
  let n = 0;
  const run = db.transaction(() => {
    for (const l of links) n += insert.run(l.system, l.key, l.policyId, l.reason, l.score).changes;
  });
  run();
  return n;
}
