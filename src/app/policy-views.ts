/** What the policy use-cases return. Adapters (JSON, pages, CLI) turn these into their own shapes. */

/** Where a policy applies: Medicare national (NCD), Medicare local (LCD, article), another payer. */
export type PolicyScope = 'medicare-national' | 'medicare-local' | 'payer';

export interface PolicySummaryView {
  id: string;
  kind: string;
  /** "National Coverage Determination", "Local Coverage Determination", "Billing and coding article", "Payer policy". */
  kindLabel: string;
  scope: PolicyScope;
  payer: string;
  contractor: string | null;
  jurisdiction: string | null;
  states: string[];
  title: string;
  status: string | null;
  version: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  updatedOn: string | null;
  url: string | null;
}

/** How a code is tied to a policy, in words. "topic match" is never "listed". */
export interface PolicyLinkView {
  relation: 'covered' | 'not-covered' | 'listed' | 'topic';
  /** "covered", "not covered", "listed", "topic match". */
  relationLabel: string;
  /** The policy's code group ("icd10-covered group 1"), empty when none. */
  group: string;
  /** For codes found in the text: the text around the hit. */
  snippet: string | null;
  /** The range the code was expanded from ("63001-63048"). */
  viaRange: string | null;
  /** Topic matches: the share of the title's words found in the descriptor (0–1). */
  score: number | null;
  /** True when found in the document's text rather than in a code table. */
  fromText: boolean;
}

export interface CodePolicyEntry {
  policy: PolicySummaryView;
  links: PolicyLinkView[];
}

/** Policies under one heading: "Medicare national", a contractor, a payer. Newest first. */
export interface CodePolicyGroup {
  scope: PolicyScope;
  label: string;
  policies: CodePolicyEntry[];
}

export interface CodePoliciesView {
  system: string;
  code: string;
  display: string;
  /** Policies that list the code (in a code table or in their text), grouped. */
  listed: CodePolicyGroup[];
  /** Policies whose topic matches the code's descriptor: they do not list the code. */
  topicMatches: CodePolicyGroup[];
  counts: { listed: number; topicMatches: number };
}

export interface PolicyCodeView {
  system: string;
  code: string;
  display: string;
  link: PolicyLinkView;
}

export interface PolicyCodeGroupView {
  relation: PolicyLinkView['relation'];
  relationLabel: string;
  /** Group label ("icd10-covered group 1") or "" for codes found in the text / by topic. */
  group: string;
  /** The paragraph that explains the group, when the source has it. */
  paragraph: string | null;
  codes: PolicyCodeView[];
}

export interface PolicyView extends PolicySummaryView {
  /** Sanitised HTML of the policy text (safe to insert), when present. */
  html: string | null;
  /** Where the policy came from ("mcd-list", "mcd-tables", "payer-folder") and its release. */
  source: string;
  sourceRelease: string;
  codeGroups: PolicyCodeGroupView[];
  counts: { listed: number; topicMatches: number };
  /** Code-shaped tokens of the text that are not codes of the database (import report). */
  unmatchedMentions: string[];
}

export type CoverageAnswer = 'covered' | 'not-covered' | 'no-policy-found';

export interface CoverageCodeRef {
  system: string;
  code: string;
  display: string;
}

export interface CoveragePolicyView {
  policy: PolicySummaryView;
  /** What this policy says of the diagnosis for the procedure. */
  says: 'covered' | 'not-covered' | 'not-listed';
  procedureGroups: string[];
  diagnosisGroups: Array<{ group: string; relation: string; paragraph: string | null }>;
}

export interface CoverageView {
  procedure: CoverageCodeRef;
  diagnosis: CoverageCodeRef;
  contractor: string | null;
  answer: CoverageAnswer;
  /** One sentence saying how the answer was reached. */
  explanation: string;
  policies: CoveragePolicyView[];
}
