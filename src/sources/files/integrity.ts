/**
 * Whole-file checks of the official files before a build reads them: a truncated or corrupt file
 * must fail the build naming the file (docs/data.md "Bad files"), not be skipped with a warning by
 * the plug-in that happens to open it, nor crash it with "unexpected end of file".
 *   .zip .xlsx .docx  the central directory lists (a truncated zip has none)
 *   .gz .tgz .br      decompresses to the end (the trailer checks length and CRC)
 *   .xml              ends with the closing tag of its root element
 */
import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { listZip } from './zip.js';

export interface UnreadableFile {
  /** Path under the sources folder, e.g. "icd10cm/2026/icd10cm-order-2026.zip". */
  path: string;
  /** The source folder it belongs to (the first folder of its path): what --allow-missing names. */
  source: string;
  reason: string;
}

const ZIP = /\.(zip|xlsx|xlsm|docx)$/i;
const GZIP = /\.(gz|tgz)$/i;
const BROTLI = /\.br$/i;
const XML = /\.xml$/i;
const TAIL_BYTES = 4096;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

const discard = () => new Writable({ write: (_chunk, _enc, done) => done() });

async function readEnds(path: string): Promise<{ head: string; tail: string; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, TAIL_BYTES));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
    await handle.read(tail, 0, tail.length, Math.max(0, size - tail.length));
    return { head: head.toString('utf8'), tail: tail.toString('utf8'), size };
  } finally {
    await handle.close();
  }
}

/** The name of the root element: the first tag that is not a declaration, comment or doctype. */
function rootName(head: string): string | null {
  const text = head.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, '');
  return /<([A-Za-z_][\w:.-]*)/.exec(text)?.[1] ?? null;
}

async function xmlProblem(path: string): Promise<string | null> {
  const { head, tail, size } = await readEnds(path);
  if (size === 0) return 'the file is empty';
  const root = rootName(head);
  if (!root) return 'no root element in its first 4 KB';
  const end = tail.replace(/<!--[\s\S]*?-->/g, '').trimEnd();
  if (end.endsWith(`</${root}>`) || new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`).test(end)) return null;
  if (size < TAIL_BYTES && new RegExp(`<${root.replace(/[.]/g, '\\.')}[^>]*/>$`).test(end)) return null;
  return `it does not end with </${root}>: the file is truncated`;
}

/** Why a file cannot be read whole, or null when it can (or is of a kind not checked). */
export async function fileProblem(path: string): Promise<string | null> {
  try {
    if (ZIP.test(path)) {
      const members = await listZip(path);
      return members.length === 0 ? 'the archive has no members' : null;
    }
    if (GZIP.test(path)) await pipeline(createReadStream(path), createGunzip(), discard());
    else if (BROTLI.test(path)) await pipeline(createReadStream(path), createBrotliDecompress(), discard());
    else if (XML.test(path)) return await xmlProblem(path);
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  }
}

/** Every file under the sources folder that cannot be read whole. */
export async function findUnreadableFiles(sourcesDir: string): Promise<UnreadableFile[]> {
  const out: UnreadableFile[] = [];
  for await (const path of walk(sourcesDir)) {
    const reason = await fileProblem(path);
    if (reason === null) continue;
    const rel = relative(sourcesDir, path).split('\\').join('/');
    out.push({ path: rel, source: rel.includes('/') ? (rel.split('/')[0] as string) : '', reason });
  }
  return out;
}
