/** Worker thread: lay-term links of the lexicon concepts (store/search-lexicon.ts), from the committed build file. */
import { indexDocs, rankDocs } from '../../store/search-index.js';
import { lexiconSynonyms, type SynonymRow } from '../../store/search-lexicon.js';
import { serveStoreTask } from './task.js';

serveStoreTask<SynonymRow[]>((db) => {
  const ranked = rankDocs(db);
  return lexiconSynonyms(db, ranked, indexDocs(ranked));
});
