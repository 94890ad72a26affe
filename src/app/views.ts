/** What the use-cases return. Adapters (JSON, FHIR, pages, CLI) turn these into their own shapes. */

import type { z } from 'zod';
import type { CodeSystemId } from '../domain/systems.js';
import type {
  AxisSchema,
  CodeRefSchema,
  CodeViewSchema,
  FactSchema,
  NoteSchema,
  ReleaseRefSchema,
  SevenCharSchema,
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
export type { MatchField } from '../features/search/index.js';

import type { MatchField } from '../features/search/index.js';

export interface SearchHit {
  system: CodeSystemId;
  code: string;
  display: string;
  billable: boolean;
  kind: string;
  score: number;
  /** Why the hit matched: the field and the text that matched ("index term "Attack, heart"", correction "alzimer→alzheimer"). */
  matched: Array<{ field: MatchField; text: string }>;
  /** Words of the query this code does not cover. */
  missing?: string[];
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  facets: { system: Partial<Record<CodeSystemId, number>> };
  /** Typo corrections applied, when exact terms found too little. */
  corrected?: Array<{ from: string; to: string }>;
  /** Words of the query that no code holds, even after correction. */
  unmatched?: string[];
  /** Set when the query is exactly one code of one system: adapters may jump straight to it. */
  exact?: { system: CodeSystemId; code: string };
}
