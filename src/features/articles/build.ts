/**
 * Articles' part of a build (docs/articles.md): the passage writer, the links of passages to
 * codes once the search index is in, and the reviewed and generated texts of the database being
 * replaced, carried over (they are operator work, not derived from the source files).
 */
import { existsSync } from 'node:fs';
import type { FeatureBuild } from '../../db/writer.js';
import { SEARCH_STEPS } from '../search/index.js';
import { linkArticlePassages, passageWriter } from './passages.js';
import { carryArticleTexts } from './tables.js';

export const articlesBuild: FeatureBuild = {
  name: 'articles',
  writers: (db) => ({ passage: passageWriter(db) }),
  steps: [
    { name: 'article passage links', after: [SEARCH_STEPS.index], run: ({ db }) => linkArticlePassages(db) },
    {
      name: 'keeping reviewed article texts',
      after: ['article passage links'],
      outsideTransaction: true,
      run: ({ db, target }) => carryArticleTexts(db, target, existsSync),
    },
  ],
};
