/**
 * The code page's "Similar Codes" section (the last section of the page): at most 12 codes, each
 * with why it is similar, and a link to the full list when there are more.
 */
import type { SimilarView } from '../../../features/similar/index.js';
import { codeHref } from '../paths.js';

const SIMILAR_SHOWN = 12;

const REASON_LABELS: Record<string, string> = {
  sibling: 'same parent',
  cousin: 'nearby in the hierarchy',
  text: 'similar wording',
  crosswalk: 'same ICD-9 mapping',
  policy: 'listed in the same policies',
};

/** Where the full list lives (the JSON API until the site has a page for it). */
function similarMoreHref(system: string, code: string): string {
  return `/api/v1/codes/${system}/${encodeURIComponent(code)}/similar?limit=50`;
}

export function SimilarCodesSection({ similar, moreHref }: { similar: SimilarView; moreHref?: string }) {
  const items = similar.items.slice(0, SIMILAR_SHOWN);
  return (
    <section aria-labelledby="similar-title">
      <h2 id="similar-title">Similar Codes</h2>
      {items.length === 0 ? (
        <p class="empty">No similar codes were found.</p>
      ) : (
        <ul class="list">
          {items.map((s) => (
            <li>
              <a href={codeHref(s.system, s.code, s.display)}>{s.code}</a> {s.display}{' '}
              {s.billable ? <span class="badge ok">Billable</span> : null}{' '}
              <span class="muted">— {s.reasons.map((r) => REASON_LABELS[r.kind] ?? r.kind).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      {similar.total > items.length ? (
        <p>
          <a href={moreHref ?? similarMoreHref(similar.system, similar.code)}>All {similar.total} similar codes</a>
        </p>
      ) : null}
    </section>
  );
}
