/** Writes docs/settings.md from the settings table (npm run docs:settings); --check fails when it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsMarkdown } from '../src/config/settings.js';

const path = 'docs/settings.md';
const wanted = settingsMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== wanted) {
    console.error(`${path} is stale: run npm run docs:settings`);
    process.exit(1);
  }
} else {
  writeFileSync(path, wanted);
}
