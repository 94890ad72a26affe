/**
 * The three sections of the page the product started from, in its order: the plain-language
 * article, the related health-plan policies and the similar codes. Until their features land each
 * shows an honest empty state (never filler text).
 */
import type { CodeView } from '../../app/views.js';
import { nodeHref } from './paths.js';

export function ArticleSection({ subject }: { subject: string }) {
  return (
    <section aria-labelledby="article-title" class="empty-section">
      <h2 id="article-title">In plain language</h2>
      <p class="empty">
        No plain-language article about {subject} is available yet. Articles here are written only from cited public sources (CMS, NIH,
        MedlinePlus, the official code-set files); where no source covers a topic the page will say so rather than guess.
      </p>
    </section>
  );
}

export function PoliciesSection({ subject }: { subject: string }) {
  return (
    <section aria-labelledby="policies-title" class="empty-section">
      <h2 id="policies-title">Medical Policies and Guidelines for {subject}</h2>
      <h3>Related policies from health plans</h3>
      <p class="empty">No Medicare coverage determinations, billing articles or health-plan policies are linked to this code yet.</p>
    </section>
  );
}

export function SimilarSection({ view }: { view: CodeView }) {
  return (
    <section aria-labelledby="similar-title" class="empty-section">
      <h2 id="similar-title">Similar Codes</h2>
      <p class="empty">
        Similar codes are not listed yet.
        {view.parent ? (
          <>
            {' '}
            The other codes under <a href={nodeHref(view.parent)}>{view.parent.code}</a> are the closest relatives.
          </>
        ) : null}
      </p>
    </section>
  );
}
