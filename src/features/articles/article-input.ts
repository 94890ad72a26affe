/**
 * What the composer is given: the facts the database holds about one code and the passages linked
 * to it. Plain data gathered by app/; the composer never reads the store.
 */
import type { ArticleKind, ArticleSource } from './article-model.js';

export interface FactInput {
  source: string;
  release: string;
  values: Record<string, string | number | null>;
}

export interface AxisInput {
  position: number;
  name: string;
  label: string;
  definition?: string;
  explanation?: string;
  includes?: string[];
}

export interface NoteInput {
  kind: string;
  text: string;
  /** Code that owns the note. */
  from: string;
  inherited: boolean;
  release: string;
}

/** A passage of a plain-language source linked to the code (or to a parent of it). */
export interface PassageInput {
  /** Section id it fills ("what", "symptoms", "summary", …). */
  section: string;
  text: string;
  source: ArticleSource;
  /** Set when the passage is linked to a parent category: its code and title. */
  about?: string;
}

/** Reviewed (imported) or machine-written (generated) text for a section; it replaces composed text. */
export interface OverrideInput {
  section: string;
  statements: string[];
  source: ArticleSource;
}

export interface ArticleInput {
  system: string;
  code: string;
  kind: ArticleKind;
  /** The official descriptor ('' when it may not be shown, such as CPT without a licence). */
  display: string;
  /** The short descriptor, when the code list has one. */
  shortDisplay?: string | null;
  /** The release of the code list the descriptor comes from ("FY2026"). */
  releaseLabel: string;
  facts: FactInput[];
  attributes: Record<string, unknown>;
  axes: AxisInput[];
  notes: NoteInput[];
  indexTerms: Array<{ text: string; release: string }>;
  passages: PassageInput[];
  overrides: OverrideInput[];
}
