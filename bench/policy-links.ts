/**
 * Policy links measured on the real database: `npm run bench:policy-links -- --db FILE`.
 * Before = the links stored in FILE (built by the previous linking rules); after = the same
 * database's listed links plus the category links and topic links computed now by this checkout's
 * rules (read-only; nothing is written). Prints precision and recall on the judged pairs of
 * bench/policy-links/judged.tsv and the number of codes with at least one policy per system.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { CATEGORY_LINKS_SELECT } from '../src/features/policies/index.js';
import { linkPolicyTopics } from '../src/features/policies/topics.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dbPath = resolve(arg('--db') ?? process.env.MEDCODES_TEST_DB ?? '.tmp/real.db');
const here = dirname(fileURLToPath(import.meta.url));

interface Judged {
  policy: string;
  system: string;
  code: string;
  related: boolean;
}
const judged: Judged[] = readFileSync(join(here, 'policy-links/judged.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('policy\t'))
  .map((l) => {
    const [policy, system, code, judgement] = l.split('\t') as [string, string, string, string];
    if (judgement !== 'related' && judgement !== 'unrelated') throw new Error(`judged.tsv: bad judgement "${judgement}" in: ${l}`);
    return { policy, system, code, related: judgement === 'related' };
  });

const id = (p: string, s: string, k: string) => `${p}|${s}|${k}`;
const db = new Database(dbPath, { readonly: true });
type Row = { policy_id: string; system: string; key: string; relation: string };
const stored = db.prepare('SELECT policy_id, system, key, relation FROM policy_codes').all() as Row[];
const before = new Set(stored.map((r) => id(r.policy_id, r.system, r.key)));
const listed = stored.filter((r) => r.relation !== 'topic');
const hasMentions = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'policy_mentions'").get();
const category = hasMentions ? (db.prepare(CATEGORY_LINKS_SELECT).all() as Row[]) : [];
const started = performance.now();
const topic = linkPolicyTopics(db);
const topicSeconds = (performance.now() - started) / 1000;
const after = new Set([
  ...listed.map((r) => id(r.policy_id, r.system, r.key)),
  ...category.map((r) => id(r.policy_id, r.system, r.key)),
  ...topic.map((l) => id(l.policyId, l.system, l.key)),
]);

function score(links: Set<string>) {
  let tp = 0;
  let fp = 0;
  for (const j of judged) {
    if (!links.has(id(j.policy, j.system, j.code))) continue;
    if (j.related) tp++;
    else fp++;
  }
  const related = judged.filter((j) => j.related).length;
  return { predicted: tp + fp, tp, fp, precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp / related };
}

function perSystem(links: Set<string>) {
  const codes = new Map<string, Set<string>>();
  for (const l of links) {
    const [, system, key] = l.split('|') as [string, string, string];
    const set = codes.get(system) ?? new Set<string>();
    set.add(key);
    codes.set(system, set);
  }
  return Object.fromEntries([...codes].sort().map(([s, set]) => [s, set.size]));
}

const b = score(before);
const a = score(after);
const fmt = (x: ReturnType<typeof score>) =>
  `precision ${x.precision.toFixed(3)} (${x.tp}/${x.predicted}), recall ${x.recall.toFixed(3)} (${x.tp}/${judged.filter((j) => j.related).length})`;
console.log(`database ${dbPath}; judged pairs ${judged.length} (${judged.filter((j) => j.related).length} related)`);
console.log(`before: ${fmt(b)}; links ${before.size}`);
console.log(
  `after:  ${fmt(a)}; links ${after.size} (listed ${listed.length}, category ${category.length}, topic ${topic.length}; topic linking ${topicSeconds.toFixed(1)} s)`,
);
console.log('codes with at least one policy, per system:');
const pb = perSystem(before);
const pa = perSystem(after);
for (const s of [...new Set([...Object.keys(pb), ...Object.keys(pa)])].sort())
  console.log(`  ${s.padEnd(9)} before ${String(pb[s] ?? 0).padStart(6)}  after ${String(pa[s] ?? 0).padStart(6)}`);
const missed = judged.filter((j) => j.related && !after.has(id(j.policy, j.system, j.code)));
const wrong = judged.filter((j) => !j.related && after.has(id(j.policy, j.system, j.code)));
for (const j of missed) console.log(`  after misses: ${j.policy} ${j.system} ${j.code}`);
for (const j of wrong) console.log(`  after wrongly links: ${j.policy} ${j.system} ${j.code}`);
db.close();
