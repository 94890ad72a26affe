import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Medcodes } from '../../app/medcodes.js';
import { AppError } from '../../core/errors.js';
import { type CodeSystemId, isCodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { CodeView, SearchResult } from '../../features/codes/index.js';
import { STATUS_OF, safeDecode, toAppError } from '../errors.js';
import { BrowseIndexPage, BrowsePage } from './browse-page.js';
import { CodePage } from './code-page.js';
import { DataPage } from './data-page.js';
import { ErrorPage } from './error-page.js';
import { HomePage } from './home-page.js';
import { PageCache } from './page-cache.js';
import { codeCandidatesFromSegment, codeHref, type SearchParams } from './paths.js';
import { policyPageRoutes } from './policy-routes.js';
import { PAGE_SIZE, SearchPage, titleOf } from './search-page.js';
import { seoRoutes } from './seo.js';

const MAX_QUERY = 200;
const MAX_PAGE = 500;
const SUGGESTIONS = 8;

function resolveCode(medcodes: Medcodes, system: string, segment: string): CodeView {
  let lastError: unknown = new AppError('not-found', `no code in "${segment}"`);
  for (const candidate of codeCandidatesFromSegment(segment)) {
    try {
      return medcodes.lookupCode(system, candidate);
    } catch (err) {
      if (!(err instanceof AppError) || err.kind !== 'not-found') throw err;
      lastError = err;
    }
  }
  throw lastError;
}

/** The search parameters of /search, validated: unknown systems and bad pages are a 400 page naming the field. */
function searchParams(c: Context): SearchParams {
  const q = (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY);
  const system = c.req.query('system') || undefined;
  if (system !== undefined && !isCodeSystemId(system)) throw new AppError('invalid', `unknown code system "${system}"`, 'system');
  const page = Number(c.req.query('page') ?? '1');
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
    throw new AppError('invalid', `page must be a whole number from 1 to ${MAX_PAGE}`, 'page');
  return { q, system: system as CodeSystemId | undefined, billable: c.req.query('billable') === '1', page };
}

function searchOnce(medcodes: Medcodes, p: SearchParams, limit: number, offset = 0): SearchResult {
  return medcodes.search({ q: p.q, systems: p.system ? [p.system] : [], billable: p.billable ?? false, limit, offset });
}

/** Results of one page; counts per system always cover every system, whatever the filter. */
async function searchPageResult(medcodes: Medcodes, p: SearchParams): Promise<SearchResult> {
  const result = await searchOnce(medcodes, p, PAGE_SIZE, ((p.page ?? 1) - 1) * PAGE_SIZE);
  if (!p.system) return result;
  const everywhere = await searchOnce(medcodes, { ...p, system: undefined }, 1);
  return { ...result, facets: everywhere.facets };
}

/** What a missing page was probably after: its last path segment as words ("/code/icd10cm/Q99.9-x" → "Q99.9"). */
function queryOfPath(path: string): string {
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const text = safeDecode(last);
  if (path.startsWith('/code/')) return (codeCandidatesFromSegment(text).pop() ?? text).slice(0, 64);
  return text
    .replace(/[-_+]+/g, ' ')
    .trim()
    .slice(0, 100);
}

async function notFoundPage(c: Context, medcodes: Medcodes, error: AppError): Promise<Response> {
  const query = queryOfPath(c.req.path);
  let result: SearchResult | null = null;
  if (query.length >= 2) {
    try {
      result = searchOnce(medcodes, { q: query }, 10);
    } catch (err) {
      // Words of a mistyped address may not make a valid query: then the page offers no results.
      if (!(err instanceof AppError)) throw err;
    }
  }
  return c.html(<ErrorPage error={error} query={query} result={result} />, 404);
}

function exactHref(medcodes: Medcodes, result: SearchResult): string | null {
  if (!result.exact) return null;
  const view = medcodes.lookupCode(result.exact.system, result.exact.code);
  return codeHref(view.system, view.code, view.display);
}

export function pageRoutes(medcodes: Medcodes): Hono {
  const pages = new Hono();
  pages.onError((err, c) => {
    const appError = toAppError(err);
    if (appError.kind === 'not-found') return notFoundPage(c, medcodes, appError);
    return c.html(<ErrorPage error={appError} />, STATUS_OF[appError.kind]);
  });
  pages.route('/', seoRoutes(medcodes));
  pages.route('/', policyPageRoutes(medcodes));
  pages.get('/', (c) => c.html(<HomePage systems={medcodes.systems()} />));
  pages.get('/search', async (c) => {
    const params = searchParams(c);
    if (params.q === '') return c.html(<SearchPage params={params} result={null} />);
    const result = await searchPageResult(medcodes, params);
    const jump = !params.system && !params.billable && params.page === 1 ? exactHref(medcodes, result) : null;
    if (jump) return c.redirect(jump, 302);
    return c.html(<SearchPage params={params} result={result} />);
  });
  pages.get('/suggest', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY);
    const hits = q.length < 2 ? [] : medcodes.autocomplete(q, [], SUGGESTIONS).hits;
    const items = hits.map((h) => ({
      system: h.system,
      systemLabel: SYSTEM_INFO[h.system].label,
      code: h.code,
      display: titleOf(h),
      href: codeHref(h.system, h.code, h.display),
    }));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ q, items });
  });
  const cache = new PageCache();
  pages.get('/code/:system/:segment', async (c) => {
    const cached = cache.get(medcodes.cacheKey(), c.req.path);
    if (cached !== undefined) return c.html(cached);
    const { system, segment } = c.req.param();
    const view = resolveCode(medcodes, system, segment);
    const canonical = codeHref(view.system, view.code, view.display);
    if (c.req.path !== canonical) return c.redirect(canonical, 301);
    const html = (await (<CodePage view={view} canonical={canonical} extras={medcodes.codePageExtras(view)} />)).toString();
    cache.set(medcodes.cacheKey(), c.req.path, html);
    return c.html(html);
  });
  pages.get('/browse', (c) => c.html(<BrowseIndexPage systems={medcodes.systems()} />));
  pages.get('/browse/:system', (c) => c.html(<BrowsePage view={medcodes.browse(c.req.param('system'), undefined, offsetOf(c))} />));
  pages.get('/browse/:system/:node', (c) => {
    const { system, node } = c.req.param();
    return c.html(<BrowsePage view={medcodes.browse(system, node, offsetOf(c))} />);
  });
  pages.get('/data', (c) => c.html(<DataPage data={medcodes.data()} />));
  pages.notFound(pageNotFound(medcodes));
  return pages;
}

/** The 404 page for any address no route answers (mounted by createApp as the app's notFound). */
export function pageNotFound(medcodes: Medcodes): (c: Context) => Promise<Response> {
  return (c) => notFoundPage(c, medcodes, new AppError('not-found', `There is no page at ${c.req.path}.`));
}

function offsetOf(c: Context): number {
  const offset = Number(c.req.query('offset') ?? '0');
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000)
    throw new AppError('invalid', 'offset must be a whole number', 'offset');
  return offset;
}
