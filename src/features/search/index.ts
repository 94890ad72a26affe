/**
 * The search feature (docs/search-ranking.md): what the rest of the code may use. Its tables,
 * build steps, queries and ranking all live in this folder; the one tokeniser and stemmer it
 * shares with similar codes and policy topics is src/core/text.ts.
 */

export { ABBREVIATIONS } from './abbreviations.js';
export { autocomplete as suggest, type Suggestion } from './autocomplete.js';
export { SEARCH_STEPS, searchBuild } from './build.js';
export type { SynonymRow } from './build-lexicon-links.js';
export { abbreviationPairs } from './build-vocab.js';
export { type EngineHit, type EngineResult, type SearchContext, search, searchContext, warmSearch } from './engine.js';
export { PostingsReader } from './postings.js';
export { heavyPrefixes, PREFIX_TOP, PREFIX_TOP_TABLE, scoreLonePrefix, storedPrefixTop } from './prefix-top.js';
export { MAX_QUERY_CHARS, parseQuery } from './query.js';
export { negations, wordParts } from './query-groups.js';
export { MATCH_FIELDS, type MatchField } from './rank.js';
export { STATEMENT_CACHE } from './reader.js';
export { LEXICON_TABLE, POSTINGS_TABLE, SEARCH_TABLES } from './schema.js';
export { AUTOCOMPLETE_CACHE, autocomplete, autocompleteCacheSize, searchCodes } from './search-codes.js';
export { editDistance, Speller } from './spelling.js';
export { BODY_PARTS, LAY_WORDS, PHRASES, PROCEDURE_SUFFIXES, PROCEDURE_WORDS } from './vocabulary.js';
