import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { SourceError } from '../../core/errors.js';

interface ZipMember {
  name: string;
  size: number;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) reject(new SourceError(path, 'zip directory', `not a readable zip file (${err?.message ?? 'unknown error'})`));
      else resolve(zip);
    });
  });
}

async function findEntries(zip: yauzl.ZipFile, path: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => reject(new SourceError(path, 'zip directory', err.message)));
    zip.readEntry();
  });
}

/** Names and sizes of the members of a zip file. */
export async function listZip(path: string): Promise<ZipMember[]> {
  const zip = await openZip(path);
  try {
    const entries = await findEntries(zip, path);
    return entries.filter((e) => !e.fileName.endsWith('/')).map((e) => ({ name: e.fileName, size: e.uncompressedSize }));
  } finally {
    zip.close();
  }
}

/**
 * A readable stream of the first member whose base name matches `pattern` (member folders
 * differ by year, so match the base name). Rejects naming the zip when no member matches.
 */
export async function openZipMember(path: string, pattern: RegExp): Promise<{ member: ZipMember; stream: Readable }> {
  const zip = await openZip(path);
  const entries = await findEntries(zip, path);
  const entry = entries.find((e) => pattern.test(e.fileName.split('/').pop() ?? ''));
  if (!entry) {
    zip.close();
    throw new SourceError(path, 'zip members', `no member matches ${pattern} (members: ${entries.map((e) => e.fileName).join(', ')})`);
  }
  const stream = await new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (err, s) => {
      if (err || !s) reject(new SourceError(path, entry.fileName, `cannot read member (${err?.message ?? 'unknown'})`));
      else resolve(s);
    });
  });
  stream.once('close', () => zip.close());
  return { member: { name: entry.fileName, size: entry.uncompressedSize }, stream };
}
