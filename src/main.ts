/** Composition root: wires settings, the store-backed use-cases and the adapters. */
import type { AddressInfo } from 'node:net';
import { openReloadableMedcodes } from './app/medcodes.js';
import { runCli } from './cli/index.js';
import type { Settings } from './config/settings.js';
import { createApp } from './http/app.js';
import { listen } from './http/server.js';

async function serve(settings: Settings): Promise<void> {
  const medcodes = openReloadableMedcodes(settings.db);
  const server = await listen(createApp({ medcodes }), { port: settings.port, host: settings.host });
  const address = server.address() as AddressInfo;
  process.stderr.write(
    `medcodes serving ${settings.db} on http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${address.port}\n`,
  );
  process.on('SIGHUP', () => {
    try {
      medcodes.reload();
      process.stderr.write(`medcodes reopened ${settings.db}\n`);
    } catch (err) {
      process.stderr.write(`medcodes: reload failed, still serving the previous database: ${(err as Error).message}\n`);
    }
  });
  const stop = () => {
    server.close(() => {
      medcodes.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

export async function main(argv: string[]): Promise<void> {
  await runCli(argv, { serve });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv);
