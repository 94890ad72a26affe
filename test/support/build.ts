import { join } from 'node:path';
import { createApp } from '../../src/http/app.js';
import { type FakeOptions, fakePlugins } from './fake-plugin.js';
import { type Medcodes, openMedcodes, tempDir, writeDatabase } from './records.js';

export { tempDir } from './records.js';

/** Build the fake plug-ins' database into a new temporary folder and open it. */
export async function buildFake(options: FakeOptions = {}): Promise<{ dbPath: string; medcodes: Medcodes }> {
  const dir = tempDir();
  const dbPath = join(dir, 'medcodes.db');
  await writeDatabase(fakePlugins(options), dbPath, { sourcesDir: dir });
  return { dbPath, medcodes: openMedcodes(dbPath) };
}

export async function fakeApp() {
  const { medcodes, dbPath } = await buildFake();
  return { app: createApp({ medcodes }), medcodes, dbPath };
}
