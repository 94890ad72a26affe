/** What the use-cases return. Adapters (JSON, FHIR, pages, CLI) turn these into their own shapes. */

import type { z } from 'zod';
import type { CodeSystemId } from '../../core/systems.js';
import type {
  AutocompleteSchema,
  AxisSchema,
  CodeRefSchema,
  CodeStatusSchema,
  CodeViewSchema,
  FactSchema,
  HistoryEventSchema,
  NoteSchema,
  ReleaseRefSchema,
  SearchHitSchema,
  SearchResultSchema,
  SevenCharSchema,
  SuggestionSchema,
  SystemViewSchema,
} from './view-schemas.js';

/** Inferred from the zod schemas in view-schemas.ts: one declaration for the types and the API document. */
export type ReleaseRef = z.infer<typeof ReleaseRefSchema>;
export type CodeRef = z.infer<typeof CodeRefSchema>;
export type NoteView = z.infer<typeof NoteSchema>;
export type SevenCharView = z.infer<typeof SevenCharSchema>;
export type AxisView = z.infer<typeof AxisSchema>;
export type FactView = z.infer<typeof FactSchema>;
export type CodeView = z.infer<typeof CodeViewSchema>;
export type SystemView = z.infer<typeof SystemViewSchema>;

export interface StatsView {
  systems: Array<{ system: string; release: string; codes: number; billable: number }>;
  sources: Array<{ system: string; release: string; path: string; size: number; sha256: string; role: string }>;
}

/** A search request, already validated by the adapter (limits applied). */
export interface SearchRequest {
  q: string;
  /** Restrict to these systems (empty or absent: every system). */
  systems?: CodeSystemId[];
  /** Only codes valid for submission. */
  billable?: boolean;
  /** A release id of the one system searched (default: the default release of each system). */
  release?: string;
  /** Restrict to the subtree of this node key (chapter, section, category). */
  within?: string;
  limit: number;
  offset: number;
}

/** Why a hit matched: declared by the search feature (docs/search-ranking.md, "Why a hit matched"). */
export type { MatchField } from '../../core/match-fields.js';

/** One search hit; CPT hits without a licensed descriptor carry their public category label. */
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
/** One autocomplete suggestion, and the answer of GET /api/v1/autocomplete. */
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type AutocompleteView = z.infer<typeof AutocompleteSchema>;

/** A code-history event as pages and the API show it. */
export type HistoryEventView = z.infer<typeof HistoryEventSchema>;
/** Whether a code is deleted, since when, and what replaced it. */
export type CodeStatusView = z.infer<typeof CodeStatusSchema>;
