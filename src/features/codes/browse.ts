/**
 * Browsing a code system's hierarchy (chapters → sections → categories → codes for ICD-10-CM,
 * sections → body systems → tables for PCS, letter ranges for HCPCS, ranges for CPT) and listing
 * every code of a system for the sitemap. Grouping nodes are addressed by their key ("CH4",
 * "E08-E13", "0S", "A0000-A9999"); ICD-10-CM chapters also by their display code ("Chapter 4").
 */

import { AppError } from '../../core/errors.js';
import { type CodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import { perDatabase } from '../../db/cache.js';
import { PATH_SEPARATOR } from './hierarchy.js';
import { codeRef, parseSystem, releaseRef } from './lookup.js';
import type { ReadStore } from './reader.js';
import type { CodeRow, ReleaseRow } from './rows.js';
import type { CodeRef, ReleaseRef } from './views.js';

/** Codes per browse page and per sitemap file (the sitemap protocol allows 50,000 addresses). */
const BROWSE_PAGE_SIZE = 500;
const SITEMAP_PAGE_SIZE = 40_000;

export interface BrowseNode extends CodeRef {
  /** The node's key in the hierarchy (the browse address of grouping nodes). */
  key: string;
  childCount: number;
}

export interface BrowseView {
  system: CodeSystemId;
  systemLabel: string;
  release: ReleaseRef;
  /** The node browsed, null at the top of the system. */
  node: BrowseNode | null;
  /** From the top down to the node's parent. */
  ancestors: BrowseNode[];
  children: BrowseNode[];
  /** Every child of the node (children holds one page of them). */
  total: number;
  offset: number;
}

interface SitemapEntry {
  system: CodeSystemId;
  key: string;
  code: string;
  display: string;
  kind: string;
}

function defaultRelease(store: ReadStore, system: CodeSystemId): ReleaseRow {
  const found = store.releases().find((r) => r.system === system && r.isDefault);
  if (!found) throw new AppError('not-found', `the database holds no ${SYSTEM_INFO[system].label} release`, 'system');
  return found;
}

function node(store: ReadStore, row: CodeRow): BrowseNode {
  return { ...codeRef(row), key: row.key, childCount: store.childCount(row.system, row.release, row.key) };
}

/** Keys a browse segment may name: the key itself, and "Chapter 4" → "CH4". */
function keysOfSegment(segment: string): string[] {
  const raw = segment.trim();
  const chapter = /^chapter\s*(\d+)$/i.exec(raw);
  return [raw, raw.toUpperCase(), ...(chapter ? [`CH${Number(chapter[1])}`] : [])];
}

function findNode(store: ReadStore, system: CodeSystemId, release: ReleaseRow, segment: string): CodeRow {
  if (segment.length > 64) throw new AppError('invalid', 'node is longer than 64 characters', 'node');
  for (const key of keysOfSegment(segment)) {
    const row = store.code(system, release.release, key);
    if (row) return row;
  }
  throw new AppError('not-found', `${SYSTEM_INFO[system].label} ${release.label} has no node ${segment}`, 'node');
}

const childPage = perDatabase((db) =>
  db.prepare('SELECT key FROM codes WHERE system = ? AND release = ? AND parent IS ? ORDER BY ord LIMIT ? OFFSET ?'),
);

/** One page of a node's children (the store's children() has no offset; big PCS tables need one). */
function childrenPage(store: ReadStore, system: string, release: string, parent: string | null, offset: number): CodeRow[] {
  if (offset === 0) return parent === null ? store.roots(system, release, BROWSE_PAGE_SIZE) : store.children(system, release, parent);
  const keys = (childPage(store.db).all(system, release, parent, BROWSE_PAGE_SIZE, offset) as Array<{ key: string }>).map((r) => r.key);
  return store.codesByKeys(system, release, keys);
}

function rootCount(store: ReadStore, system: string, release: string): number {
  return store.roots(system, release).length;
}

/** The top of a system (node absent) or one node of it, with a page of its children. */
export function browse(store: ReadStore, systemInput: string, segment?: string, offsetInput = 0): BrowseView {
  const system = parseSystem(systemInput);
  const release = defaultRelease(store, system);
  const offset = Math.max(0, Math.floor(offsetInput));
  const row = segment === undefined ? null : findNode(store, system, release, segment);
  const ancestorKeys = row ? row.path.split(PATH_SEPARATOR).slice(0, -1) : [];
  const ancestors = store.codesByKeys(system, release.release, ancestorKeys);
  const children = childrenPage(store, system, release.release, row?.key ?? null, offset);
  const total = row ? store.childCount(system, release.release, row.key) : rootCount(store, system, release.release);
  return {
    system,
    systemLabel: SYSTEM_INFO[system].label,
    release: releaseRef(release),
    node: row ? node(store, row) : null,
    ancestors: ancestors.map((a) => node(store, a)),
    children: children.map((c) => node(store, c)),
    total,
    offset,
  };
}

const sitemapPage = perDatabase((db) =>
  db.prepare('SELECT key, code, display, kind FROM codes WHERE system = ? AND release = ? ORDER BY ord LIMIT ? OFFSET ?'),
);

/** Number of sitemap files a system needs (0 when it is not in the database). */
export function sitemapPages(store: ReadStore, system: CodeSystemId): number {
  const release = store.releases().find((r) => r.system === system && r.isDefault);
  if (!release) return 0;
  const count = (
    store.db.prepare('SELECT count(*) AS n FROM codes WHERE system = ? AND release = ?').get(system, release.release) as { n: number }
  ).n;
  return Math.max(1, Math.ceil(count / SITEMAP_PAGE_SIZE));
}

/** One page (0-based) of every code and node of a system's default release, in official order. */
export function sitemapEntries(store: ReadStore, systemInput: string, page: number): SitemapEntry[] {
  const system = parseSystem(systemInput);
  const release = defaultRelease(store, system);
  const rows = sitemapPage(store.db).all(system, release.release, SITEMAP_PAGE_SIZE, page * SITEMAP_PAGE_SIZE) as Array<
    Omit<SitemapEntry, 'system'>
  >;
  return rows.map((r) => ({ system, ...r }));
}
