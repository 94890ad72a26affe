/**
 * The HTTP server over real sockets on 127.0.0.1 (src/http/serve.ts): request workers, its own
 * health routes, limits in the standard error shape, ETags per build, reload and graceful shutdown.
 */
import assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { type RunningServer, type ServeSettings, startServer } from '../../src/http/serve.js';
import { assertError } from '../support/assert-error.js';
import { buildFake } from '../support/build.js';

const quiet = pino({ level: 'silent' });
let dbPath: string;
let running: RunningServer;
let base: string;

function settings(overrides: Partial<ServeSettings> = {}): ServeSettings {
  return {
    db: dbPath,
    port: 0,
    host: '127.0.0.1',
    workers: 2,
    requestBudgetMs: 10_000,
    shutdownGraceMs: 5000,
    rateLimit: 0,
    rateLimitLoopback: false,
    trustProxy: false,
    accessLog: false,
    ...overrides,
  };
}

before(async () => {
  const built = await buildFake();
  built.medcodes.close();
  dbPath = built.dbPath;
  running = await startServer(settings(), quiet);
  base = `http://127.0.0.1:${running.port}`;
});
after(() => running.shutdown());

describe('serving from worker threads', () => {
  it('answers /healthz (alive) and /readyz (database open and checked) from the supervisor', async () => {
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    const h = (await health.json()) as Record<string, unknown>;
    assert.equal(h.status, 'ok');
    assert.equal(h.systems, 2);
    assert.deepEqual(h.workers, { ready: 2, busy: 0 });
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    const r = (await ready.json()) as Record<string, unknown>;
    assert.equal(r.status, 'ready');
    assert.equal(r.buildId, h.buildId);
    assert.equal(ready.headers.get('cache-control'), 'no-store');
  });

  it('answers API routes in a worker with the security headers, a request id and an ETag per build', async () => {
    const res = await fetch(`${base}/api/v1/codes/icd10cm/Q91.9`, { headers: { 'x-request-id': 'test-1' } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { code: string }).code, 'Q91.9');
    assert.equal(res.headers.get('x-request-id'), 'test-1');
    assert.ok(res.headers.get('content-security-policy')?.includes("default-src 'self'"));
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const buildId = ((await (await fetch(`${base}/readyz`)).json()) as { buildId: string }).buildId;
    assert.equal(res.headers.get('etag'), `W/"${buildId}"`);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    const again = await fetch(`${base}/api/v1/codes/icd10cm/Q91.9`, { headers: { 'if-none-match': `W/"${buildId}"` } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  it('answers many requests at once over both workers, each the same as alone', async () => {
    const paths = Array.from({ length: 40 }, (_, i) => (i % 2 ? '/api/v1/codes/icd10cm/Q91.9' : '/api/v1/search?q=trisomy'));
    const answers = await Promise.all(paths.map((p) => fetch(base + p).then(async (r) => [r.status, await r.text()] as const)));
    assert.ok(answers.every(([status]) => status === 200));
    assert.equal(new Set(answers.filter((_, i) => i % 2).map(([, body]) => body)).size, 1);
  });

  it('refuses an address over 4096 bytes with 414 and a body over 64 KiB with 413, in the standard error shape', async () => {
    const long = await fetch(`${base}/api/v1/search?q=${'a'.repeat(5000)}`);
    assert.deepEqual(await assertError(long, 414, 'too-large', 'url'), {
      kind: 'too-large',
      message: 'the address is longer than 4096 bytes',
      field: 'url',
    });
    const big = await fetch(`${base}/api/v1/search?q=x`, { method: 'POST', body: 'x'.repeat(70_000) });
    assert.deepEqual(await assertError(big, 413, 'too-large', 'body'), {
      kind: 'too-large',
      message: 'the request body is larger than 65536 bytes',
      field: 'body',
    });
  });

  it('counts requests by route in /metrics with the build id', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    assert.match(text, /medcodes_http_requests_total\{route="\/api\/v1\/codes\/:system\/:code",method="GET",status="200"\} \d+/);
    assert.match(text, /medcodes_http_request_duration_seconds_bucket\{le="0\.1",route="\/api\/v1\/search"\} \d+/);
    assert.match(text, /medcodes_search_duration_seconds_count\{route="\/api\/v1\/search"\} [1-9]/);
    assert.match(text, /medcodes_database_info\{build_id="[0-9a-f]{12}",built_at="[^"]+"\} 1/);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After in the standard shape once a client used its burst', async () => {
    const limited = await startServer(settings({ workers: 1, rateLimit: 8, rateLimitLoopback: true }), quiet);
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await fetch(`http://127.0.0.1:${limited.port}/api/v1/systems`);
        statuses.push(last.status);
        if (last.status !== 429) await last.arrayBuffer();
      }
      assert.deepEqual(statuses, [200, 200, 429, 429]);
      assert.equal(last?.headers.get('retry-after'), '8');
      assert.deepEqual(await assertError(last as Response, 429, 'rate-limited', null), {
        kind: 'rate-limited',
        message: 'too many requests from this address; retry in 8 s',
      });
      assert.equal((await fetch(`http://127.0.0.1:${limited.port}/healthz`)).status, 200, 'health is never rate-limited');
    } finally {
      await limited.shutdown();
    }
  });
});

describe('life cycle', () => {
  it('reopens a rebuilt database in every worker with no failed request, then drains on shutdown', async () => {
    const own = await startServer(settings(), quiet);
    const url = `http://127.0.0.1:${own.port}`;
    const before = ((await (await fetch(`${url}/readyz`)).json()) as { buildId: string }).buildId;
    let stop = false;
    const failures: string[] = [];
    let answered = 0;
    const load = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const res = await fetch(`${url}/api/v1/search?q=trisomy`).catch((err: Error) => err);
        if (res instanceof Error) failures.push(res.message);
        else {
          if (res.status !== 200) failures.push(String(res.status));
          await res.arrayBuffer();
          answered += 1;
        }
      }
    });
    const rebuilt = await buildFake();
    rebuilt.medcodes.close();
    renameSync(rebuilt.dbPath, dbPath);
    assert.deepEqual(await own.reload(), []);
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await Promise.all(load);
    assert.deepEqual(failures, []);
    assert.ok(answered > 10, `${answered} requests answered`);
    const after = ((await (await fetch(`${url}/readyz`)).json()) as { buildId: string }).buildId;
    assert.notEqual(after, before, 'the new build is served');

    const inFlight = Array.from({ length: 8 }, () => fetch(`${url}/api/v1/search?q=trisomy`).then((r) => r.status));
    await new Promise((r) => setTimeout(r, 20));
    await own.shutdown();
    assert.deepEqual(await Promise.all(inFlight), Array(8).fill(200), 'requests in flight finish');
    await assert.rejects(fetch(`${url}/healthz`), 'no longer accepting');
  });
});
