/**
 * Fetch measured against a loopback mirror: `npm run bench:fetch -- --mirror-dir DIR` serves DIR (a
 * folder copy of the official files in the sources layout) on 127.0.0.1, fetches the newest complete
 * set of the built-in manifest into a temporary folder, and prints files, bytes and time; then cuts
 * the connection halfway through the largest file and prints how the resume went.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fetchSources } from '../src/app/fetch.js';
import { loadManifest, planFetch } from '../src/app/fetch-manifest.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = resolve(arg('--mirror-dir') ?? '/tmp/medcodes-mirror');
if (!existsSync(root)) throw new Error(`--mirror-dir ${root} does not exist (copy the official files there first)`);

let cut: { path: string; bytes: number } | null = null;
let rangeRequests = 0;
const server = createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').slice(1));
  const file = join(root, path);
  if (path.includes('..') || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  const size = statSync(file).size;
  const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  const start = m ? Number(m[1]) : 0;
  if (m) rangeRequests++;
  res.writeHead(m ? 206 : 200, { 'content-length': size - start, ...(m ? { 'content-range': `bytes ${start}-${size - 1}/${size}` } : {}) });
  if (cut && cut.path === path) {
    const end = start + cut.bytes - 1;
    cut = null;
    const s = createReadStream(file, { start, end });
    s.on('data', (c) => res.write(c));
    s.on('end', () => setTimeout(() => res.socket?.destroy(), 20));
    return;
  }
  createReadStream(file, { start }).pipe(res);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const dest = mkdtempSync(join(tmpdir(), 'medcodes-bench-fetch-'));
try {
  const plan = planFetch(loadManifest());
  const full = await fetchSources({ sourcesDir: dest, mirror: url });
  console.log(`mirror ${root} on ${url}`);
  console.log(
    `full fetch: ${plan.length} files planned, ${full.fetched} fetched, ${full.skipped} skipped, ${full.failed} not on the mirror (${full.missingRequired.length} required); ${(full.bytes / 1e6).toFixed(1)} MB in ${full.seconds.toFixed(2)} s (${(full.bytes / 1e6 / full.seconds).toFixed(0)} MB/s)`,
  );
  for (const f of full.files.filter((x) => x.status === 'failed'))
    console.log(`  not fetched: ${f.path}${f.optional ? ' (optional)' : ''}`);
  const again = await fetchSources({ sourcesDir: dest, mirror: url });
  console.log(`second run: ${again.fetched} fetched, ${again.skipped} skipped (sha256 verified) in ${again.seconds.toFixed(2)} s`);
  const biggest = full.files.filter((f) => f.status === 'fetched').sort((a, b) => b.bytes - a.bytes)[0];
  if (biggest) {
    rmSync(join(dest, biggest.path));
    cut = { path: biggest.path, bytes: Math.floor(biggest.bytes / 2) };
    rangeRequests = 0;
    const resumed = await fetchSources({ sourcesDir: dest, mirror: url, only: [biggest.source], release: biggest.release });
    const ok = resumed.files.find((f) => f.path === biggest.path);
    console.log(
      `resume check: ${biggest.path} (${biggest.bytes} bytes) cut after ${Math.floor(biggest.bytes / 2)} bytes → ${ok?.status}, ${rangeRequests} Range request(s), sha256 verified, in ${resumed.seconds.toFixed(2)} s`,
    );
  }
} finally {
  server.close();
  rmSync(dest, { recursive: true, force: true });
}
