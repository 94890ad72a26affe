/**
 * /metrics in Prometheus text format (prom-client), kept by the supervisor thread, which sees every
 * request: counts and latency by route, search latency, page-cache hits, the open build, workers.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerStats } from './worker-protocol.js';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const CODE_PARTS = new Set(['policies', 'article', 'crosswalks', 'history', 'similar']);
const API_ROUTES = new Set(['search', 'autocomplete', 'systems', 'releases', 'openapi.json', 'coverage', 'translate', 'validate']);
const PAGES = new Set(['search', 'suggest', 'data', 'healthz', 'readyz', 'metrics', 'robots.txt', 'sitemap.xml']);

/** Route label of a path: a fixed set of templates, so a hostile client cannot grow the label set. */
function routeOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0) return '/';
  if (first === 'api' && second === 'v1') {
    if (third === 'codes') {
      const part = parts[5] === undefined ? parts[4] : undefined;
      return part && CODE_PARTS.has(part) ? `/api/v1/codes/:system/:code/${part}` : '/api/v1/codes/:system/:code';
    }
    if (third && API_ROUTES.has(third) && parts.length === 3) return `/api/v1/${third}`;
    if (third === 'policies') return '/api/v1/policies/:id';
    return '/api/v1/*';
  }
  if (first === 'api') return '/api/*';
  if (first === 'code') return '/code/:system/:segment';
  if (first === 'browse') return parts.length === 1 ? '/browse' : parts.length === 2 ? '/browse/:system' : '/browse/:system/:node';
  if (first === 'policy') return '/policy/:id';
  if (first === 'assets') return '/assets/:name';
  if (first && PAGES.has(first) && parts.length === 1) return `/${first}`;
  if (first === 'sitemaps') return '/sitemaps/:file';
  return 'other';
}

export class ServerMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'medcodes_http_requests_total',
    help: 'HTTP requests answered, by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'medcodes_http_request_duration_seconds',
    help: 'Time from request to answer (queueing included), by route',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly search = new Histogram({
    name: 'medcodes_search_duration_seconds',
    help: 'Time spent in search and autocomplete use-cases per request, by route',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly pageCache = new Counter({
    name: 'medcodes_page_cache_lookups_total',
    help: 'Rendered code-page cache look-ups, by result (hit or miss)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly conditional = new Counter({
    name: 'medcodes_http_conditional_total',
    help: 'Requests carrying If-None-Match, by result (not-modified = answered 304 from the ETag)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly database = new Gauge({
    name: 'medcodes_database_info',
    help: 'The database build served (value 1), labelled with its build id and build time',
    labelNames: ['build_id', 'built_at'] as const,
    registers: [this.registry],
  });
  readonly workers = new Gauge({
    name: 'medcodes_workers',
    help: 'Request worker threads, by state',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  readonly queued = new Gauge({ name: 'medcodes_requests_queued', help: 'Requests waiting for a free worker', registers: [this.registry] });
  readonly replacements = new Counter({
    name: 'medcodes_worker_replacements_total',
    help: 'Request workers replaced (over budget or exited)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'medcodes_' });
  }

  observe(path: string, method: string, status: number, seconds: number, ifNoneMatch: boolean, stats: AnswerStats | null): void {
    const route = routeOf(path);
    this.requests.inc({ route, method: method.length <= 8 ? method : 'OTHER', status: String(status) });
    this.latency.observe({ route }, seconds);
    if (ifNoneMatch) this.conditional.inc({ result: status === 304 ? 'not-modified' : 'full' });
    if (!stats) return;
    if (stats.searchMs !== null) this.search.observe({ route }, stats.searchMs / 1000);
    if (stats.pageCacheHits) this.pageCache.inc({ result: 'hit' }, stats.pageCacheHits);
    if (stats.pageCacheMisses) this.pageCache.inc({ result: 'miss' }, stats.pageCacheMisses);
  }

  setDatabase(buildId: string, builtAt: string | null): void {
    this.database.reset();
    this.database.set({ build_id: buildId, built_at: builtAt ?? '' }, 1);
  }
}
