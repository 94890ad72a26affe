/**
 * What source plug-ins yield and the store writes. Plain data: no file formats, no tables.
 */
import type { CrosswalkSystemId } from './crosswalk-systems.js';
import type { CodeSystemId } from './systems.js';

/** What a source plug-in reads: a code system, or the coverage policies that speak of codes. */
export type SourceId = CodeSystemId | 'policies';

/** How a node sits in its system's hierarchy. Grouping nodes are not counted as codes. */
type NodeKind =
  | 'chapter' // ICD-10-CM chapter; CPT/HCPCS section (grouping)
  | 'section' // ICD-10-CM block such as E08-E13; PCS section / body system (grouping)
  | 'range' // HCPCS/CPT code range (grouping)
  | 'header' // an entry of the official list that is not valid for submission (category, PCS table)
  | 'code' // an entry valid for submission (billable leaf)
  | 'modifier'; // HCPCS Level II modifier

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
  /** The code system, or 'policies' for the coverage-policy sources (see PolicyRecord). */
  system: SourceId;
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
  | FactRecord
  | CrosswalkRecord
  | HccMappingRecord
  | CodeChangeRecord
  | ReplacementRecord
  | LexiconRecord
  | PolicyRecord
  | PolicyCodeRecord
  | PolicyGroupRecord
  | PassageRecord;

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

/**
 * One row of a General Equivalence Mapping (GEM): a code of one system and the code it maps to in
 * another, with the five GEM flags spelled out. A "no map" row has no target.
 */
export interface CrosswalkRecord {
  type: 'crosswalk';
  /** The map the row belongs to: "gem-cm" (diagnoses) or "gem-pcs" (procedures). */
  source: string;
  /** Vintage of the file ("FY2016", "FY2018"). */
  sourceRelease: string;
  fromSystem: CrosswalkSystemId;
  fromKey: string;
  toSystem: CrosswalkSystemId;
  /** Null when the row says "no map" (NoDx, NoPCS, NoI9). */
  toKey: string | null;
  /** Flags as published; null when the file gives pairs without flags. */
  approximate: boolean | null;
  noMap: boolean;
  combination: boolean | null;
  /** Scenario number of a combination entry (0 when not a combination). */
  scenario: number | null;
  /** Choice list number within the scenario (0 when not a combination). */
  choiceList: number | null;
  /** The five flag digits as published ("10111"), null when the file has none. */
  flags: string | null;
}

/** An ICD-10-CM code's category in one risk adjustment model (CMS-HCC V24, V28, ESRD, RxHCC). */
export interface HccMappingRecord {
  type: 'hccMapping';
  system: 'icd10cm';
  key: string;
  /** Payment year and edition of the mapping file ("PY2026 initial"). */
  sourceRelease: string;
  /** Model as the file names it ("CMS-HCC V28", "CMS-HCC ESRD V24", "RxHCC V08"). */
  model: string;
  /** Category number in that model ("38"). */
  category: string;
  /** Whether the file says the code also mapped in the previous payment year's model, when it says. */
  inPreviousYear: boolean | null;
}

export type CodeChangeKind = 'added' | 'deleted' | 'revised' | 'billable-changed' | 'changed';

/**
 * A change to a code published in a change list (not a complete release): e.g. FY2027 deletions,
 * title revisions and billable-status changes effective 2026-10-01.
 */
export interface CodeChangeRecord {
  type: 'change';
  system: CodeSystemId;
  /** The release the change belongs to ("2027"); a release record with complete: false names it. */
  release: string;
  key: string;
  code: string;
  change: CodeChangeKind;
  effectiveDate: string;
  displayBefore: string | null;
  displayAfter: string | null;
  billableBefore: boolean | null;
  billableAfter: boolean | null;
  /** Where the change is published ("fy2027-changes/deleted.csv"). */
  source: string;
}

/** A new code and one of the codes it replaced (CDC ICD-10-CM conversion table). */
export interface ReplacementRecord {
  type: 'replacement';
  system: CodeSystemId;
  newKey: string;
  /** The old code, or the first code of a range of old codes. */
  oldKey: string;
  /** The last code of a range of old codes ("H02.101-H02.106"), null for a single code or category. */
  oldKeyEnd: string | null;
  /** When the new code took effect (October 1 of the year listed, or the date given). */
  effectiveDate: string;
  /** The conversion table's edition ("FY2026"). */
  sourceRelease: string;
}

/**
 * A concept of a consumer or indexing vocabulary (MeSH descriptor, MedlinePlus topic, MedQuAD
 * focus) with its names. It names no code: the search index build links it to codes by the rules
 * of docs/search-ranking.md ("Lay terms").
 */
export interface LexiconRecord {
  type: 'lexicon';
  source: 'mesh' | 'medlineplus' | 'medquad';
  sourceRelease: string;
  /** Stable id: MeSH descriptor id ("D009203"), topic or document URL. */
  concept: string;
  /** The preferred name. */
  label: string;
  /** Other names: entry terms, synonyms (the label is not repeated). */
  terms: string[];
  /** Where the names can be read (cited with each synonym). */
  url: string;
  /** Concepts of another vocabulary this one is filed under (MeSH ids of a MedlinePlus topic). */
  targets: string[];
}

/** Which kind of document a policy is. */
export type PolicyKind = 'ncd' | 'lcd' | 'article' | 'payer';

/**
 * A coverage policy: a Medicare NCD, LCD or billing article, or a payer's own policy document.
 * Several sources may describe the same policy (the MCD list, the MCD download tables, the
 * Coverage API): the store keeps the one with the highest `rank`.
 */
export interface PolicyRecord {
  type: 'policy';
  /** Stable id used in addresses: "L36668", "A52369", "NCD220.6", "acme-health--spinal-surgery". */
  id: string;
  kind: PolicyKind;
  /** "Medicare" or the payer's name. */
  payer: string;
  /** Medicare contractor (MAC) name, for LCDs and articles. */
  contractor: string | null;
  /** Contractor type or jurisdiction ("MAC - Part A, MAC - Part B", "J15"). */
  jurisdiction: string | null;
  /** State abbreviations the policy applies in (empty: unknown or national). */
  states: string[];
  title: string;
  /** 'active', 'future' or 'retired' (null when the source does not say). */
  status: string | null;
  version: string | null;
  effectiveFrom: string | null;
  /** Retirement or end date. */
  effectiveTo: string | null;
  /** Date of the source's last update of the document. */
  updatedOn: string | null;
  url: string | null;
  /** Sanitised HTML of the policy text, when the source has the text. */
  html: string | null;
  /** Plain text of the policy. */
  text: string | null;
  /** Where the record came from: "mcd-list", "mcd-tables", "payer-folder". */
  source: string;
  sourceRelease: string;
  sourcePath: string;
  /** Precedence when several sources describe the same id: higher wins. */
  rank: number;
  /** Other facts (contractor number, article type, file type, …). JSON-serialisable. */
  attributes?: Record<string, unknown>;
}

/** How a policy relates to a code. 'topic' links are made at build time, never by a source. */
type PolicyRelation = 'covered' | 'not-covered' | 'listed' | 'topic';

/**
 * A code (or a range of codes) a policy names. Codes are checked against the code lists when the
 * database is finished: unknown codes are dropped, ranges are expanded to the codes they span.
 */
export interface PolicyCodeRecord {
  type: 'policyCode';
  policyId: string;
  /** The system the source table names (null: every system whose code shape fits). */
  system: CodeSystemId | null;
  /** Normalised key of the code, or of the first code of a range. */
  key: string;
  /** Last code of a range (normalised), or null. */
  keyTo: string | null;
  relation: Exclude<PolicyRelation, 'topic'>;
  /** The group the code comes from ("hcpcs group 1", "icd10 covered group 2"), or null. */
  group: string | null;
  /** For codes found in the text: the text around the hit. */
  snippet: string | null;
  /** True when the code was found in the text rather than in a code table. */
  extracted: boolean;
}

/** A code group of a policy and the paragraph that explains it. */
export interface PolicyGroupRecord {
  type: 'policyGroup';
  policyId: string;
  /** Same label the PolicyCodeRecords carry in `group`. */
  group: string;
  /** 'hcpcs', 'icd10-covered', 'icd10-noncovered'. */
  table: string;
  /** Plain text of the group's paragraph. */
  text: string;
}

/**
 * A passage of a plain-language source (a MedlinePlus topic summary, a MeSH scope note, a MedQuAD
 * answer) for the articles (docs/articles.md). It names no code: the build links it to codes by the
 * documented rules of src/features/articles/passages.ts.
 */
export interface PassageRecord {
  type: 'passage';
  source: 'medlineplus' | 'mesh' | 'medquad';
  sourceRelease: string;
  /** MeSH descriptor id, topic URL or MedQuAD document URL. */
  concept: string;
  title: string;
  /** Every name the passage is about (title, synonyms, MeSH entry terms); used for linking. */
  names: string[];
  /** MeSH descriptor ids the passage is filed under (its own for a scope note). */
  mesh: string[];
  /** 'overview' (summaries, scope notes) or the MedQuAD question type's section: symptoms, causes, diagnosis, treatment, outlook. */
  section: string;
  text: string;
  url: string | null;
  /** Date of the text when the source gives one. */
  date: string | null;
}

/** A yes/no/unknown flag as SQLite stores it: 1, 0 or NULL. */
export function flag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

/** A flag as read back: 1, 0 or NULL as true, false or null (the inverse of flag()). */
export function flagOf(value: unknown): boolean | null {
  return value === null || value === undefined ? null : value === 1;
}

/** A nullable column as read back: its text, or null. */
export function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
