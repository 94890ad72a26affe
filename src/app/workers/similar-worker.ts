/** Worker thread: the text neighbours of every default-release code, from the committed build file. */
import type { SynonymRow } from '../../features/search/index.js';
import { computeSimilarText, type SimilarTextResult } from '../../store/similar-text.js';
import { serveStoreTask } from './task.js';

serveStoreTask<SimilarTextResult[], { synonyms: SynonymRow[] }>((db, { synonyms }) => computeSimilarText(db, synonyms));
