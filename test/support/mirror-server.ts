/**
 * A mirror of official files on 127.0.0.1 for fetch tests: serves a folder, honours HTTP Range,
 * and can cut the connection of the first request for a path after N bytes.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface MirrorServer {
  url: string;
  /** Requests seen: path and Range header. */
  requests: Array<{ path: string; range: string | undefined }>;
  /** Cut the first response for `path` after `bytes` bytes. */
  cutOnce(path: string, bytes: number): void;
  close(): Promise<void>;
}

export async function startMirror(root: string): Promise<MirrorServer> {
  const requests: MirrorServer['requests'] = [];
  const cuts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').replace(/^\/+/, '').split('?')[0] as string);
    requests.push({ path, range: req.headers.range });
    const file = join(root, path);
    if (path.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const size = statSync(file).size;
    let start = 0;
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (m) {
      start = Number(m[1]);
      if (start >= size) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
        return;
      }
      res.writeHead(206, {
        'content-length': size - start,
        'content-range': `bytes ${start}-${size - 1}/${size}`,
        'accept-ranges': 'bytes',
      });
    } else res.writeHead(200, { 'content-length': size, 'accept-ranges': 'bytes' });
    const cut = cuts.get(path);
    if (cut !== undefined) {
      cuts.delete(path);
      const stream = createReadStream(file, { start, end: start + cut - 1 });
      stream.on('data', (chunk) => res.write(chunk));
      stream.on('end', () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    createReadStream(file, { start }).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    cutOnce: (path, bytes) => cuts.set(path, bytes),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
