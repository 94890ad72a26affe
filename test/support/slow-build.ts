/** Child process for the kill test: a build that writes slowly, announcing when it has started. */
import { buildDatabase } from '../../src/app/build.js';
import { tempDir } from './build.js';
import { fakePlugins } from './fake-plugin.js';

const dbPath = process.argv[2] as string;
const plugins = fakePlugins({ delayMs: 200 });
let announced = false;
await buildDatabase({
  sourcesDir: tempDir(),
  dbPath,
  plugins,
  newestOnly: false,
  cptDescriptorsFromCmsFiles: false,
  onProgress: () => {
    if (!announced) {
      announced = true;
      process.stdout.write('writing\n');
    }
  },
});
