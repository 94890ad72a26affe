/**
 * Read queries over the policy tables of a built database. Every query is prepared and bounded.
 */

import type Database from 'better-sqlite3';
import { type PolicyKind, type PolicyRecord, textOrNull } from '../../core/records.js';
import type { Raw } from '../../db/rows.js';

const MAX_POLICY_CODES = 5000;
const MAX_CODE_POLICIES = 500;

/** A policy as stored: its record without the fields that only decide how it is written. */
export type PolicyRow = Omit<PolicyRecord, 'type' | 'sourcePath' | 'rank' | 'attributes'> & {
  attributes: Record<string, unknown>;
};

export interface PolicyLinkRow {
  policyId: string;
  system: string;
  key: string;
  /** Display form and descriptor in the system's default release (or the newest release that has the code). */
  code: string;
  display: string;
  relation: string;
  group: string;
  snippet: string | null;
  extracted: boolean;
  viaRange: string | null;
  score: number | null;
}

export interface PolicyGroupRow {
  table: string;
  group: string;
  text: string;
}

function toPolicy(r: Raw): PolicyRow {
  return {
    id: r.id as string,
    kind: r.kind as PolicyKind,
    payer: r.payer as string,
    contractor: textOrNull(r.contractor),
    jurisdiction: textOrNull(r.jurisdiction),
    states: JSON.parse(r.states as string) as string[],
    title: r.title as string,
    status: textOrNull(r.status),
    version: textOrNull(r.version),
    effectiveFrom: textOrNull(r.effective_from),
    effectiveTo: textOrNull(r.effective_to),
    updatedOn: textOrNull(r.updated_on),
    url: textOrNull(r.url),
    html: textOrNull(r.html),
    text: textOrNull(r.text),
    source: r.source as string,
    sourceRelease: r.source_release as string,
    attributes: r.attributes ? (JSON.parse(r.attributes as string) as Record<string, unknown>) : {},
  };
}

function toLink(r: Raw): PolicyLinkRow {
  return {
    policyId: r.policy_id as string,
    system: r.system as string,
    key: r.key as string,
    code: (r.code as string | null) ?? (r.key as string),
    display: (r.display as string | null) ?? '',
    relation: r.relation as string,
    group: r.grp as string,
    snippet: textOrNull(r.snippet),
    extracted: r.extracted === 1,
    viaRange: textOrNull(r.via_range),
    score: (r.score as number | null) ?? null,
  };
}

/** The descriptor of a linked code: its default release, else the newest release that has it. */
const CODE_OF_LINK = `
  (SELECT c.code FROM codes c LEFT JOIN releases r ON r.system = c.system AND r.release = c.release
   WHERE c.system = pc.system AND c.key = pc.key ORDER BY r.is_default DESC, c.release DESC LIMIT 1) AS code,
  (SELECT c.display FROM codes c LEFT JOIN releases r ON r.system = c.system AND r.release = c.release
   WHERE c.system = pc.system AND c.key = pc.key ORDER BY r.is_default DESC, c.release DESC LIMIT 1) AS display`;

export class PolicyQueries {
  private readonly stmts;

  constructor(db: Database.Database) {
    const hasTables = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'policies'").get() !== undefined;
    if (!hasTables) throw new Error('this database has no policy tables');
    this.stmts = {
      policy: db.prepare('SELECT * FROM policies WHERE id = ? COLLATE NOCASE LIMIT 1'),
      codesOf: db.prepare(
        `SELECT pc.*, ${CODE_OF_LINK} FROM policy_codes pc WHERE pc.policy_id = ?
         ORDER BY pc.relation, pc.grp, pc.system, pc.key LIMIT ${MAX_POLICY_CODES}`,
      ),
      groupsOf: db.prepare('SELECT tbl, grp, text FROM policy_groups WHERE policy_id = ? ORDER BY tbl, grp LIMIT 500'),
      linksOfCode: db.prepare(
        `SELECT pc.*, NULL AS code, NULL AS display FROM policy_codes pc WHERE pc.system = ? AND pc.key = ?
         LIMIT ${MAX_CODE_POLICIES}`,
      ),
      policiesByIds: db.prepare(`SELECT * FROM policies WHERE id IN (SELECT value FROM json_each(?)) LIMIT ${MAX_CODE_POLICIES}`),
      counts: db.prepare(
        `SELECT (SELECT count(*) FROM policies) AS policies,
                (SELECT count(*) FROM policy_codes WHERE relation = 'topic') AS topicLinks,
                (SELECT count(*) FROM policy_codes WHERE relation <> 'topic') AS listedLinks`,
      ),
      mentionsOf: db.prepare(
        `SELECT m.key, m.key_to, m.system, m.snippet,
                EXISTS (SELECT 1 FROM policy_codes pc WHERE pc.policy_id = m.policy_id AND pc.relation <> 'topic'
                        AND (pc.key = m.key OR pc.via_range = m.key || '-' || m.key_to)) AS linked
         FROM policy_mentions m WHERE m.policy_id = ? AND m.extracted = 1 LIMIT 2000`,
      ),
    };
  }

  policy(id: string): PolicyRow | null {
    const r = this.stmts.policy.get(id) as Raw | undefined;
    return r ? toPolicy(r) : null;
  }

  codesOf(policyId: string): PolicyLinkRow[] {
    return (this.stmts.codesOf.all(policyId) as Raw[]).map(toLink);
  }

  groupsOf(policyId: string): PolicyGroupRow[] {
    return (this.stmts.groupsOf.all(policyId) as Raw[]).map((r) => ({
      table: r.tbl as string,
      group: r.grp as string,
      text: r.text as string,
    }));
  }

  /** Links of one code to policies, with those policies. */
  linksOfCode(system: string, key: string): { links: PolicyLinkRow[]; policies: Map<string, PolicyRow> } {
    const links = (this.stmts.linksOfCode.all(system, key) as Raw[]).map(toLink);
    const ids = [...new Set(links.map((l) => l.policyId))];
    const rows = ids.length > 0 ? (this.stmts.policiesByIds.all(JSON.stringify(ids)) as Raw[]) : [];
    return { links, policies: new Map(rows.map((r) => [r.id as string, toPolicy(r)])) };
  }

  counts(): { policies: number; topicLinks: number; listedLinks: number } {
    return this.stmts.counts.get() as { policies: number; topicLinks: number; listedLinks: number };
  }

  /** Code-shaped tokens found in a policy's text and whether each became a link (the import report). */
  mentionsOf(policyId: string): Array<{ text: string; linked: boolean }> {
    return (this.stmts.mentionsOf.all(policyId) as Raw[]).map((r) => ({
      text: r.key_to ? `${r.key}-${r.key_to}` : (r.key as string),
      linked: r.linked === 1,
    }));
  }
}

/** The policies read from payer folders, by the document path they came from. */
export function payerFolderPolicies(store: { db: Database.Database }): Map<string, string> {
  const rows = store.db.prepare("SELECT id, source_path FROM policies WHERE source = 'payer-folder'").all() as Array<{
    id: string;
    source_path: string;
  }>;
  return new Map(rows.map((r) => [r.source_path, r.id]));
}
