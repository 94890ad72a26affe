/**
 * What source plug-ins yield and the store writes. Plain data: no file formats, no tables.
 */
import type { CodeSystemId } from './systems.js';

/** How a node sits in its system's hierarchy. Grouping nodes are not counted as codes. */
export type NodeKind =
  | 'chapter' // ICD-10-CM chapter; CPT/HCPCS section (grouping)
  | 'section' // ICD-10-CM block such as E08-E13; PCS section / body system (grouping)
  | 'range' // HCPCS/CPT code range (grouping)
  | 'header' // an entry of the official list that is not valid for submission (category, PCS table)
  | 'code' // an entry valid for submission (billable leaf)
  | 'modifier'; // HCPCS Level II modifier

export const GROUPING_KINDS: readonly NodeKind[] = ['chapter', 'section', 'range'];

/** A release of a code system, e.g. ICD-10-CM FY2026. */
export interface ReleaseRecord {
  type: 'release';
  system: CodeSystemId;
  /** Stable id: "2026" for fiscal-year systems, "2025-10" for quarterly HCPCS. */
  release: string;
  label: string; // "FY2026"
  effectiveFrom: string; // ISO date
  effectiveTo: string | null;
  /** False for change lists and partial files: they never become the default. */
  complete: boolean;
}

/** One official file read, with what was found in it. */
export interface SourceFileRecord {
  type: 'file';
  system: CodeSystemId;
  release: string;
  /** Path relative to the sources folder (zip members as "a.zip!/member.txt"). */
  path: string;
  size: number;
  sha256: string;
  /** What the file is: "order", "tabular", "index", "drug", "tables", "definitions", … */
  role: string;
  /** Counts of what was parsed from it, by record kind. */
  counts: Record<string, number>;
  /** Things that could not be used, each naming the place. */
  problems: string[];
}

export interface CodeRecord {
  type: 'code';
  system: CodeSystemId;
  release: string;
  /** Normalized key: upper case, no dot (E119, 0SRC0JZ). For grouping nodes an id such as "CH4", "E08-E13". */
  key: string;
  /** Display form (E11.9). */
  code: string;
  kind: NodeKind;
  display: string;
  shortDisplay: string | null;
  billable: boolean;
  /** Key of the parent node, null at the top. */
  parent: string | null;
  /** Position in the official order (order-file number, document order). */
  order: number;
  /** System-specific facts (HCPCS coverage code, BETOS, dates, …). JSON-serialisable. */
  attributes?: Record<string, unknown>;
}

export type NoteKind =
  | 'inclusionTerm'
  | 'includes'
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso'
  | 'notes'
  | 'sevenChrNote';

/** A tabular note owned by a code (or a chapter/section key), from a release of the XML. */
export interface NoteRecord {
  type: 'note';
  system: CodeSystemId;
  /** The release of the XML the note comes from. */
  sourceRelease: string;
  key: string;
  kind: NoteKind;
  text: string;
  order: number;
}

/** A 7th-character definition owned by a category or subcategory. */
export interface SevenCharRecord {
  type: 'sevenChar';
  system: CodeSystemId;
  sourceRelease: string;
  key: string;
  character: string;
  label: string;
}

export type TermKind =
  | 'index' // alphabetic index term path
  | 'drug' // table of drugs and chemicals
  | 'neoplasm' // table of neoplasms
  | 'eindex' // external cause index
  | 'pcsIndex' // ICD-10-PCS index
  | 'synonym'; // other sources

/** A search term that leads to a code. */
export interface TermRecord {
  type: 'term';
  system: CodeSystemId;
  sourceRelease: string;
  /** Code key the term points to (may be a partial code such as a category). */
  key: string;
  kind: TermKind;
  /** The full term, subterms joined with ", " after their parents ("Infarct, myocardial, acute"). */
  text: string;
  /** Extra detail: column heading for table cells, "see"/"see also" targets, nonessential modifiers. */
  detail?: string;
}

/** The label of one character value of an ICD-10-PCS code at one position, in the context of a prefix. */
export interface AxisRecord {
  type: 'axis';
  system: 'icd10pcs';
  sourceRelease: string;
  /** The code prefix the label applies to: positions 1–3 use the preceding characters; 4–7 use the 3-character table. */
  prefix: string;
  position: number; // 1..7
  /** Axis name as the tables XML gives it ("Body Part", "Approach", …). */
  name: string;
  value: string;
  label: string;
}

/** An ICD-10-PCS definitions entry: one term of one axis of one section. */
export interface DefinitionRecord {
  type: 'definition';
  system: 'icd10pcs';
  sourceRelease: string;
  section: string; // "0"
  position: number; // axis position
  axisName: string;
  /** The label as it appears in the tables ("Replacement", "Open"). */
  term: string;
  definition: string | null;
  explanation: string | null;
  includes: string[];
}

export type SourceRecord =
  | ReleaseRecord
  | SourceFileRecord
  | CodeRecord
  | NoteRecord
  | SevenCharRecord
  | TermRecord
  | AxisRecord
  | DefinitionRecord
  | FactRecord;

/**
 * A fact CMS publishes about a code in a payment or edit file (fee schedule, physician time, OPPS),
 * kept apart from the code list because it may speak of codes of several systems (CPT and HCPCS).
 */
export interface FactRecord {
  type: 'fact';
  /** The code system the code belongs to, decided by its shape. */
  system: CodeSystemId;
  key: string;
  /** Which file family: "pfs-rvu", "pfs-time", "opps-addb", … */
  source: string;
  /** Release of that file ("2025-10", "CY2025", "2023-01"). */
  sourceRelease: string;
  /** All columns of the row that are facts (never descriptor text), by a stable camelCase name. */
  values: Record<string, string | number | null>;
}
