/**
 * Row shapes the read queries return (snake_case columns mapped to camelCase). Where a row is its
 * record (core/records.ts) less some fields, it is declared as such, so that the two cannot drift.
 */
import type { AxisRecord, DefinitionRecord, FactRecord, SevenCharRecord, SourceFileRecord } from '../../core/records.js';

export interface ReleaseRow {
  system: string;
  release: string;
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  complete: boolean;
  isDefault: boolean;
  codes: number;
  billable: number;
}

export interface CodeRow {
  id: number;
  system: string;
  release: string;
  key: string;
  code: string;
  kind: string;
  display: string;
  shortDisplay: string | null;
  billable: boolean;
  parent: string | null;
  depth: number;
  path: string;
  attributes: Record<string, unknown>;
}

export interface NoteRow {
  key: string;
  kind: string;
  text: string;
  sourceRelease: string;
}

export type SevenCharRow = Pick<SevenCharRecord, 'key' | 'character' | 'label' | 'sourceRelease'>;

export type AxisRow = Pick<AxisRecord, 'prefix' | 'position' | 'name' | 'value' | 'label'>;

export type DefinitionRow = Omit<DefinitionRecord, 'type' | 'system' | 'sourceRelease'>;

export type FactRow = Pick<FactRecord, 'source' | 'sourceRelease' | 'values'>;

export interface TermRow {
  kind: string;
  text: string;
  detail: string | null;
  sourceRelease: string;
}

export type SourceFileRow = Omit<SourceFileRecord, 'type'>;
