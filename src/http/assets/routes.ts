/**
 * The site's static assets, served by the app itself with a strong ETag (content hash), 304 on
 * If-None-Match, and a year-long immutable Cache-Control when requested with the current ?v= hash
 * (pages always link the hashed address). Compression is applied by the app's compress middleware.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { AppError } from '../../core/errors.js';
import { jsonError } from '../errors.js';
import { SITE_CSS } from './site-css.js';
import { SITE_JS } from './site-js.js';

const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a58a8"/><path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff"/></svg>';

interface Asset {
  body: string;
  type: string;
  hash: string;
}

function asset(body: string, type: string): Asset {
  return { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) };
}

/** A Map, not an object literal: "constructor", "__proto__" or "toString" are not asset names. */
const ASSETS = new Map<string, Asset>([
  ['site.css', asset(SITE_CSS, 'text/css; charset=utf-8')],
  ['site.js', asset(SITE_JS, 'text/javascript; charset=utf-8')],
  ['favicon.svg', asset(FAVICON_SVG, 'image/svg+xml')],
]);

/** The address pages link: /assets/site.css?v=<hash>. */
export function assetHref(name: 'site.css' | 'site.js' | 'favicon.svg'): string {
  return `/assets/${name}?v=${ASSETS.get(name)?.hash}`;
}

export function assetRoutes(): Hono {
  const assets = new Hono();
  assets.get('/:name', (c) => {
    const name = c.req.param('name');
    const found = ASSETS.get(name);
    if (!found) return jsonError(c, new AppError('not-found', `no asset named "${name}"`));
    const etag = `"${found.hash}"`;
    const immutable = c.req.query('v') === found.hash;
    c.header('ETag', etag);
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate');
    const ifNoneMatch = c.req.header('if-none-match') ?? '';
    if (ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
    c.header('Content-Type', found.type);
    return c.body(found.body);
  });
  return assets;
}
