/**
 * Deliberate limits of the HTTP server (docs/deploy.md "Limits and timeouts"). Each one bounds what
 * a single client can make the server hold or compute.
 */

/** Longest request target (path and query) accepted: longer is a 414 `too-large` error. */
export const MAX_URL_BYTES = 4096;
/** Largest request body accepted (no route takes a body today): larger is a 413 `too-large` error. */
export const MAX_BODY_BYTES = 64 * 1024;
// Search queries are capped where they are parsed (src/search/query.ts): at most 500 characters
// (longer is a 400 naming `q`) and 12 distinct words searched (further words are ignored).
/** Most header lines read per request (Node's default is 2000). */
export const MAX_HEADERS = 100;

/** Time allowed to receive the request headers (slow-loris bound); Node's default is 60 s. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Time allowed to receive a whole request; Node's default is 300 s. */
export const REQUEST_TIMEOUT_MS = 15_000;
/**
 * How long an idle keep-alive connection stays open. Longer than a proxy's upstream keep-alive
 * (nginx: 60 s by default unless `keepalive_timeout` is set; deploy/nginx.conf sets 30 s) so the
 * proxy, not this server, closes idle connections and never reuses one being closed.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Requests waiting for a free worker before new ones are turned away with 503 `unavailable`. */
export const MAX_QUEUED = 2000;
