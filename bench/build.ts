/**
 * npm run bench:build — build time and peak memory for the newest releases only and for all
 * releases, on the official files in MEDCODES_SOURCES (default ../shared/data).
 * Targets on a 2-core machine: newest only < 60 s, all releases < 240 s, peak memory < 1.5 GB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sources = resolve(process.env.MEDCODES_SOURCES ?? '../shared/data');
const dir = mkdtempSync(join(tmpdir(), 'medcodes-bench-'));
console.log(`sources: ${sources}`);
for (const mode of ['newest', 'all']) {
  const dbPath = join(dir, `${mode}.db`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/build-child.ts', sources, dbPath, mode], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(out.trim().split('\n').at(-1) as string) as {
    seconds: number;
    peakRssMiB: number;
    perSystemSeconds: Record<string, number>;
  };
  const size = statSync(dbPath).size / 1024 / 1024;
  console.log(
    `${mode.padEnd(6)} build: ${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMiB.toFixed(0)} MiB, database ${size.toFixed(0)} MiB; per system ${JSON.stringify(result.perSystemSeconds)}`,
  );
}
rmSync(dir, { recursive: true, force: true });
