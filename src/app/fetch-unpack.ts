/**
 * When the publisher's download is a zip: take one member out of it (optionally gzipped, as the
 * sources layout stores large text files), or unpack the whole zip into a folder — nested
 * `<name>.zip` members (the MCD downloads hold `<dataset>_csv.zip`) into `<name>/`.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join, normalize } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import yauzl from 'yauzl';
import { FetchError } from './fetch-download.js';

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) reject(new FetchError(`${path}: not a readable zip (${err?.message ?? 'unknown error'})`));
      else resolve(zip);
    });
  });
}

function entries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s)));
  });
}

/**
 * Write the member of `zipPath` whose base name matches `member` (whole-name regular expression)
 * to `outPath`, gzipped when `gzip`; returns size and sha256 of the member's own bytes.
 */
export async function extractMember(
  zipPath: string,
  member: string,
  outPath: string,
  gzip: boolean,
): Promise<{ size: number; sha256: string }> {
  const zip = await openZip(zipPath);
  try {
    const all = await entries(zip);
    const re = new RegExp(`^${member}$`, 'i');
    const entry = all.find((e) => !e.fileName.endsWith('/') && re.test(basename(e.fileName)));
    if (!entry) throw new FetchError(`${zipPath}: no member matches ${member} (members: ${all.map((e) => e.fileName).join(', ')})`);
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await mkdir(dirname(outPath), { recursive: true });
    const stream = await readEntry(zip, entry);
    if (gzip) await pipeline(stream, tap, createGzip({ level: 9 }), createWriteStream(outPath));
    else await pipeline(stream, tap, createWriteStream(outPath));
    return { size, sha256: hash.digest('hex') };
  } finally {
    zip.close();
  }
}

/** Unpack every member of `zipPath` under `outDir`; nested zips go to a folder of their name. Returns files written. */
export async function unpackTree(zipPath: string, outDir: string): Promise<number> {
  const zip = await openZip(zipPath);
  let written = 0;
  const nested: string[] = [];
  try {
    for (const entry of await entries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      const rel = normalize(entry.fileName);
      if (rel.startsWith('..') || rel.startsWith('/'))
        throw new FetchError(`${zipPath}: member ${entry.fileName} points outside the folder`);
      const out = join(outDir, rel);
      await mkdir(dirname(out), { recursive: true });
      await pipeline(await readEntry(zip, entry), createWriteStream(out));
      if (/\.zip$/i.test(out)) nested.push(out);
      else written++;
    }
  } finally {
    zip.close();
  }
  for (const inner of nested) {
    written += await unpackTree(inner, inner.replace(/\.zip$/i, ''));
    await rm(inner);
  }
  return written;
}
