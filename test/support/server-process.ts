/** A real `medcodes serve` process on 127.0.0.1 for the fault and replica tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { REPO_ROOT } from './sources.js';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  stderr(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/** Start `medcodes serve` and wait until /readyz answers 200. */
export async function startServerProcess(db: string, args: string[] = [], port = 0): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'bin/medcodes.js'),
      'serve',
      '--db',
      db,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--access-log',
      'off',
      ...args,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const deadline = Date.now() + 60_000;
  let listening: RegExpExecArray | null = null;
  while (!listening) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`medcodes serve did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
    listening = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
  }
  const actualPort = Number(listening[1]);
  const url = `http://127.0.0.1:${actualPort}`;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).catch(() => null);
    if (ready?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`medcodes serve never became ready: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url, port: actualPort, stderr: () => err, exited };
}

export interface LoadResult {
  ok: number;
  failures: string[];
}

/** Clients requesting `paths` in turn until `stop()` is called; every answer must be 200. */
export function loadLoop(base: () => string, paths: string[], clients: number): { stop(): Promise<LoadResult> } {
  let running = true;
  const result: LoadResult = { ok: 0, failures: [] };
  const loops = Array.from({ length: clients }, async (_, c) => {
    for (let i = c; running; i++) {
      const path = paths[i % paths.length] as string;
      try {
        const res = await fetch(base() + path);
        await res.arrayBuffer();
        if (res.status === 200) result.ok += 1;
        else result.failures.push(`${path}: ${res.status}`);
      } catch (err) {
        result.failures.push(`${path}: ${(err as Error).message} ${String((err as { cause?: unknown }).cause ?? '')}`);
      }
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return result;
    },
  };
}
