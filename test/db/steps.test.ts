/**
 * The build-step graph (src/db/steps.ts): order, '*', snapshot steps in this thread and in worker
 * threads with the same results, checks, and clear errors for a wrong graph.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { AppError } from '../../src/core/errors.js';
import { type BuildStep, checkFailures, orderSteps, runSteps } from '../../src/db/steps.js';
import { tempDir } from '../support/build.js';

const SNAPSHOT = new URL('../fixtures/steps/snapshot-step.ts', import.meta.url);

function names(steps: BuildStep[]): string[] {
  return steps.map((s) => s.name);
}

/** A WAL file in a transaction, as the writer hands it to runSteps. */
function buildFile(): { db: Database.Database; path: string } {
  const path = join(tempDir('medcodes-steps-'), 'x.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE items (n INTEGER)');
  db.exec('BEGIN');
  return { db, path };
}

describe('orderSteps', () => {
  it('runs each step after the ones it names, keeping the declared order otherwise', () => {
    const steps: BuildStep[] = [
      { name: 'c', after: ['b'] },
      { name: 'a', after: [] },
      { name: 'b', after: ['a'] },
      { name: 'd', after: [] },
    ];
    assert.deepEqual(names(orderSteps(steps)), ['a', 'b', 'c', 'd']);
  });

  it("expands '*' to every in-thread step that does not wait for it", () => {
    const steps: BuildStep[] = [
      { name: 'write', after: [], run: () => undefined },
      { name: 'read', after: ['write'], snapshot: { module: SNAPSHOT, exportName: 'countItems' } },
      { name: 'check', after: ['*'], snapshot: { module: SNAPSHOT, exportName: 'itemsMustBeThree' } },
      { name: 'after check', after: ['check'], run: () => undefined },
      { name: 'late write', after: ['read'], run: () => undefined },
    ];
    const check = orderSteps(steps).find((s) => s.name === 'check');
    assert.deepEqual(check?.after, ['write', 'late write']);
  });

  it('names the step and the missing name, a duplicate, or the steps of a cycle', () => {
    const fails = (steps: BuildStep[], pattern: RegExp) =>
      assert.throws(
        () => orderSteps(steps),
        (err: unknown) => err instanceof AppError && pattern.test(err.message),
      );
    fails([{ name: 'x', after: ['nope'] }], /build step "x" runs after "nope", which no feature declares/);
    fails(
      [
        { name: 'x', after: [] },
        { name: 'x', after: [] },
      ],
      /build step "x" is declared twice/,
    );
    fails(
      [
        { name: 'ok', after: [] },
        { name: 'p', after: ['q'] },
        { name: 'q', after: ['p'] },
      ],
      /cycle: p, q/,
    );
  });
});

describe('runSteps', () => {
  for (const workers of [false, true]) {
    it(`gives snapshot steps the committed rows and their inputs (${workers ? 'worker threads' : 'this thread'})`, async () => {
      const { db, path } = buildFile();
      const order: string[] = [];
      const steps: BuildStep[] = [
        {
          name: 'insert three',
          after: [],
          run: ({ db }) => {
            order.push('insert three');
            for (const n of [1, 2, 3]) db.prepare('INSERT INTO items VALUES (?)').run(n);
            return 3;
          },
        },
        {
          name: 'count',
          after: ['insert three'],
          snapshot: { module: SNAPSHOT, exportName: 'countItems', input: (r) => ({ label: `after ${r.get('insert three')}` }) },
        },
        { name: 'skipped', after: [], when: () => false, run: () => order.push('skipped') },
        { name: 'use count', after: ['count'], run: ({ results }) => `seen ${results.get('count')}` },
        { name: 'check', after: ['*'], check: true, snapshot: { module: SNAPSHOT, exportName: 'itemsMustBeThree' } },
      ];
      let last = 0;
      const results = await runSteps(db, steps, {
        tempPath: path,
        target: `${path}.target`,
        workers,
        onStep: (s) => order.push(s),
        track: (task) => task.result,
        last: () => {
          last += 1;
        },
      });
      db.exec('COMMIT');
      db.close();
      assert.equal(results.get('count'), 'after 3: 3');
      assert.equal(results.get('use count'), 'seen after 3: 3');
      assert.equal(results.get('skipped'), undefined);
      assert.ok(!order.includes('skipped'), 'a step whose `when` says no does not run');
      assert.deepEqual(checkFailures(steps, results), []);
      assert.equal(last, 1, '`last` runs once');
    });
  }

  it('collects the failures of check steps', async () => {
    const { db, path } = buildFile();
    const steps: BuildStep[] = [
      { name: 'insert one', after: [], run: ({ db }) => db.prepare('INSERT INTO items VALUES (1)').run() },
      { name: 'check', after: ['*'], check: true, snapshot: { module: SNAPSHOT, exportName: 'itemsMustBeThree' } },
    ];
    const results = await runSteps(db, steps, {
      tempPath: path,
      target: path,
      workers: true,
      onStep: () => undefined,
      track: (t) => t.result,
    });
    db.exec('COMMIT');
    db.close();
    assert.deepEqual(checkFailures(steps, results), ['items: 1, expected 3']);
  });

  it('passes on the error of a snapshot step that fails in a worker thread', async () => {
    const { db, path } = buildFile();
    const steps: BuildStep[] = [{ name: 'missing export', after: [], snapshot: { module: SNAPSHOT, exportName: 'noSuchFunction' } }];
    await assert.rejects(
      runSteps(db, steps, { tempPath: path, target: path, workers: true, onStep: () => undefined, track: (t) => t.result }),
      /exports no function noSuchFunction/,
    );
    db.exec('ROLLBACK');
    db.close();
  });
});
