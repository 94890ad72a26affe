/** sitemap.xml (an index with one or more files per code system) and robots.txt. */
import { Hono } from 'hono';
import type { Medcodes } from '../../app/medcodes.js';
import { CODE_SYSTEMS, isCodeSystemId } from '../../core/systems.js';
import { browseHref, codeHref, isGrouping } from './paths.js';

const XML = 'application/xml; charset=utf-8';

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function urlset(origin: string, paths: string[]): string {
  const urls = paths.map((p) => `<url><loc>${escapeXml(origin + p)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function sitemapIndex(origin: string, files: string[]): string {
  const items = files.map((f) => `<sitemap><loc>${escapeXml(origin + f)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

export function seoRoutes(medcodes: Medcodes): Hono {
  const seo = new Hono();
  seo.get('/robots.txt', (c) => {
    const origin = new URL(c.req.url).origin;
    c.header('Cache-Control', 'public, max-age=3600');
    return c.text(
      `User-agent: *\nDisallow: /search\nDisallow: /suggest\nDisallow: /api/\nDisallow: /fhir/\n\nSitemap: ${origin}/sitemap.xml\n`,
    );
  });
  seo.get('/sitemap.xml', (c) => {
    const origin = new URL(c.req.url).origin;
    const files = ['/sitemaps/pages.xml'];
    for (const system of CODE_SYSTEMS) {
      const pages = medcodes.sitemapPages(system);
      for (let i = 1; i <= pages; i += 1) files.push(`/sitemaps/${system}-${i}.xml`);
    }
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(sitemapIndex(origin, files), 200, { 'Content-Type': XML });
  });
  seo.get('/sitemaps/:file{[a-z0-9]+(-[0-9]+)?\\.xml}', (c) => {
    const origin = new URL(c.req.url).origin;
    const m = /^([a-z0-9]+?)(?:-([0-9]+))?\.xml$/.exec(c.req.param('file'));
    const name = m?.[1] ?? '';
    c.header('Cache-Control', 'public, max-age=3600');
    if (name === 'pages' && !m?.[2]) {
      const systems = medcodes.systems().filter((s) => s.release);
      return c.body(urlset(origin, ['/', '/browse', '/data', ...systems.map((s) => browseHref(s.system))]), 200, { 'Content-Type': XML });
    }
    const page = Number(m?.[2] ?? '0');
    if (!isCodeSystemId(name) || page < 1 || page > medcodes.sitemapPages(name)) return c.notFound();
    const paths = medcodes
      .sitemapEntries(name, page - 1)
      .map((e) => (isGrouping(e.kind) ? browseHref(e.system, e.key) : codeHref(e.system, e.code, e.display)));
    return c.body(urlset(origin, paths), 200, { 'Content-Type': XML });
  });
  return seo;
}
