/** What the use-cases return. Adapters (JSON, FHIR, pages, CLI) turn these into their own shapes. */
import type { CodeSystemId } from '../domain/systems.js';
import type { CodeStatusView, HistoryEventView } from './relation-views.js';

export interface ReleaseRef {
  id: string;
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface CodeRef {
  system: CodeSystemId;
  code: string;
  display: string;
  kind: string;
  billable: boolean;
}

export interface NoteView {
  kind: string;
  text: string;
  /** The code that owns the note: the code itself, or the ancestor it is inherited from. */
  from: string;
  inherited: boolean;
  /** The release of the tabular XML the note comes from ("FY2021"). */
  release: string;
}

export interface SevenCharView {
  character: string;
  label: string;
  from: string;
  release: string;
}

export interface AxisView {
  position: number;
  name: string;
  value: string;
  label: string;
  definition?: string;
  explanation?: string;
  includes?: string[];
}

export interface FactView {
  source: string;
  release: string;
  values: Record<string, string | number | null>;
}

export interface CodeView {
  system: CodeSystemId;
  systemLabel: string;
  code: string;
  display: string;
  shortDisplay: string | null;
  kind: string;
  billable: boolean;
  release: ReleaseRef;
  /** Is this the default (newest complete) release of the system? */
  current: boolean;
  parent: CodeRef | null;
  /** From the top of the hierarchy (chapter) down to the parent. */
  ancestors: CodeRef[];
  children: CodeRef[];
  childCount: number;
  notes: NoteView[];
  sevenCharacters?: SevenCharView[];
  axes?: AxisView[];
  attributes: Record<string, unknown>;
  facts: FactView[];
  /** Releases of this system in which the code appears (ids, oldest first). */
  releases: string[];
  /** Why the descriptor is empty, when it is (CPT without a licensed descriptor file). */
  descriptorNotice?: string;
  /** CPT without a licensed descriptor: a public category label (never the descriptor) and what it is built from. */
  publicLabel?: { text: string; sources: string[] };
  /** Set for a deleted code (shown from the newest release holding it) or one a newer change list deletes. */
  status?: CodeStatusView;
  /** Changes newer than the release shown (change lists such as FY2027), with their effective dates. */
  laterChanges?: HistoryEventView[];
}

export interface SystemView {
  system: CodeSystemId;
  label: string;
  description: string;
  uri: string;
  release: ReleaseRef | null;
  codes: number;
  billable: number;
}

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

export type MatchField =
  | 'code'
  | 'code-prefix'
  | 'code-range'
  | 'title'
  | 'index'
  | 'inclusion'
  | 'synonym'
  | 'abbreviation'
  | 'correction';

export interface SearchHit {
  system: CodeSystemId;
  code: string;
  display: string;
  billable: boolean;
  kind: string;
  score: number;
  /** Why the hit matched: the field and the text that matched ("index term "Attack, heart"", correction "alzimer→alzheimer"). */
  matched: Array<{ field: MatchField; text: string }>;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  facets: { system: Partial<Record<CodeSystemId, number>> };
  /** Typo corrections applied, when exact terms found too little. */
  corrected?: Array<{ from: string; to: string }>;
  /** Set when the query is exactly one code of one system: adapters may jump straight to it. */
  exact?: { system: CodeSystemId; code: string };
}
