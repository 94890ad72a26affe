/**
 * A small LRU of rendered code pages. The database is read-only, so a page is a pure function of
 * its address and the open database file: the cache is keyed by the store object, and a reload
 * (SIGHUP, new store) starts an empty one. Bounded twice, per request worker thread: at most
 * `maxEntries` pages and `maxChars` characters of HTML (a page is 10–60 KB; a few are larger).
 */
export const PAGE_CACHE_ENTRIES = 1000;
export const PAGE_CACHE_CHARS = 24 * 1024 * 1024;

/** Hits and misses of every page cache of this thread since it started (for /metrics). */
export const PAGE_CACHE_COUNTS = { hits: 0, misses: 0 };

interface Pages {
  html: Map<string, string>;
  chars: number;
}

export class PageCache {
  private readonly byStore = new WeakMap<object, Pages>();

  constructor(
    private readonly maxEntries = PAGE_CACHE_ENTRIES,
    private readonly maxChars = PAGE_CACHE_CHARS,
  ) {}

  get(store: object, key: string): string | undefined {
    const pages = this.byStore.get(store);
    const html = pages?.html.get(key);
    if (html !== undefined && pages) {
      pages.html.delete(key);
      pages.html.set(key, html);
      PAGE_CACHE_COUNTS.hits += 1;
    } else PAGE_CACHE_COUNTS.misses += 1;
    return html;
  }

  set(store: object, key: string, html: string): void {
    // A page larger than the whole cache would only evict everything else.
    if (html.length > this.maxChars) return;
    let pages = this.byStore.get(store);
    if (!pages) {
      pages = { html: new Map(), chars: 0 };
      this.byStore.set(store, pages);
    }
    const old = pages.html.get(key);
    if (old !== undefined) {
      pages.html.delete(key);
      pages.chars -= old.length;
    }
    pages.html.set(key, html);
    pages.chars += html.length;
    while (pages.html.size > this.maxEntries || pages.chars > this.maxChars) {
      const [oldest, page] = pages.html.entries().next().value as [string, string];
      pages.html.delete(oldest);
      pages.chars -= page.length;
    }
  }

  /** Pages and characters held for a store. */
  held(store: object): { entries: number; chars: number } {
    const pages = this.byStore.get(store);
    return { entries: pages?.html.size ?? 0, chars: pages?.chars ?? 0 };
  }
}
