/** Composition root: wires settings, the store-backed use-cases and the adapters. */
import pino from 'pino';
import { runCli } from './cli/index.js';
import type { Settings } from './config/settings.js';
import { startServer } from './http/serve.js';

async function serve(settings: Settings): Promise<void> {
  const logger = pino({ base: { pid: process.pid } }, pino.destination({ dest: 1, sync: false, minLength: 4096 }));
  const running = await startServer(settings, logger);
  const shown = settings.host === '0.0.0.0' ? 'localhost' : settings.host;
  process.stderr.write(`medcodes serving ${settings.db} on http://${shown}:${running.port} with ${running.workers} workers\n`);
  logger.info({ db: settings.db, port: running.port, workers: running.workers }, 'listening');
  process.on('SIGHUP', () => {
    running.reload().then((failures) => {
      if (failures.length === 0) process.stderr.write(`medcodes reopened ${settings.db}\n`);
      else process.stderr.write(`medcodes: reload failed, still serving the previous database: ${failures[0]}\n`);
      logger.info({ failures }, 'reload');
    });
  });
  const stop = (signal: string) => {
    process.stderr.write(`medcodes: ${signal}, finishing requests in flight\n`);
    running.shutdown().then(() => {
      logger.info({ signal }, 'stopped');
      logger.flush();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), settings.shutdownGraceMs + 2000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

export async function main(argv: string[]): Promise<void> {
  await runCli(argv, { serve });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv);
