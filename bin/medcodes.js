#!/usr/bin/env node
// The medcodes command: runs the TypeScript sources through tsx (no separate compile step).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/index.ts');
await runCli(process.argv);
