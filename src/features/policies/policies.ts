/**
 * Policy use-cases: the policies of a code (grouped: listed vs topic match; Medicare national,
 * local by contractor, other payers; newest first), one policy with its codes, and the coverage
 * question "is this procedure covered for this diagnosis".
 */

import { normalizeCodeKey } from '../../core/codes.js';
import { AppError } from '../../core/errors.js';
import { sanitizePolicyHtml } from '../../core/policy-html.js';
import { SYSTEM_INFO } from '../../core/systems.js';
import { perDatabase } from '../../db/cache.js';
import type { ReadStore } from '../codes/index.js';
import { parseSystem } from '../codes/index.js';
import { type PolicyGroupRow, type PolicyLinkRow, PolicyQueries, type PolicyRow } from './queries.js';
import type {
  CodePoliciesView,
  CodePolicyEntry,
  CodePolicyGroup,
  PolicyCodeGroupView,
  PolicyLinkView,
  PolicyScope,
  PolicySummaryView,
  PolicyView,
} from './views.js';

const KIND_LABEL: Record<string, string> = {
  ncd: 'National Coverage Determination',
  lcd: 'Local Coverage Determination',
  article: 'Billing and coding article',
  payer: 'Payer policy',
};

const RELATION_LABEL: Record<string, string> = {
  covered: 'covered',
  'not-covered': 'not covered',
  listed: 'listed',
  topic: 'topic match',
};

const queriesOf = perDatabase((db) => new PolicyQueries(db));

export function policyQueries(store: ReadStore): PolicyQueries {
  return queriesOf(store.db);
}

function scopeOf(p: PolicyRow): PolicyScope {
  if (p.kind === 'ncd') return 'medicare-national';
  if (p.kind === 'payer') return 'payer';
  return 'medicare-local';
}

export function policySummary(p: PolicyRow): PolicySummaryView {
  return {
    id: p.id,
    kind: p.kind,
    kindLabel: KIND_LABEL[p.kind] ?? p.kind,
    scope: scopeOf(p),
    payer: p.payer,
    contractor: p.contractor,
    jurisdiction: p.jurisdiction,
    states: p.states,
    title: p.title,
    status: p.status,
    version: p.version,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    updatedOn: p.updatedOn,
    url: p.url,
  };
}

/** "applies to category E11" when the link comes from a listed category (features/policies/links.ts). */
function appliesToLabel(viaRange: string | null): string | null {
  return viaRange?.startsWith('category ') ? `applies to ${viaRange}` : null;
}

function linkView(l: PolicyLinkRow): PolicyLinkView {
  const applies = appliesToLabel(l.viaRange);
  const base = RELATION_LABEL[l.relation] ?? l.relation;
  return {
    relation: l.relation as PolicyLinkView['relation'],
    relationLabel: applies ? `${base} (${applies})` : base,
    group: l.group,
    snippet: l.snippet,
    viaRange: l.viaRange,
    score: l.score,
    fromText: l.extracted,
  };
}

/** A code of the database from user input: system id and code in any shape. */
export function resolveCode(store: ReadStore, systemInput: string, codeInput: string, field = 'code') {
  const system = parseSystem(systemInput);
  const key = normalizeCodeKey(codeInput);
  if (key === '' || key.length > 16) throw new AppError('invalid', `"${codeInput}" is not a code`, field);
  const release = store.releases().find((r) => r.system === system && r.isDefault)?.release;
  const row = (release ? store.code(system, release, key) : null) ?? null;
  if (row) return { system, key, code: row.code, display: row.display };
  const releases = store.releasesOfKey(system, key);
  const last = releases.at(-1);
  const old = last ? store.code(system, last, key) : null;
  if (!old) throw new AppError('not-found', `${SYSTEM_INFO[system].label} has no code "${codeInput}"`, field);
  return { system, key, code: old.code, display: old.display };
}

const newestFirst = (a: CodePolicyEntry, b: CodePolicyEntry) =>
  (b.policy.effectiveFrom ?? '').localeCompare(a.policy.effectiveFrom ?? '') || a.policy.title.localeCompare(b.policy.title);

const SCOPE_ORDER: PolicyScope[] = ['medicare-national', 'medicare-local', 'payer'];

function groupEntries(entries: CodePolicyEntry[]): CodePolicyGroup[] {
  const groups = new Map<string, CodePolicyGroup>();
  for (const e of entries) {
    const p = e.policy;
    const label =
      p.scope === 'medicare-national' ? 'Medicare national' : p.scope === 'medicare-local' ? (p.contractor ?? 'Medicare local') : p.payer;
    const id = `${p.scope}|${label}`;
    const g = groups.get(id) ?? { scope: p.scope, label, policies: [] };
    g.policies.push(e);
    groups.set(id, g);
  }
  const list = [...groups.values()];
  for (const g of list) g.policies.sort(newestFirst);
  return list.sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) || a.label.localeCompare(b.label));
}

export function codePolicies(store: ReadStore, systemInput: string, codeInput: string): CodePoliciesView {
  const code = resolveCode(store, systemInput, codeInput);
  const { links, policies } = policyQueries(store).linksOfCode(code.system, code.key);
  const listed = new Map<string, CodePolicyEntry>();
  const topic = new Map<string, CodePolicyEntry>();
  for (const l of links) {
    const p = policies.get(l.policyId);
    if (!p) continue;
    const target = l.relation === 'topic' ? topic : listed;
    const entry = target.get(p.id) ?? { policy: policySummary(p), links: [] };
    entry.links.push(linkView(l));
    target.set(p.id, entry);
  }
  // A policy that lists the code is not also shown as a topic match.
  for (const id of listed.keys()) topic.delete(id);
  return {
    system: code.system,
    code: code.code,
    display: code.display,
    listed: groupEntries([...listed.values()]),
    topicMatches: groupEntries([...topic.values()]),
    counts: { listed: listed.size, topicMatches: topic.size },
  };
}

function codeGroups(links: PolicyLinkRow[], groups: PolicyGroupRow[]): PolicyCodeGroupView[] {
  const paragraphs = new Map(groups.map((g) => [g.group, g.text]));
  const out = new Map<string, PolicyCodeGroupView>();
  const seen = new Set<string>();
  const order = ['covered', 'not-covered', 'listed', 'topic'];
  for (const l of [...links].sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation))) {
    const dedupe = `${l.relation}|${l.group}|${l.system}|${l.key}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const id = `${l.relation}|${l.group}`;
    const g = out.get(id) ?? {
      relation: l.relation as PolicyLinkView['relation'],
      relationLabel: RELATION_LABEL[l.relation] ?? l.relation,
      group: l.group,
      paragraph: paragraphs.get(l.group) ?? null,
      codes: [],
    };
    g.codes.push({ system: l.system, code: l.code, display: l.display, link: linkView(l) });
    out.set(id, g);
  }
  return [...out.values()];
}

export function getPolicy(store: ReadStore, id: string): PolicyView {
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,160}$/.test(id)) throw new AppError('invalid', `"${id}" is not a policy id`, 'id');
  const q = policyQueries(store);
  const p = q.policy(id);
  if (!p) throw new AppError('not-found', `no policy "${id}"`, 'id');
  const links = q.codesOf(p.id);
  const topicMatches = new Set(links.filter((l) => l.relation === 'topic').map((l) => `${l.system}|${l.key}`)).size;
  const listed = new Set(links.filter((l) => l.relation !== 'topic').map((l) => `${l.system}|${l.key}`)).size;
  return {
    ...policySummary(p),
    // Sanitised when built; sanitised again here so that no stored HTML reaches a page unchecked.
    html: p.html ? sanitizePolicyHtml(p.html) : null,
    source: p.source,
    sourceRelease: p.sourceRelease,
    codeGroups: codeGroups(links, q.groupsOf(p.id)),
    counts: { listed, topicMatches },
    unmatchedMentions: q
      .mentionsOf(p.id)
      .filter((m) => !m.linked)
      .map((m) => m.text),
  };
}
