import type { AppError } from '../../core/errors.js';
import type { SearchResult } from '../../features/codes/index.js';
import { Layout } from './layout.js';
import { SearchResults } from './search-page.js';

function titleOf(error: AppError): string {
  if (error.kind === 'not-found') return 'Not found';
  if (error.kind === 'invalid') return 'Bad request';
  if (error.kind === 'too-large') return 'Request too large';
  if (error.kind === 'rate-limited') return 'Too many requests';
  if (error.kind === 'timeout') return 'This took too long';
  if (error.kind === 'unavailable') return 'Briefly unavailable';
  return 'Something went wrong';
}

/** An error page; a "not found" page offers search results for what was asked. */
export function ErrorPage({ error, query, result }: { error: AppError; query?: string; result?: SearchResult | null }) {
  const title = titleOf(error);
  return (
    <Layout title={title} noindex query={query}>
      <h1>{title}</h1>
      <p>{error.message}</p>
      {query && result && result.total > 0 ? (
        <section aria-labelledby="maybe-title">
          <h2 id="maybe-title">Were you looking for one of these?</h2>
          <SearchResults params={{ q: query }} result={result} />
        </section>
      ) : null}
      <p>
        <a href="/">Search all medical codes</a> · <a href="/browse">Browse the code systems</a>
      </p>
    </Layout>
  );
}
