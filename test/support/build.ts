import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import { createApp } from '../../src/http/app.js';
import { type FakeOptions, fakePlugins } from './fake-plugin.js';

export function tempDir(prefix = 'medcodes-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Build the fake plug-ins' database into a new temporary folder and open it. */
export async function buildFake(options: FakeOptions = {}): Promise<{ dbPath: string; medcodes: Medcodes }> {
  const dir = tempDir();
  const dbPath = join(dir, 'medcodes.db');
  await buildDatabase({ sourcesDir: dir, dbPath, plugins: fakePlugins(options), newestOnly: false, cptDescriptorsFromCmsFiles: false });
  return { dbPath, medcodes: openMedcodes(dbPath) };
}

export async function fakeApp() {
  const { medcodes, dbPath } = await buildFake();
  return { app: createApp({ medcodes }), medcodes, dbPath };
}
