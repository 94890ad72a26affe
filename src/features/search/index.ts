/**
 * The search feature (docs/search-ranking.md): what the rest of the code may use. Its tables,
 * build steps, queries and ranking all live in this folder; the one tokeniser and stemmer it
 * shares with similar codes and policy topics is src/core/text.ts.
 */
export { autocomplete, type Suggestion } from './autocomplete.js';
export { fillSearchIndex, indexDocs, rankDocs } from './build-index.js';
export { lexiconSynonyms, type SynonymRow } from './build-lexicon-links.js';
export { type EngineHit, type EngineResult, type SearchContext, search, searchContext, warmSearch } from './engine.js';
export { PREFIX_TOP_TABLE } from './prefix-top.js';
export { MAX_QUERY_CHARS } from './query.js';
export { MATCH_FIELDS, type MatchField } from './rank.js';
export { POSTINGS_TABLE, SEARCH_TABLES } from './schema.js';
