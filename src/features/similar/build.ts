/**
 * Similar codes' part of a build: the text neighbours of every default-release code, computed on
 * the committed file beside the build thread once the lay-term links are known, then written.
 */
import type { FeatureBuild } from '../../db/writer.js';
import { SEARCH_STEPS } from '../search/index.js';
import { type SimilarTextResult, writeSimilarText } from './text.js';

export const similarBuild: FeatureBuild = {
  name: 'similar',
  steps: [
    {
      name: 'similar codes by text',
      after: [SEARCH_STEPS.layTerms],
      snapshot: {
        module: new URL('./text.ts', import.meta.url),
        exportName: 'computeSimilarText',
        input: (results) => results.get(SEARCH_STEPS.layTerms),
      },
    },
    {
      name: 'writing similar codes',
      after: ['similar codes by text'],
      run: ({ db, results }) => {
        const similar = writeSimilarText(db, results.get('similar codes by text') as SimilarTextResult[]);
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('similar_text', JSON.stringify(similar));
      },
    },
  ],
};
