/** Row shapes the read queries return (snake_case columns mapped to camelCase). */
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

export interface SevenCharRow {
  key: string;
  character: string;
  label: string;
  sourceRelease: string;
}

export interface AxisRow {
  prefix: string;
  position: number;
  name: string;
  value: string;
  label: string;
}

export interface DefinitionRow {
  section: string;
  position: number;
  axisName: string;
  term: string;
  definition: string | null;
  explanation: string | null;
  includes: string[];
}

export interface FactRow {
  source: string;
  sourceRelease: string;
  values: Record<string, string | number | null>;
}

export interface TermRow {
  kind: string;
  text: string;
  detail: string | null;
  sourceRelease: string;
}

export interface SourceFileRow {
  system: string;
  release: string;
  path: string;
  size: number;
  sha256: string;
  role: string;
  counts: Record<string, number>;
  problems: string[];
}
