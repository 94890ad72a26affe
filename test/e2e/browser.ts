/**
 * Shared set-up of the browser tests and the screenshots: Debian's Chromium driven by
 * playwright-core, and the app served in-process on a free loopback port.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import type { Medcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { listen } from '../../src/http/server.js';

export const CHROMIUM = process.env.MEDCODES_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. In CI a missing browser is a failure, not a skip. */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/install-browser.sh should have installed Debian's chromium`);
  return `no Chromium at ${CHROMIUM}: run "bash .ci/install-browser.sh" (apt-get install chromium) to run the browser tests`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Site {
  base: string;
  close(): Promise<void>;
}

export async function serveSite(medcodes: Medcodes): Promise<Site> {
  const server: ServerType = await listen(createApp({ medcodes }), { port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
