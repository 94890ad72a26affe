/** Worker thread: lay-term links of the lexicon concepts (features/search/build-lexicon-links.ts), from the committed build file. */
import { indexDocs, lexiconSynonyms, rankDocs, type SynonymRow } from '../../features/search/index.js';
import { serveStoreTask } from './task.js';

serveStoreTask<SynonymRow[]>((db) => {
  const ranked = rankDocs(db);
  return lexiconSynonyms(db, ranked, indexDocs(ranked));
});
