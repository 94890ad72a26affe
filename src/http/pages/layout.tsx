import type { Child } from 'hono/jsx';

export interface LayoutProps {
  title: string;
  description?: string;
  canonical?: string;
  children: Child;
}

/** The frame of every page: header with the search box, main content, footer. */
export function Layout(props: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · medcodes</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <header class="site">
          <a class="brand" href="/">
            medcodes
          </a>
          <search>
            <form action="/search" method="get">
              <label for="q">Search all medical codes</label>
              <input id="q" name="q" type="search" placeholder="E11.9, 0SRC0JZ, knee replacement…" />
              <button type="submit">Search</button>
            </form>
          </search>
        </header>
        <main>{props.children}</main>
        <footer>
          <a href="/data">About the data</a> · CPT® is a registered trademark of the American Medical Association.
        </footer>
      </body>
    </html>
  );
}
