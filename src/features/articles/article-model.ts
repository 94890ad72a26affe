/**
 * The plain-language article of a code: fixed sections, each a list of statements, each statement
 * citing the sources it was taken from. A section with no statements is the honest empty state.
 * The article's shape is declared once as zod schemas; its types are inferred from them and the JSON
 * API documents them (app/view-schemas.ts re-exports them for http/).
 */
import { z } from 'zod';

const ArticleKindSchema = z.enum(['procedure', 'diagnosis']);
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

/** A public source a statement is taken from, as listed under the article. */
const ArticleSourceSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  release: z.string().meta({ description: 'Release, edition or date of the source' }),
  url: z.string().nullable(),
  topic: z.string().optional().meta({ description: 'The topic of a quoted passage (its title in the source): what the passage is about' }),
});
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;

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

const ArticleStatementSchema = z.object({
  text: z.string(),
  citations: z.array(z.number().int()).meta({ description: 'Numbers (n) of entries of `sources`' }),
  about: z.string().optional().meta({
    description: 'Set when the quoted passage is about a broader condition (an ancestor code): "E11 Type 2 diabetes mellitus"',
  }),
});

const ArticleSectionSchema = z
  .object({
    id: z.string().meta({ example: 'duration' }),
    title: z.string().meta({ example: 'Duration' }),
    statements: z.array(ArticleStatementSchema).meta({ description: 'Empty when no source we hold covers the section' }),
    about: z.string().optional().meta({ description: 'The parent category the passages of this section speak of' }),
  })
  .meta({ id: 'ArticleSection' });
export type ArticleSection = z.infer<typeof ArticleSectionSchema>;

/** The article as the use-case returns it and GET /api/v1/codes/{system}/{code}/article answers it. */
export const ArticleSchema = z
  .object({
    system: z.string(),
    code: z.string(),
    kind: ArticleKindSchema,
    sections: z.array(ArticleSectionSchema),
    sources: z.array(ArticleSourceSchema.extend({ n: z.number().int() }).meta({ id: 'ArticleSource' })),
  })
  .meta({ id: 'Article' });
export type Article = z.infer<typeof ArticleSchema>;

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
