/** Progress bars on a terminal, plain log lines elsewhere (CI logs, pipes). */
import cliProgress from 'cli-progress';
import type { BuildProgress } from '../app/build.js';

export function buildProgressReporter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (e: BuildProgress) => void;
  stop: () => void;
} {
  const tty = Boolean(stream.isTTY);
  const multi = tty
    ? new cliProgress.MultiBar(
        { stream, format: '{system} |{bar}| {percentage}% {file}', hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bars = new Map<string, cliProgress.SingleBar>();
  let lastFile = '';
  let stepStarted = 0;
  let stepName = '';
  const endStep = () => (stepName ? ` (${stepName}: ${((performance.now() - stepStarted) / 1000).toFixed(1)} s)` : '');
  return {
    onProgress(e) {
      if (e.phase === 'read') {
        const { system, file, done, total } = e.event;
        if (multi) {
          let bar = bars.get(system);
          if (!bar) {
            bar = multi.create(total || 1, 0, { system: system.padEnd(8), file });
            bars.set(system, bar);
          }
          bar.setTotal(Math.max(total, 1));
          bar.update(Math.min(done, total), { system: system.padEnd(8), file });
        } else if (file !== lastFile) {
          lastFile = file;
          stream.write(`  ${system}: reading ${file}\n`);
        }
      } else if (e.phase === 'system-done') {
        const line = `  ${e.system}: ${e.records.toLocaleString('en-US')} records in ${e.seconds.toFixed(1)} s\n`;
        if (multi) multi.log(line);
        else stream.write(line);
      } else if (e.phase === 'finish') {
        const line = `  finishing: ${e.step}${endStep()}\n`;
        stepName = e.step;
        stepStarted = performance.now();
        if (multi) multi.log(line);
        else stream.write(line);
      }
    },
    stop() {
      multi?.stop();
    },
  };
}
