import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A file on disk as a stream, gunzipped when its name ends in .gz. */
export function openMaybeGzip(path: string): Readable {
  const raw = createReadStream(path);
  if (!path.endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  return raw.pipe(gunzip);
}

/** Lines of a text stream without their line endings (CRLF or LF), numbered from 1. */
export async function* readLines(stream: Readable, encoding: BufferEncoding = 'utf8'): AsyncIterable<{ line: string; number: number }> {
  stream.setEncoding(encoding);
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  try {
    for await (const line of rl) {
      number += 1;
      yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, number };
    }
  } finally {
    // Also when the reader stops early (a malformed line): release the file or zip handle.
    rl.close();
    stream.destroy();
  }
}
