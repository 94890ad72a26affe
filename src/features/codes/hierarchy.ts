import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors.js';

interface Node {
  id: number;
  parent: string | null;
  depth?: number;
  path?: string;
}

/** Separator of the keys in codes.path (keys never contain it). */
export const PATH_SEPARATOR = '/';

function resolveNode(nodes: Map<string, Node>, key: string, group: string): Node {
  const chain: Array<[string, Node]> = [];
  let current: string | null = key;
  while (current !== null) {
    const node = nodes.get(current);
    if (!node) break; // a missing parent is reported by the integrity checks
    if (node.path !== undefined) break;
    if (chain.some(([k]) => k === current)) throw new AppError('invalid', `${group}: the parents of ${key} form a cycle`);
    chain.push([current, node]);
    current = node.parent;
  }
  let base = current !== null ? nodes.get(current) : undefined;
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const [k, node] = chain[i] as [string, Node];
    node.depth = base ? (base.depth ?? 0) + 1 : 0;
    node.path = base ? `${base.path}${PATH_SEPARATOR}${k}` : k;
    base = node;
  }
  return nodes.get(key) as Node;
}

/** Compute depth and path (ancestor keys from the top, then the key) of every code of every release. */
export function fillHierarchy(db: Database.Database): void {
  const groups = db.prepare('SELECT DISTINCT system, release FROM codes').all() as Array<{ system: string; release: string }>;
  const select = db.prepare('SELECT id, key, parent FROM codes WHERE system = ? AND release = ?');
  const update = db.prepare('UPDATE codes SET depth = ?, path = ? WHERE id = ?');
  for (const { system, release } of groups) {
    const nodes = new Map<string, Node>();
    for (const row of select.iterate(system, release) as Iterable<{ id: number; key: string; parent: string | null }>) {
      nodes.set(row.key, { id: row.id, parent: row.parent });
    }
    for (const key of nodes.keys()) resolveNode(nodes, key, `${system} ${release}`);
    for (const node of nodes.values()) update.run(node.depth ?? 0, node.path ?? '', node.id);
  }
}
