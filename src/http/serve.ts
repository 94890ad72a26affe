/**
 * The HTTP server (docs/adr/0009-serving-on-every-core.md, docs/deploy.md). This thread owns the
 * sockets and never touches SQLite: it enforces the limits (URL, body, rate), answers /healthz,
 * /readyz and /metrics itself, and hands every other request to a pool of worker threads under a
 * time budget. SIGHUP reopens the database in every worker; SIGTERM drains and exits.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, Server as NetServer, type Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import pino, { type Logger } from 'pino';
import type { Settings } from '../config/settings.js';
import { AppError } from '../core/errors.js';
import { CONTENT_SECURITY_POLICY } from './app.js';
import { errorPageHtml } from './error-response.js';
import { errorBody, statusOf, wantsJson } from './errors.js';
import {
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  MAX_BODY_BYTES,
  MAX_HEADERS,
  MAX_QUEUED,
  MAX_URL_BYTES,
  REQUEST_TIMEOUT_MS,
} from './limits.js';
import { ServerMetrics } from './metrics.js';
import { RateLimiter } from './rate-limit.js';
import { type PoolOutcome, WorkerPool } from './worker-pool.js';

export type ServeSettings = Pick<
  Settings,
  | 'db'
  | 'port'
  | 'host'
  | 'workers'
  | 'requestBudgetMs'
  | 'shutdownGraceMs'
  | 'rateLimit'
  | 'rateLimitLoopback'
  | 'trustProxy'
  | 'accessLog'
>;

export interface RunningServer {
  server: Server;
  port: number;
  workers: number;
  /** Reopen the database in every worker (SIGHUP); resolves with the workers' failures. */
  reload(): Promise<string[]>;
  /** Stop accepting, finish requests in flight (at most shutdownGraceMs), stop the workers. */
  shutdown(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

/**
 * On shutdown, how long a connection must have been quiet (and the listener closed) before it is
 * closed unanswered: a keep-alive client may be sending on it right then.
 */
const SETTLE_MS = 1000;

const HOST_PATTERN = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/** The absolute URL the app sees, or null when the request target is not an origin-form path. */
function absoluteUrl(req: IncomingMessage): string | null {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return null;
  const host = req.headers.host && HOST_PATTERN.test(req.headers.host) ? req.headers.host : 'localhost';
  try {
    return new URL(target, `http://${host}`).href;
  } catch {
    return null;
  }
}

function clientOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

function headerPairs(req: IncomingMessage): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string]);
  return pairs;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Uint8Array | null> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) return Promise.reject(new BodyTooLarge());
  if (!req.headers['content-length'] && !req.headers['transfer-encoding']) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(size === 0 ? null : new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

export async function startServer(settings: ServeSettings, logger: Logger = pino()): Promise<RunningServer> {
  const size = settings.workers > 0 ? settings.workers : availableParallelism();
  const metrics = new ServerMetrics();
  const pool = new WorkerPool(settings.db, size, settings.requestBudgetMs, MAX_QUEUED, {
    onWorkerReplaced: (reason) => {
      metrics.replacements.inc();
      logger.warn({ reason }, 'request worker replaced');
    },
    onLog: (level, msg, fields) => logger[level](fields ?? {}, msg),
  });
  await pool.start();
  const health = pool.health();
  if (health) metrics.setDatabase(health.buildId, health.builtAt);
  const limiter = new RateLimiter(settings.rateLimit, settings.rateLimitLoopback);
  let draining = false;
  let active = 0;
  /** Open connections and when each last began or finished a request (or was accepted). */
  const lastActivity = new Map<Socket, number>();

  async function sendError(
    req: IncomingMessage,
    res: ServerResponse,
    error: AppError,
    headers: Record<string, string> = {},
  ): Promise<number> {
    const status = statusOf(error);
    const json = wantsJson(pathOf(req.url ?? '/'), req.headers.accept);
    const body = json ? JSON.stringify(errorBody(error)) : await errorPageHtml(error);
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': json ? 'application/json' : 'text/html; charset=UTF-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(body);
    return status;
  }

  function sendJson(res: ServerResponse, status: number, value: unknown): number {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(value));
    return status;
  }

  /** /healthz, /readyz and /metrics: answered here, so a busy worker never makes the process look dead. */
  async function ownRoute(req: IncomingMessage, res: ServerResponse, path: string): Promise<number | null> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    if (path === '/healthz') {
      const h = pool.health();
      return sendJson(res, 200, {
        status: 'ok',
        database: h?.database ?? settings.db,
        builtAt: h?.builtAt ?? null,
        buildId: h?.buildId ?? null,
        systems: h?.systems ?? 0,
        workers: { ready: pool.readyWorkers(), busy: pool.busyWorkers() },
        queued: pool.queued(),
      });
    }
    if (path === '/readyz') {
      const h = pool.health();
      if (draining) return sendError(req, res, new AppError('unavailable', 'shutting down'));
      if (!h || pool.readyWorkers() === 0) return sendError(req, res, new AppError('unavailable', 'no worker has the database open'));
      return sendJson(res, 200, {
        status: 'ready',
        buildId: h.buildId,
        builtAt: h.builtAt,
        systems: h.systems,
        workers: pool.readyWorkers(),
      });
    }
    if (path === '/metrics') {
      metrics.workers.set({ state: 'ready' }, pool.readyWorkers());
      metrics.workers.set({ state: 'busy' }, pool.busyWorkers());
      metrics.queued.set(pool.queued());
      res.writeHead(200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' });
      res.end(await metrics.registry.metrics());
      return 200;
    }
    return null;
  }

  function outcomeError(outcome: Exclude<PoolOutcome, { ok: true }>): AppError {
    if (outcome.reason === 'timeout')
      return new AppError('timeout', `the request did not finish within its ${settings.requestBudgetMs} ms budget; try a narrower query`);
    if (outcome.reason === 'worker-died') return new AppError('unavailable', 'the worker answering this request stopped; retry');
    return new AppError('unavailable', draining ? 'shutting down; retry' : 'too many requests are waiting; retry shortly');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; stats: PoolOutcome | null }> {
    const url = req.url ?? '/';
    const path = pathOf(url);
    if (Buffer.byteLength(url) > MAX_URL_BYTES)
      return {
        status: await sendError(req, res, new AppError('too-large', `the address is longer than ${MAX_URL_BYTES} bytes`, 'url')),
        stats: null,
      };
    const own = await ownRoute(req, res, path);
    if (own !== null) return { status: own, stats: null };
    const decision = limiter.take(clientOf(req, settings.trustProxy));
    if (!decision.allowed) {
      const error = new AppError('rate-limited', `too many requests from this address; retry in ${decision.retryAfterSeconds} s`);
      return { status: await sendError(req, res, error, { 'Retry-After': String(decision.retryAfterSeconds) }), stats: null };
    }
    const absolute = absoluteUrl(req);
    if (!absolute)
      return { status: await sendError(req, res, new AppError('invalid', 'the request target must be a path', 'url')), stats: null };
    let body: Uint8Array | null;
    try {
      body = await readBody(req);
    } catch (err) {
      if (!(err instanceof BodyTooLarge)) throw err;
      res.setHeader('Connection', 'close');
      return {
        status: await sendError(req, res, new AppError('too-large', `the request body is larger than ${MAX_BODY_BYTES} bytes`, 'body')),
        stats: null,
      };
    }
    const outcome = await pool.run({ method: req.method ?? 'GET', url: absolute, headers: headerPairs(req), body });
    if (!outcome.ok) return { status: await sendError(req, res, outcomeError(outcome)), stats: outcome };
    const headers: Record<string, string> = {};
    for (const [name, value] of outcome.answer.headers) headers[name] = value;
    res.writeHead(outcome.answer.status, headers);
    res.end(outcome.answer.body);
    return { status: outcome.answer.status, stats: outcome };
  }

  const access = settings.accessLog ? logger : null;
  const server = createServer(
    {
      maxHeaderSize: 16 * 1024,
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    },
    (req, res) => {
      const started = performance.now();
      const given = req.headers['x-request-id'];
      const reqId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', reqId);
      if (draining) res.setHeader('Connection', 'close');
      active += 1;
      lastActivity.set(req.socket, Date.now());
      res.once('finish', () => {
        if (lastActivity.has(req.socket)) lastActivity.set(req.socket, Date.now());
      });
      handle(req, res)
        .catch(async (err: unknown) => {
          logger.error(
            { reqId, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } },
            'request failed',
          );
          if (res.headersSent) {
            res.destroy();
            return { status: 500, stats: null };
          }
          return { status: await sendError(req, res, new AppError('internal', 'internal error')), stats: null };
        })
        .then(({ status, stats }) => {
          active -= 1;
          const seconds = (performance.now() - started) / 1000;
          const path = pathOf(req.url ?? '/');
          metrics.observe(
            path,
            req.method ?? 'GET',
            status,
            seconds,
            req.headers['if-none-match'] !== undefined,
            stats?.ok ? stats.answer.stats : null,
          );
          access?.info({ reqId, method: req.method, path: path.slice(0, 512), status, ms: Math.round(seconds * 10_000) / 10 }, 'request');
        });
    },
  );
  server.maxHeadersCount = MAX_HEADERS;
  server.on('connection', (socket: Socket) => {
    lastActivity.set(socket, Date.now());
    socket.once('close', () => lastActivity.delete(socket));
  });
  server.on('clientError', (err, socket) => {
    if (socket.writable && !socket.writableEnded) {
      const body = JSON.stringify(errorBody(new AppError('invalid', 'malformed HTTP request')));
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    } else socket.destroy(err);
  });
  await new Promise<void>((resolve) => server.listen(settings.port, settings.host, resolve));
  const port = (server.address() as AddressInfo).port;

  async function reload(): Promise<string[]> {
    const failures = await pool.reload();
    const h = pool.health();
    if (h) metrics.setDatabase(h.buildId, h.builtAt);
    return failures;
  }

  /**
   * Drain: /readyz turns 503 and every answer says Connection: close (so keep-alive clients leave
   * after their answer); the listener stays open while
   * requests keep arriving (at most half the grace), because closing it resets the connections the
   * kernel has accepted and Node has not yet taken — the resets clients saw under load. Then stop
   * accepting, finish what is in flight (until the grace runs out) and stop the workers.
   */
  let stopping: Promise<void> | null = null;
  function shutdown(): Promise<void> {
    stopping ??= (async () => {
      draining = true;
      const started = Date.now();
      const sleep = () => new Promise((r) => setTimeout(r, 25));
      let quietPolls = 0;
      while (quietPolls < 3 && Date.now() - started < settings.shutdownGraceMs / 2) {
        quietPolls = active === 0 ? quietPolls + 1 : 0;
        await sleep();
      }
      // Stop listening only: http's own close() also closes the connections it deems idle, and
      // "idle" includes a connection just accepted whose request is still on its way or in the
      // socket buffer (closing it drops a request the client has sent: 44–100 of 200 clients in
      // bench:load). Those are closed at the end, once each has been quiet for a moment.
      NetServer.prototype.close.call(server);
      const closedAt = Date.now();
      const settling = () => {
        const now = Date.now();
        for (const t of lastActivity.values()) if (now - Math.max(t, closedAt) < SETTLE_MS) return true;
        return false;
      };
      while ((active > 0 || pool.inFlight() > 0 || settling()) && Date.now() - started < settings.shutdownGraceMs) await sleep();
      if (active > 0) logger.warn({ active }, 'shutdown grace over: dropping requests still running');
      // Connections first, workers second: a request that arrives on an idle keep-alive connection
      // in between would otherwise be answered 503 by the closed pool, which a proxy does not retry;
      // a connection closed before any answer is retried on another replica.
      server.closeAllConnections();
      await pool.close();
    })();
    return stopping;
  }

  return { server, port, workers: size, reload, shutdown };
}
