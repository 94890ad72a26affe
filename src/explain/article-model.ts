/**
 * The plain-language article of a code: fixed sections, each a list of statements, each statement
 * citing the sources it was taken from. A section with no statements is the honest empty state.
 */

export type ArticleKind = 'procedure' | 'diagnosis';

/** A public source a statement is taken from, as listed under the article. */
export interface ArticleSource {
  title: string;
  publisher: string;
  /** Release, edition or date of the source. */
  release: string;
  url: string | null;
  /** The topic of a quoted passage (its title in the source): what the passage is about. */
  topic?: string;
}

/** A statement before numbering: its citations are sources, numbered when the article is finished. */
export interface DraftStatement {
  text: string;
  sources: ArticleSource[];
  /** Set when the statement quotes a passage about a broader condition: "E11 Type 2 diabetes mellitus". */
  about?: string;
}

export interface DraftSection {
  id: string;
  statements: DraftStatement[];
  /** The parent (category) the passages of this section came from, when not the code itself. */
  about?: string;
}

export interface ArticleStatement {
  text: string;
  /** Numbers of entries of `sources`. */
  citations: number[];
  /** Set when the statement quotes a passage about a broader condition: "E11 Type 2 diabetes mellitus". */
  about?: string;
}

export interface ArticleSection {
  id: string;
  title: string;
  statements: ArticleStatement[];
  about?: string;
}

export interface Article {
  system: string;
  code: string;
  kind: ArticleKind;
  sections: ArticleSection[];
  sources: Array<ArticleSource & { n: number }>;
}

export const PROCEDURE_SECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['name', 'Name of the Procedure'],
  ['summary', 'Summary'],
  ['purpose', 'Purpose'],
  ['indications', 'Indications'],
  ['preparation', 'Preparation'],
  ['description', 'Procedure Description'],
  ['duration', 'Duration'],
  ['setting', 'Setting'],
  ['personnel', 'Personnel'],
  ['risks', 'Risks and Complications'],
  ['benefits', 'Benefits'],
  ['recovery', 'Recovery'],
  ['alternatives', 'Alternatives'],
  ['experience', 'Patient Experience'],
];

export const DIAGNOSIS_SECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['what', 'What it is'],
  ['causes', 'Causes'],
  ['symptoms', 'Symptoms'],
  ['diagnosis', 'How it is diagnosed'],
  ['treatment', 'Treatment'],
  ['outlook', 'Outlook'],
  ['coding', 'Coding guidance'],
];

export function sectionsOf(kind: ArticleKind): ReadonlyArray<readonly [string, string]> {
  return kind === 'procedure' ? PROCEDURE_SECTIONS : DIAGNOSIS_SECTIONS;
}

/** The one plain sentence shown for a section no source covers. */
export function emptySectionSentence(title: string): string {
  return `None of the public sources we hold covers "${title}" for this code, so this section is left empty rather than guessed.`;
}
