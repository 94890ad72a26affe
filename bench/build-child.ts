/** One measured build (run by bench/build.ts in a fresh process so peak memory is its own). */
import { buildDatabase } from '../src/app/build.js';
import { PLUGINS } from '../src/sources/registry.js';

const [sourcesDir, dbPath, mode] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
const report = await buildDatabase({
  sourcesDir,
  dbPath,
  plugins: PLUGINS,
  newestOnly: mode === 'newest',
  cptDescriptorsFromCmsFiles: false,
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    mode,
    seconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    counts: report.counts,
    perSystemSeconds: Object.fromEntries(report.systems.map((s) => [s.system, Number(s.seconds.toFixed(1))])),
  })}\n`,
);
