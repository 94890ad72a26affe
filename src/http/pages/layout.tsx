import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { assetHref } from '../assets/routes.js';
import { SearchBox } from './search-box.js';

interface LayoutProps {
  title: string;
  description?: string;
  canonical?: string;
  /** Keep the page out of search engines (results, errors). */
  noindex?: boolean;
  /** The header's search box (the home page has its own, larger one). */
  headerSearch?: boolean;
  query?: string;
  children: Child;
}

/** The frame of every page: skip link, header with the search box, main content, footer. */
export function Layout(props: LayoutProps) {
  return (
    <>
      {/* The one raw string of the site: the doctype, so browsers render in standards mode. */}
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · medcodes`}</title>
          {props.description ? <meta name="description" content={props.description} /> : null}
          {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
          {props.noindex ? <meta name="robots" content="noindex" /> : null}
          <link rel="icon" href={assetHref('favicon.svg')} type="image/svg+xml" />
          <link rel="stylesheet" href={assetHref('site.css')} />
          <script src={assetHref('site.js')} defer />
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site">
            <div class="bar">
              <a class="brand" href="/">
                medcodes
              </a>
              {props.headerSearch === false ? null : <SearchBox id="q" value={props.query} label="Search all medical codes" />}
              <nav aria-label="Site">
                <a href="/browse">Browse</a>
                <a href="/data">Data</a>
              </nav>
            </div>
          </header>
          <main id="main">{props.children}</main>
          <footer class="site">
            <p>
              medcodes is open-source software serving the official code sets published by CMS, CDC/NCHS and the AMA. It is a reference, not
              clinical or billing advice. <a href="/data">What this database was built from</a>.
            </p>
            <p>CPT® is a registered trademark of the American Medical Association. CPT descriptors are © AMA.</p>
          </footer>
        </body>
      </html>
    </>
  );
}
