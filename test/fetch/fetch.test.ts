import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fetchSources } from '../../src/app/fetch.js';
import { loadManifest, type Manifest, planFetch } from '../../src/app/fetch-manifest.js';
import { type MirrorServer, startMirror } from '../support/mirror-server.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

/** Synthetic official files (official names and layout) from the committed fixtures. */
const FILES = [
  ['icd10cm', '2026', 'icd10cm/icd10cm/2026/2026-code-descriptions-tabular-order.zip'],
  ['icd10cm', '2025', 'icd10cm/icd10cm/2025/2025-code-descriptions-tabular-order.zip'],
  ['icd10cm', '2021', 'icd10cm/icd10cm/2021/icd10cm_tabular_2021.xml.gz'],
  ['icd10pcs', '2026', 'icd10pcs/icd10pcs/2026/2026-icd-10-pcs-order-file.zip'],
  ['icd10pcs', '2026', 'icd10pcs/icd10pcs/2026/icd10pcs_tables_2026.xml.gz'],
  ['hcpcs', '2025-10', 'hcpcs/hcpcs/2025-10/HCPC2025_OCT_ANWEB.xlsx'],
] as const;

let work: string;
let mirrorDir: string;
let mirror: MirrorServer;
let manifest: Manifest;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'medcodes-fetch-'));
  mirrorDir = join(work, 'mirror');
  const sources = new Map<string, Map<string, Manifest['sources'][number]['releases'][number]>>();
  for (const [source, release, fixture] of FILES) {
    const path = fixture.split('/').slice(1).join('/');
    mkdirSync(join(mirrorDir, path, '..'), { recursive: true });
    cpSync(join(RELEASE_FIXTURES, fixture), join(mirrorDir, path));
    const bytes = readFileSync(join(mirrorDir, path));
    const rels = sources.get(source) ?? new Map();
    sources.set(source, rels);
    const rel = rels.get(release) ?? { release, files: [] };
    rels.set(release, rel);
    rel.files.push({ path, size: bytes.length, sha256: sha(bytes) });
  }
  // An optional file the mirror does not have, as the FY2025 April index files are on some mirrors.
  sources
    .get('icd10cm')
    ?.get('2025')
    ?.files.push({ path: 'icd10cm/2025/icd-10-cm-eindex-2025.xml.gz', optional: true, size: 10, sha256: 'a'.repeat(64) });
  manifest = {
    sources: [...sources].map(([id, rels]) => ({ id, releases: [...rels.values()] })),
  };
  mirror = await startMirror(mirrorDir);
});
after(async () => {
  await mirror.close();
  rmSync(work, { recursive: true, force: true });
});

let dest: string;
beforeEach(() => {
  dest = mkdtempSync(join(work, 'sources-'));
  mirror.requests.length = 0;
});

const required = () => manifest.sources.flatMap((s) => s.releases.flatMap((r) => r.files.filter((f) => !f.optional)));

describe('medcodes fetch from a loopback mirror', () => {
  it('fetches every file into the sources layout, verified, and reports the optional file the mirror lacks', async () => {
    const r = await fetchSources({ sourcesDir: dest, manifest, mirror: mirror.url });
    assert.equal(r.fetched, required().length);
    assert.equal(r.failed, 1);
    assert.deepEqual(r.missingRequired, []);
    const missing = r.files.find((f) => f.status === 'failed');
    assert.equal(missing?.path, 'icd10cm/2025/icd-10-cm-eindex-2025.xml.gz');
    assert.equal(missing?.optional, true);
    assert.match(missing?.note ?? '', /optional, not available: .*HTTP 404/);
    for (const f of required()) assert.equal(sha(readFileSync(join(dest, f.path))), f.sha256, f.path);
    assert.equal(
      r.bytes,
      required().reduce((n, f) => n + (f.size ?? 0), 0),
    );
    // No temporary files are left behind.
    const leftovers = readdirSync(dest, { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('.part'));
    assert.deepEqual(leftovers, []);
    // A second run verifies and skips what is there, asking the mirror only for the missing optional file.
    mirror.requests.length = 0;
    const again = await fetchSources({ sourcesDir: dest, manifest, mirror: mirror.url });
    assert.equal(again.fetched, 0);
    assert.equal(again.skipped, required().length);
    assert.deepEqual(
      mirror.requests.map((q) => q.path),
      ['icd10cm/2025/icd-10-cm-eindex-2025.xml.gz'],
    );
  });

  it('resumes with an HTTP Range request after the connection is cut in the middle of a file', async () => {
    const path = 'icd10cm/2026/2026-code-descriptions-tabular-order.zip';
    const size = required().find((f) => f.path === path)?.size as number;
    mirror.cutOnce(path, Math.floor(size / 2));
    const r = await fetchSources({ sourcesDir: dest, manifest, mirror: mirror.url, only: ['icd10cm'], release: '2026' });
    assert.equal(r.fetched, 1);
    const asked = mirror.requests.filter((q) => q.path === path);
    assert.equal(asked.length, 2);
    assert.equal(asked[0]?.range, undefined);
    assert.equal(asked[1]?.range, `bytes=${Math.floor(size / 2)}-`);
    assert.equal(sha(readFileSync(join(dest, path))), required().find((f) => f.path === path)?.sha256);
  });

  it('resumes from a partial file left by an earlier run', async () => {
    const path = 'hcpcs/2025-10/HCPC2025_OCT_ANWEB.xlsx';
    const whole = readFileSync(join(mirrorDir, path));
    mkdirSync(join(dest, 'hcpcs/2025-10'), { recursive: true });
    writeFileSync(join(dest, `${path}.part`), whole.subarray(0, 1000));
    const r = await fetchSources({ sourcesDir: dest, manifest, mirror: mirror.url, only: ['hcpcs'] });
    assert.equal(r.fetched, 1);
    assert.deepEqual(
      mirror.requests.map((q) => q.range),
      ['bytes=1000-'],
    );
    assert.deepEqual(readFileSync(join(dest, path)), whole);
  });

  it('rejects a file whose checksum does not match, names it, keeps the good file it would have replaced', async () => {
    const path = 'icd10pcs/2026/icd10pcs_tables_2026.xml.gz';
    const bad: Manifest = structuredClone(manifest);
    for (const s of bad.sources) for (const r of s.releases) for (const f of r.files) if (f.path === path) f.sha256 = 'b'.repeat(64);
    // A good copy from before: a wrong download must not replace it.
    mkdirSync(join(dest, 'icd10pcs/2026'), { recursive: true });
    writeFileSync(join(dest, path), 'the file that was there');
    const r = await fetchSources({ sourcesDir: dest, manifest: bad, mirror: mirror.url, only: ['icd10pcs'] });
    const out = r.files.find((f) => f.path === path);
    assert.equal(out?.status, 'failed');
    assert.match(
      out?.note ?? '',
      /^icd10pcs\/2026\/icd10pcs_tables_2026\.xml\.gz: checksum mismatch — expected sha256 b{64}, got [0-9a-f]{64}; the bad file was removed$/,
    );
    assert.deepEqual(r.missingRequired, [path]);
    assert.equal(readFileSync(join(dest, path), 'utf8'), 'the file that was there');
    assert.equal(existsSync(join(dest, `${path}.part`)), false);
  });

  it('fetches from a mirror folder the same files, verified', async () => {
    const r = await fetchSources({ sourcesDir: dest, manifest, mirror: mirrorDir });
    assert.equal(r.fetched, required().length);
    assert.equal(r.files.find((f) => f.status === 'failed')?.optional, true);
    for (const f of required()) assert.equal(sha(readFileSync(join(dest, f.path))), f.sha256, f.path);
    assert.equal(mirror.requests.length, 0);
  });

  it('without a mirror, an unreachable publisher leaves the required files listed as missing', async () => {
    const offline: Manifest = structuredClone(manifest);
    for (const s of offline.sources) for (const r of s.releases) for (const f of r.files) f.url = `http://127.0.0.1:9/${f.path}`;
    const r = await fetchSources({ sourcesDir: dest, manifest: offline, only: ['hcpcs'], retries: 0 });
    assert.deepEqual(r.missingRequired, ['hcpcs/2025-10/HCPC2025_OCT_ANWEB.xlsx']);
    assert.match(r.files[0]?.note ?? '', /127\.0\.0\.1:9.*interrupted 1 times/);
  });
});

describe('the built-in manifest', () => {
  it('parses, names an official URL for every required file, and plans the current release plus the two before', () => {
    const m = loadManifest();
    for (const s of m.sources)
      for (const r of s.releases)
        for (const f of r.files)
          if (!f.optional)
            assert.match(f.url ?? '', /^https:\/\/(www\.cms\.gov|ftp\.cdc\.gov|data\.nber\.org|raw\.githubusercontent\.com)\//, f.path);
    const plan = planFetch(m, { only: ['icd10cm', 'icd10pcs'] });
    const orderFiles = plan.filter((f) => /order/.test(f.path)).map((f) => f.release);
    assert.deepEqual([...new Set(orderFiles)].sort(), ['2024', '2025', '2026']);
    // Supporting releases (notes XML) and the newer change lists come with the set.
    assert.ok(plan.some((f) => f.path === 'icd10cm/2021/icd10cm_tabular_2021.xml.gz'));
    assert.ok(plan.some((f) => f.path === 'icd10cm/2027/derived/fy2027-changes/deleted.csv'));
    assert.throws(() => planFetch(m, { only: ['nope'] }), /unknown source nope/);
  });
});
