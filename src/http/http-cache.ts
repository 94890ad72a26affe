/**
 * HTTP caching of pages and API answers. The database is read-only and every answer is a function of
 * its address and the open build, so one weak ETag per build id (W/"<buildId>") validates every 200
 * answer: a client revalidating after a rebuild gets the new answer, otherwise a 304 without running
 * the route. Assets keep their own content-hash ETags (assets/routes.ts); health, readiness and
 * metrics are never cached.
 */
import type { MiddlewareHandler } from 'hono';

/** How long a browser or proxy may reuse a page or API answer without asking again. */
const ANSWER_CACHE_CONTROL = 'public, max-age=300';

const UNCACHED = new Set(['/healthz', '/readyz', '/metrics']);

/** Weak comparison with the listed tags. "*" is not honoured: it would answer 304 for an address that is a 404. */
function matches(ifNoneMatch: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

export function buildCaching(buildId: () => string): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/assets/') || UNCACHED.has(c.req.path)) {
      await next();
      if (UNCACHED.has(c.req.path)) c.header('Cache-Control', 'no-store');
      return;
    }
    const etag = `W/"${buildId()}"`;
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch && matches(ifNoneMatch, etag)) {
      c.header('ETag', etag);
      c.header('Cache-Control', ANSWER_CACHE_CONTROL);
      c.header('Vary', 'Accept-Encoding');
      return c.body(null, 304);
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', etag);
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', ANSWER_CACHE_CONTROL);
    } else if (c.res.status >= 500 || c.res.status === 429) c.res.headers.set('Cache-Control', 'no-store');
  };
}
