#!/usr/bin/env node
// The medcodes command: runs the TypeScript sources through tsx (no separate compile step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv);
