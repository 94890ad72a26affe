/**
 * Fuzz every route in-process (fast-check): 10,000 hostile requests (FUZZ_RUNS to change; 100,000
 * in `npm run bench:fuzz`), none may answer 5xx, and every error has the documented shape.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Hono } from 'hono';
import type { Medcodes } from '../../src/app/medcodes.js';
import { fakeApp } from '../support/build.js';
import { contractBreach, fuzzRequest, sendInProcess } from '../support/fuzz-requests.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
let app: Hono;
let medcodes: Medcodes;
before(async () => {
  ({ app, medcodes } = await fakeApp());
});
after(() => medcodes.close());

describe('fuzzing every route', () => {
  it(`answers ${RUNS} hostile requests without a 5xx, every error in the documented shape`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (req) => {
        const res = await sendInProcess(app, req);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const breach = await contractBreach(req, res);
        assert.equal(breach, null, breach ?? '');
      }),
      { numRuns: RUNS },
    );
    // The generator reaches the answers that matter: successes, redirects, 400s and 404s.
    for (const status of [200, 400, 404]) assert.ok((statuses.get(status) ?? 0) > 0, `no ${status} in ${JSON.stringify([...statuses])}`);
  });
});
