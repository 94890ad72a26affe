import { CODE_SYSTEMS, type CodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { MatchField, SearchHit, SearchResult } from '../../features/codes/index.js';
import { formatCount } from './format.js';
import { Layout } from './layout.js';
import { codeHref, type SearchParams, searchHref } from './paths.js';

export const PAGE_SIZE = 20;

const WHY: Record<MatchField, string> = {
  code: 'Code',
  'code-prefix': 'Code starts with',
  'code-range': 'In the range',
  title: 'Descriptor',
  index: 'Index term',
  inclusion: 'Inclusion term',
  synonym: 'Also known as',
  abbreviation: 'Abbreviation',
  correction: 'Spelling corrected',
  vocabulary: 'Read as',
  category: 'In the category',
};

/** The title of a code wherever it is listed: its descriptor, or "CPT code 63295" when the descriptor is not licensed. */
export function titleOf(hit: { system: CodeSystemId; code: string; display: string }): string {
  return hit.display || `${SYSTEM_INFO[hit.system].label} code ${hit.code}`;
}

/** Why a hit matched, less the descriptor itself (already its title). */
function reasons(hit: SearchHit): SearchHit['matched'] {
  return hit.matched.filter((m) => !(m.field === 'title' && m.text.toLowerCase() === hit.display.toLowerCase()));
}

function Hit({ hit }: { hit: SearchHit }) {
  const why = reasons(hit);
  return (
    <li>
      <div class="title">
        <a href={codeHref(hit.system, hit.code, hit.display)}>
          <span class="code">{hit.code}</span> {titleOf(hit)}
        </a>
      </div>
      <ul class="badges">
        <li class="badge sys">{SYSTEM_INFO[hit.system].label}</li>
        {hit.billable ? (
          <li class="badge ok">Billable</li>
        ) : (
          <li class="badge">{hit.kind === 'header' ? 'Header, not billable' : hit.kind}</li>
        )}
      </ul>
      {why.length > 0 ? (
        <p class="why">Matched: {why.map((m, i) => `${i > 0 ? '; ' : ''}${WHY[m.field] ?? m.field} “${m.text}”`).join('')}</p>
      ) : null}
      {hit.missing?.length ? <p class="why">Not in this code: {hit.missing.map((w) => `“${w}”`).join(', ')}</p> : null}
    </li>
  );
}

function Filters({ params, result }: { params: SearchParams; result: SearchResult }) {
  const counted = CODE_SYSTEMS.filter((s) => (result.facets.system[s] ?? 0) > 0 || params.system === s);
  const all = Object.values(result.facets.system).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <nav class="filters" aria-label="Filters">
      <h2>Code system</h2>
      <ul>
        <li>
          <a href={searchHref({ ...params, system: undefined, page: 1 })} aria-current={params.system ? undefined : 'true'}>
            All systems ({formatCount(all)})
          </a>
        </li>
        {counted.map((s) => (
          <li>
            <a href={searchHref({ ...params, system: s, page: 1 })} aria-current={params.system === s ? 'true' : undefined}>
              {SYSTEM_INFO[s].label} ({formatCount(result.facets.system[s] ?? 0)})
            </a>
          </li>
        ))}
      </ul>
      <h2>Status</h2>
      <ul>
        <li>
          <a href={searchHref({ ...params, billable: false, page: 1 })} aria-current={params.billable ? undefined : 'true'}>
            All codes
          </a>
        </li>
        <li>
          <a href={searchHref({ ...params, billable: true, page: 1 })} aria-current={params.billable ? 'true' : undefined}>
            Billable only
          </a>
        </li>
      </ul>
    </nav>
  );
}

function Pager({ params, total }: { params: SearchParams; total: number }) {
  const page = params.page ?? 1;
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Result pages">
      {page > 1 ? (
        <a href={searchHref({ ...params, page: page - 1 })} rel="prev">
          ← Previous
        </a>
      ) : null}
      <span>
        Page {page} of {formatCount(pages)}
      </span>
      {page < pages ? (
        <a href={searchHref({ ...params, page: page + 1 })} rel="next">
          Next →
        </a>
      ) : null}
    </nav>
  );
}

export function SearchResults({ params, result }: { params: SearchParams; result: SearchResult }) {
  const first = ((params.page ?? 1) - 1) * PAGE_SIZE + 1;
  return (
    <>
      {result.corrected?.length ? (
        <p>Showing results for {result.corrected.map((c) => `“${c.to}” (you typed “${c.from}”)`).join(', ')}.</p>
      ) : null}
      {result.unmatched?.length ? (
        <p>No code holds {result.unmatched.map((w) => `“${w}”`).join(', ')}: showing codes for the other words.</p>
      ) : null}
      <p role="status">
        {result.total === 0
          ? `No codes found for “${params.q}”.`
          : `${formatCount(result.total)} ${result.total === 1 ? 'code' : 'codes'} found${result.total > PAGE_SIZE ? `, showing ${first}–${first + result.hits.length - 1}` : ''}.`}
      </p>
      <ol class="hits" start={first}>
        {result.hits.map((h) => (
          <Hit hit={h} />
        ))}
      </ol>
    </>
  );
}

export function SearchPage({ params, result }: { params: SearchParams; result: SearchResult | null }) {
  if (!result) {
    return (
      <Layout title="Search" noindex canonical="/search">
        <h1>Search all medical codes</h1>
        <p>Type a code, a range or words in the box above.</p>
      </Layout>
    );
  }
  return (
    <Layout title={`“${params.q}” – search`} noindex query={params.q} description={`Medical codes matching “${params.q}”.`}>
      <h1>
        Codes matching “{params.q}”{params.system ? ` in ${SYSTEM_INFO[params.system].label}` : ''}
      </h1>
      <div class="layout">
        <Filters params={params} result={result} />
        <div>
          <SearchResults params={params} result={result} />
          <Pager params={params} total={result.total} />
        </div>
      </div>
    </Layout>
  );
}
