/**
 * A small LRU of rendered code pages. The database is read-only, so a page is a pure function of
 * its address and the open database file: the cache is keyed by the store object, and a reload
 * (SIGHUP, new store) starts an empty one.
 */
const MAX_ENTRIES = 1000;

/** Hits and misses of every page cache of this thread since it started (for /metrics). */
export const PAGE_CACHE_COUNTS = { hits: 0, misses: 0 };

export class PageCache {
  private readonly byStore = new WeakMap<object, Map<string, string>>();

  get(store: object, key: string): string | undefined {
    const pages = this.byStore.get(store);
    const html = pages?.get(key);
    if (html !== undefined && pages) {
      pages.delete(key);
      pages.set(key, html);
      PAGE_CACHE_COUNTS.hits += 1;
    } else PAGE_CACHE_COUNTS.misses += 1;
    return html;
  }

  set(store: object, key: string, html: string): void {
    let pages = this.byStore.get(store);
    if (!pages) {
      pages = new Map();
      this.byStore.set(store, pages);
    }
    pages.set(key, html);
    if (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value as string);
  }
}
