/**
 * Worker thread of a snapshot build step (db/steps.ts): opens the committed build file read-only,
 * loads the step's module and runs its exported function with the step's input.
 */
import { openSnapshot } from '../open.js';
import { serveTask } from './task.js';

interface StepData {
  path: string;
  stepModule: string;
  exportName: string;
  input: unknown;
}

serveTask<StepData, unknown>(async ({ path, stepModule, exportName, input }) => {
  const module = (await import(stepModule)) as Record<string, unknown>;
  const run = module[exportName];
  if (typeof run !== 'function') throw new Error(`${stepModule} exports no function ${exportName}`);
  const db = openSnapshot(path);
  try {
    return await run(db, input);
  } finally {
    db.close();
  }
});
