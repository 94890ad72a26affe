/**
 * Search's part of a build (docs/search-ranking.md): the lexicon writer and the index steps. The
 * lay-term links read the committed code lists beside the build thread (a snapshot step), while the
 * documents are ranked and written; terms and postings wait for both.
 */
import type { LexiconRecord } from '../../core/records.js';
import type { FeatureBuild } from '../../db/writer.js';
import { fillSearchDocs, fillSearchTerms } from './build-index.js';
import type { SynonymRow } from './build-lexicon-links.js';
import type { DocIndex } from './build-terms.js';

/** Step names other features run after. */
export const SEARCH_STEPS = {
  layTerms: 'lay-term links',
  /** The search index is complete. */
  index: 'search terms and postings',
} as const;

export function searchBuild(codeSteps: { codesFinal: string; hierarchy: string }): FeatureBuild {
  return {
    name: 'search',
    writers: (db) => {
      const lexicon = db.prepare(
        'INSERT INTO lexicon (source, source_release, concept, label, term, url, targets) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      return {
        lexicon: (r: LexiconRecord) => {
          for (const term of [r.label, ...r.terms])
            lexicon.run(r.source, r.sourceRelease, r.concept, r.label, term, r.url, JSON.stringify(r.targets));
        },
      };
    },
    steps: [
      {
        name: SEARCH_STEPS.layTerms,
        after: [codeSteps.codesFinal],
        snapshot: { module: new URL('./build-index.ts', import.meta.url), exportName: 'lexiconSynonymsOfFile' },
      },
      { name: 'search documents', after: [codeSteps.hierarchy], run: ({ db }) => fillSearchDocs(db) },
      {
        name: SEARCH_STEPS.index,
        after: ['search documents', SEARCH_STEPS.layTerms],
        run: ({ db, results, onStep }) => {
          const { docs } = results.get('search documents') as { docs: DocIndex };
          fillSearchTerms(db, docs, results.get(SEARCH_STEPS.layTerms) as SynonymRow[], onStep);
        },
      },
      {
        name: 'search index checks',
        after: [SEARCH_STEPS.index],
        check: true,
        snapshot: { module: new URL('./build-index.ts', import.meta.url), exportName: 'checkSearchIndex' },
      },
    ],
  };
}
