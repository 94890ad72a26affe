/**
 * `medcodes fetch`: put the official files of the manifest into the sources folder, from the
 * publishers or from a mirror (an HTTP URL or a folder laid out like the sources folder), verified.
 * Reports per file: fetched, skipped (already there and verified) or failed (with the reason, and
 * whether the file was optional).
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { copyFromFolder, downloadHttp, FetchError, moveIntoPlace, sha256Of, verifyFile } from './fetch-download.js';
import { loadManifest, type Manifest, type PlannedFile, planFetch } from './fetch-manifest.js';
import { extractMember, unpackTree } from './fetch-unpack.js';

interface FetchOptions {
  sourcesDir: string;
  manifest?: Manifest;
  only?: string[];
  release?: string;
  /** An http(s) URL or a folder laid out like the sources folder. */
  mirror?: string;
  /** Files fetched at the same time (default 3). */
  parallel?: number;
  retries?: number;
  onProgress?: (e: FetchProgress) => void;
}

type FetchProgress =
  | { phase: 'start'; path: string; total: number | null }
  | { phase: 'bytes'; path: string; received: number; total: number | null }
  | { phase: 'end'; outcome: FileOutcome };

interface FileOutcome {
  path: string;
  source: string;
  release: string;
  status: 'fetched' | 'skipped' | 'failed';
  optional: boolean;
  bytes: number;
  /** Why skipped or failed; where it came from when fetched. */
  note: string;
}

export interface FetchReport {
  sourcesDir: string;
  origin: string;
  files: FileOutcome[];
  fetched: number;
  skipped: number;
  failed: number;
  /** Required files that could not be had: the build would miss them. */
  missingRequired: string[];
  bytes: number;
  seconds: number;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function mirrorUrl(mirror: string, path: string): string {
  return `${mirror.replace(/\/+$/, '')}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

async function isNonEmptyDir(path: string): Promise<boolean> {
  const s = await stat(path).catch(() => null);
  return Boolean(s?.isDirectory() && (await readdir(path)).length > 0);
}

/** Already there and good? (verified by sha256 when the manifest has one, else by size, else present) */
async function alreadyGood(file: PlannedFile, dest: string): Promise<string | null> {
  if (file.unpack === 'tree') return (await isNonEmptyDir(dest)) ? 'already unpacked' : null;
  const s = await stat(dest).catch(() => null);
  if (!s?.isFile()) return null;
  if (file.sha256) return (await sha256Of(dest)) === file.sha256 ? 'already there, sha256 verified' : null;
  if (file.size !== undefined) return s.size === file.size ? 'already there, size verified' : null;
  return 'already there (no fixed checksum to verify)';
}

async function getOne(file: PlannedFile, opts: FetchOptions): Promise<{ bytes: number; note: string }> {
  const dest = join(opts.sourcesDir, file.path);
  const onBytes = (received: number, total: number | null) => opts.onProgress?.({ phase: 'bytes', path: file.path, received, total });
  const retries = opts.retries ?? 3;
  if (file.unpack === 'tree') {
    const zipPart = `${dest}.zip.part`;
    if (opts.mirror && !isUrl(opts.mirror)) {
      const srcDir = join(resolve(opts.mirror), file.path);
      if (await isNonEmptyDir(srcDir)) throw new FetchError(`${srcDir}: a folder in the mirror; copy it into ${dest}`);
      await copyFromFolder(`${srcDir}.zip`, zipPart, onBytes);
    } else {
      const url = opts.mirror ? mirrorUrl(opts.mirror, `${file.path}.zip`) : file.url;
      if (!url) throw new FetchError('no public download URL: supply it with --mirror or copy it into the sources folder', true);
      await downloadHttp(url, zipPart, { retries, onBytes });
    }
    const tmpDir = `${dest}.unpacking`;
    await rm(tmpDir, { recursive: true, force: true });
    const n = await unpackTree(zipPart, tmpDir);
    await rm(dest, { recursive: true, force: true });
    await moveIntoPlace(tmpDir, dest);
    const bytes = (await stat(zipPart)).size;
    await rm(zipPart, { force: true });
    return { bytes, note: `unpacked ${n} files` };
  }

  const part = `${dest}.part`;
  if (opts.mirror || !file.from) {
    // The stored file itself, from the mirror or from the publisher.
    if (opts.mirror && !isUrl(opts.mirror)) {
      await rm(part, { force: true });
      await copyFromFolder(join(resolve(opts.mirror), file.path), part, onBytes);
    } else {
      const url = opts.mirror ? mirrorUrl(opts.mirror, file.path) : file.url;
      if (!url) throw new FetchError('no public download URL: supply it with --mirror or copy it into the sources folder', true);
      await downloadHttp(url, part, { expectedSize: file.size, retries, onBytes });
    }
    await verifyFile(part, file.path, { size: file.size, sha256: file.sha256 });
    const bytes = (await stat(part)).size;
    await moveIntoPlace(part, dest);
    return { bytes, note: opts.mirror ? 'from the mirror' : `from ${file.url}` };
  }

  // The publisher ships it differently (inside a zip, or not gzipped): fetch, take out, check the publisher's bytes.
  const url = file.url as string;
  const download = `${dest}.download.part`;
  await downloadHttp(url, download, { retries, onBytes, expectedSize: file.from.member ? undefined : file.from.size });
  const bytes = (await stat(download)).size;
  let got: { size: number; sha256: string };
  if (file.from.member) got = await extractMember(download, file.from.member, part, Boolean(file.from.gzip));
  else if (file.from.gzip) {
    await pipeline(createReadStream(download), createGzip({ level: 9 }), createWriteStream(part));
    got = { size: bytes, sha256: await sha256Of(download) };
  } else throw new FetchError(`${file.path}: manifest "from" needs a member or gzip`);
  await rm(download, { force: true });
  const bad =
    (file.from.size !== undefined && got.size !== file.from.size) || (file.from.sha256 !== undefined && got.sha256 !== file.from.sha256);
  if (bad) {
    await rm(part, { force: true });
    throw new FetchError(
      `${file.path}: checksum mismatch — the publisher's file should have sha256 ${file.from.sha256 ?? '?'} (${file.from.size ?? '?'} bytes), got ${got.sha256} (${got.size} bytes); the bad file was removed`,
    );
  }
  await moveIntoPlace(part, dest);
  return { bytes, note: `from ${url}${file.from.member ? ` (member ${file.from.member})` : ''}` };
}

/** Fetch the planned files; never throws for one file's failure (it is reported). */
export async function fetchSources(opts: FetchOptions): Promise<FetchReport> {
  const started = performance.now();
  const manifest = opts.manifest ?? loadManifest();
  const plan = planFetch(manifest, { ...(opts.only ? { only: opts.only } : {}), ...(opts.release ? { release: opts.release } : {}) });
  const outcomes: FileOutcome[] = new Array(plan.length);
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const i = next++;
      const file = plan[i] as PlannedFile;
      const dest = join(opts.sourcesDir, file.path);
      const base = { path: file.path, source: file.source, release: file.release, optional: Boolean(file.optional) };
      let outcome: FileOutcome;
      const good = await alreadyGood(file, dest);
      if (good) outcome = { ...base, status: 'skipped', bytes: 0, note: good };
      else {
        opts.onProgress?.({ phase: 'start', path: file.path, total: file.size ?? null });
        try {
          const r = await getOne(file, opts);
          outcome = { ...base, status: 'fetched', bytes: r.bytes, note: r.note };
        } catch (err) {
          const missing = err instanceof FetchError && err.missing;
          const reason = (err as Error).message;
          outcome = { ...base, status: 'failed', bytes: 0, note: missing && file.optional ? `optional, not available: ${reason}` : reason };
        }
      }
      outcomes[i] = outcome;
      opts.onProgress?.({ phase: 'end', outcome });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.parallel ?? 3) }, worker));
  const count = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    sourcesDir: opts.sourcesDir,
    origin: opts.mirror ? `mirror ${opts.mirror}` : 'the publishers (CMS, CDC/NCHS, NLM, CMS MCD)',
    files: outcomes,
    fetched: count('fetched'),
    skipped: count('skipped'),
    failed: count('failed'),
    missingRequired: outcomes.filter((o) => o.status === 'failed' && !o.optional).map((o) => o.path),
    bytes: outcomes.reduce((n, o) => n + o.bytes, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

/** True when the sources folder has no files at all (a fresh machine). */
export async function sourcesFolderEmpty(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  return (await readdir(dir)).length === 0;
}
