// Entry of every worker thread: a worker's main module must be JavaScript, so this registers tsx
// (as bin/medcodes.js does) and then loads the TypeScript module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
