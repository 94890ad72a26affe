/** What the crosswalk, history, validation and similar-code use-cases return. */
import type { z } from 'zod';
import type { CrosswalkSystemId } from '../domain/crosswalk-systems.js';
import type { CodeSystemId } from '../domain/systems.js';
import type { CodeStatusSchema, HistoryEventSchema } from './view-schemas.js';

/** A code of a crosswalk target: ICD-9 codes have no descriptor in the database (display null). */
export interface CrosswalkCodeRef {
  system: CrosswalkSystemId;
  code: string;
  display: string | null;
  /** False when the code is not in the default release of its system (deleted or never there). */
  current: boolean | null;
}

/** One GEM row, flags spelled out. */
export interface CrosswalkEntry {
  target: CrosswalkCodeRef | null;
  approximate: boolean | null;
  noMap: boolean;
  combination: boolean | null;
  scenario: number | null;
  choiceList: number | null;
  flags: string | null;
  /** The flags in words ("approximate", "no map", "combination: scenario 1, choice list 2"). */
  meaning: string;
  source: string;
  sourceRelease: string;
}

export interface CrosswalkDirection {
  from: CrosswalkSystemId;
  to: CrosswalkSystemId;
  /** "forward": the GEM of this direction lists the code as a source; "reverse": the code is a target of the other direction's GEM. */
  direction: 'forward' | 'reverse';
  entries: CrosswalkEntry[];
}

export interface HccView {
  model: string;
  category: string;
  release: string;
  inPreviousYear: boolean | null;
}

export interface AddonEditView {
  code: string;
  system: string;
  display: string | null;
  editType: string | null;
  editTypeMeaning: string;
  effectiveDate: string | null;
  deletionDate: string | null;
  notes: string | null;
  release: string;
}

export interface MueView {
  unitsPerDay: number | null;
  adjudicationIndicator: number | null;
  adjudicationText: string | null;
  rationale: string | null;
  release: string;
}

export interface CrosswalksView {
  system: CodeSystemId;
  code: string;
  gems: CrosswalkDirection[];
  hcc: HccView[];
  /** For an add-on code: the primary codes it may be reported with. */
  primaryCodes: AddonEditView[];
  /** For a primary code: the add-on codes reported with it. */
  addOnCodes: AddonEditView[];
  mue: MueView | null;
}

export interface TranslationView {
  from: CrosswalkCodeRef;
  to: CrosswalkSystemId | 'hcc';
  direction: 'forward' | 'reverse' | 'hcc';
  mappings: CrosswalkEntry[];
  hcc?: HccView[];
  note: string;
}

/** Inferred from view-schemas.ts (also part of the code view's laterChanges). */
export type HistoryEventView = z.infer<typeof HistoryEventSchema>;

export interface ReplacementView {
  code: string;
  /** Last code of a range of old codes. */
  codeEnd: string | null;
  effectiveDate: string;
  source: string;
}

export interface HistoryView {
  system: CodeSystemId;
  code: string;
  display: string;
  /** Releases holding the code, oldest first. */
  releases: Array<{ id: string; label: string }>;
  /** The oldest release in the database: an older "added" date is not known. */
  firstRelease: string | null;
  status: 'current' | 'deleted' | 'deleted-pending';
  events: HistoryEventView[];
  /** The old codes this code replaced (CDC conversion table). */
  replaced: ReplacementView[];
  /** The new codes that replaced this code. */
  replacedBy: ReplacementView[];
}

export interface ValidationView {
  system: CodeSystemId;
  code: string;
  date: string;
  /** `valid` = valid on the date; `not-valid`; `unknown` = the database cannot tell (no release held covers the date, or the code is only partly known). */
  answer: 'valid' | 'not-valid' | 'unknown';
  valid: boolean;
  billable: boolean;
  /** The release in force on the date (id and label), null when none is. */
  release: { id: string; label: string } | null;
  reason: string;
  /** Warnings a biller should see even when the answer is valid (e.g. not in the current fee-schedule file). */
  flags: string[];
}

export type SimilarReasonKind = 'sibling' | 'cousin' | 'text' | 'crosswalk' | 'policy';

export interface SimilarCodeView {
  system: CodeSystemId;
  code: string;
  display: string;
  billable: boolean;
  kind: string;
  score: number;
  reasons: Array<{ kind: SimilarReasonKind; detail: string }>;
}

export interface SimilarView {
  system: CodeSystemId;
  code: string;
  total: number;
  items: SimilarCodeView[];
}

/** A deleted code's page: when it left and what replaced it (inferred from view-schemas.ts). */
export type CodeStatusView = z.infer<typeof CodeStatusSchema>;
