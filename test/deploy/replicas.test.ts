/**
 * Scale-out: two replicas behind nginx (Debian package, .ci/install-nginx.sh) on 127.0.0.1, running
 * the shipped deploy/nginx.conf with its ports replaced. Each replica is restarted in turn (SIGTERM,
 * exit, start again) under load: zero failed requests.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildFake, tempDir } from '../support/build.js';
import { loadLoop, type ServerProcess, startServerProcess } from '../support/server-process.js';
import { REPO_ROOT } from '../support/sources.js';

const NGINX = '/usr/sbin/nginx';
const skip = existsSync(NGINX) ? false : process.env.CI ? false : 'nginx is not installed (bash .ci/install-nginx.sh)';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startNginx(front: number, replicas: [number, number]): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const prefix = tempDir('medcodes-nginx-');
  for (const dir of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) mkdirSync(join(prefix, dir), { recursive: true });
  let conf = readFileSync(join(REPO_ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace('127.0.0.1:8081', `127.0.0.1:${replicas[0]}`)
    .replace('127.0.0.1:8082', `127.0.0.1:${replicas[1]}`)
    .replace('listen 127.0.0.1:8080', `listen 127.0.0.1:${front}`)
    .replace('worker_processes auto', 'worker_processes 1');
  // As root nginx would run its workers as "nobody", who cannot write the temporary folder.
  if (process.getuid?.() === 0) conf = `user root;\n${conf}`;
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${front}/healthz`).catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`nginx did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

const PATHS = [
  '/api/v1/search?q=trisomy',
  '/api/v1/codes/icd10cm/Q91.9',
  '/',
  '/api/v1/autocomplete?q=tri',
  '/browse/icd10cm',
  '/code/icd10cm/Q91.9',
];

describe('two replicas behind nginx', () => {
  it('restarts each replica under load with zero failed requests', { skip }, async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    const ports: [number, number] = [await freePort(), await freePort()];
    const args = ['--workers', '1', '--trust-proxy', '--request-budget-ms', '30000'];
    const replicas: ServerProcess[] = [await startServerProcess(dbPath, args, ports[0]), await startServerProcess(dbPath, args, ports[1])];
    const front = await freePort();
    const nginx = await startNginx(front, ports);
    try {
      const load = loadLoop(() => `http://127.0.0.1:${front}`, PATHS, 8);
      await new Promise((r) => setTimeout(r, 1000));
      for (const i of [0, 1]) {
        const old = replicas[i] as ServerProcess;
        old.child.kill('SIGTERM');
        assert.equal(await old.exited, 0, `replica ${i} exits 0 after draining`);
        await new Promise((r) => setTimeout(r, 500)); // traffic goes to the other replica meanwhile
        replicas[i] = await startServerProcess(dbPath, args, ports[i]);
        // nginx marks a replica that refused a connection as down for fail_timeout (2 s in
        // deploy/nginx.conf): restart the next one only once the first is back in its rotation.
        await new Promise((r) => setTimeout(r, 3000));
      }
      const result = await load.stop();
      assert.deepEqual(result.failures, []);
      assert.ok(result.ok > 100, `${result.ok} requests answered`);
    } finally {
      await nginx.stop();
      for (const r of replicas) r.child.kill('SIGKILL');
    }
  });
});
