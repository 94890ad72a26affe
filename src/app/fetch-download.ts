/**
 * Getting one file: over HTTP (resuming with Range after a cut connection or from a `.part` file a
 * previous run left) or from a folder, into a temporary name next to the destination; checked
 * against the manifest's size and sha256 before it is renamed into place, so a good file is never
 * replaced by a partial or a wrong one.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** Bytes received so far for one file; total when known. */
type ByteProgress = (received: number, total: number | null) => void;

/** Why a file could not be had: `missing` (HTTP 404/410, or not in the mirror folder) or anything else. */
export class FetchError extends Error {
  readonly missing: boolean;
  constructor(message: string, missing = false) {
    super(message);
    this.name = 'FetchError';
    this.missing = missing;
  }
}

function counter(start: number, total: number | null, onBytes: ByteProgress | undefined): Transform {
  let received = start;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      onBytes?.(received, total);
      done(null, chunk);
    },
  });
}

async function sizeOf(path: string): Promise<number> {
  return (await stat(path).catch(() => null))?.size ?? 0;
}

/**
 * Download `url` into `partPath`, resuming from the bytes already there. A connection cut in the
 * middle is retried `retries` times, each time asking only for the missing bytes (HTTP Range); a
 * server that ignores Range gets the file again from the start.
 */
export async function downloadHttp(
  url: string,
  partPath: string,
  opts: { expectedSize?: number | undefined; retries?: number; onBytes?: ByteProgress } = {},
): Promise<void> {
  await mkdir(dirname(partPath), { recursive: true });
  const retries = opts.retries ?? 3;
  let lastError: unknown = null;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const have = await sizeOf(partPath);
    if (opts.expectedSize !== undefined && have === opts.expectedSize && have > 0) return;
    if (opts.expectedSize !== undefined && have > opts.expectedSize) await truncate(partPath, 0);
    const from = await sizeOf(partPath);
    let res: Response;
    try {
      res = await fetch(url, { headers: from > 0 ? { range: `bytes=${from}-` } : {}, redirect: 'follow' });
    } catch (err) {
      lastError = err;
      continue;
    }
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel();
      throw new FetchError(`${url}: HTTP ${res.status} (not there)`, true);
    }
    if (res.status === 416 && from > 0) {
      await res.body?.cancel();
      return; // nothing left to send: the part file is whole; the checksum decides
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new FetchError(`${url}: HTTP ${res.status} ${res.statusText}`);
    }
    const append = res.status === 206 && from > 0;
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    const total = Number.isFinite(length) ? (append ? from + length : length) : (opts.expectedSize ?? null);
    try {
      await pipeline(
        Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>),
        counter(append ? from : 0, total, opts.onBytes),
        createWriteStream(partPath, { flags: append ? 'a' : 'w' }),
      );
      if (total !== null && (await sizeOf(partPath)) < total) {
        lastError = new Error(`connection closed after ${await sizeOf(partPath)} of ${total} bytes`);
        continue;
      }
      return;
    } catch (err) {
      lastError = err; // cut connection: the bytes received stay in the part file; ask for the rest
    }
  }
  throw new FetchError(
    `${url}: download interrupted ${retries + 1} times (${(lastError as Error)?.message ?? 'unknown error'}); run again to resume`,
  );
}

/** Copy a file from a mirror folder into `partPath`. */
export async function copyFromFolder(src: string, partPath: string, onBytes?: ByteProgress): Promise<void> {
  if (!existsSync(src)) throw new FetchError(`${src}: not in the mirror folder`, true);
  await mkdir(dirname(partPath), { recursive: true });
  const total = await sizeOf(src);
  await pipeline(createReadStream(src), counter(0, total, onBytes), createWriteStream(partPath));
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Check `partPath` against the expected size and sha256; on a mismatch the part file is removed and
 * the error names `label` (the file's path in the sources folder) and both checksums.
 */
export async function verifyFile(
  partPath: string,
  label: string,
  expected: { size?: number | undefined; sha256?: string | undefined },
): Promise<void> {
  const size = await sizeOf(partPath);
  if (expected.size !== undefined && size !== expected.size) {
    await rm(partPath, { force: true });
    throw new FetchError(`${label}: size mismatch — expected ${expected.size} bytes, got ${size}; the bad file was removed`);
  }
  if (expected.sha256) {
    const got = await sha256Of(partPath);
    if (got !== expected.sha256) {
      await rm(partPath, { force: true });
      throw new FetchError(`${label}: checksum mismatch — expected sha256 ${expected.sha256}, got ${got}; the bad file was removed`);
    }
  }
}

/** Move a verified temporary file into place (same folder, so the rename is atomic). */
export async function moveIntoPlace(tmpPath: string, dest: string): Promise<void> {
  await mkdir(dirname(dest), { recursive: true });
  await rename(tmpPath, dest);
}
