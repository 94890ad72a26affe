/** The codes feature: what the rest of the code may use. */

export { type BrowseNode, type BrowseView, browse, sitemapEntries, sitemapPages } from './browse.js';
export { CODE_STEPS, codesBuild } from './build.js';
export { type BuildReportSummary, buildIdOf, type DataView, dataInfo, health, listReleases, listSystems, stats } from './catalog.js';
export type { CheckReport } from './checks.js';
export { resolveCode } from './code-resolve.js';
export { deletionOf, eventView } from './code-status.js';
export { type ConceptConditions, compiledPatterns, conceptPage, conceptsAmong, countConcepts, MAX_COMPILED_PATTERNS } from './concepts.js';
export { cptCurrency, cptSourceNames, dayAfter } from './cpt-currency.js';
export { cptLabelsOf } from './cpt-labels.js';
export { PATH_SEPARATOR } from './hierarchy.js';
export {
  type AddonEditRow,
  addonsOfPrimary,
  codeHistory,
  type HistoryRow,
  primariesOfAddon,
  type ReplacementRow,
  replacedCodes,
  replacingCodes,
} from './lifecycle.js';
export { candidateKeys, findCodeInAnySystem, lookupCode, parseSystem } from './lookup.js';
export { ReadStore } from './reader.js';
export type { CodeRow, ReleaseRow } from './rows.js';
export { CODE_HISTORY_TABLES, CODE_TABLES } from './schema.js';
export {
  AutocompleteSchema,
  CodeRefSchema,
  type CodeStatusSchema,
  CodeViewSchema,
  HistoryEventSchema,
  NoteSchema,
  orNull,
  ReleaseRefSchema,
  ReleaseViewSchema,
  SearchResultSchema,
  SystemViewSchema,
} from './view-schemas.js';
export type {
  AutocompleteView,
  CodeRef,
  CodeStatusView,
  CodeView,
  FactView,
  HistoryEventView,
  MatchField,
  NoteView,
  ReleaseRef,
  SearchHit,
  SearchRequest,
  SearchResult,
  SystemView,
} from './views.js';
