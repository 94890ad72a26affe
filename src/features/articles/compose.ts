/**
 * The composer: (code facts, passages) → article. Pure: same input, same article. Statements are
 * only what a source states; sections nobody covers stay empty; imported or generated text for a
 * section replaces the composed text of that section.
 */

import type { ArticleInput, NoteInput } from './article-input.js';
import {
  type Article,
  type ArticleSection,
  type ArticleSource,
  type DraftSection,
  type DraftStatement,
  sectionsOf,
} from './article-model.js';
import { codeListSource, indexSource, tabularSource } from './article-sources.js';
import { cmsStatements, hcpcsStatements, pcsStatements, type Statements } from './compose-procedure.js';

const NOTE_LABELS: Record<string, string> = {
  inclusionTerm: 'Inclusion term',
  includes: 'Includes',
  excludes1: 'Excludes1 (never coded together)',
  excludes2: 'Excludes2 (not included here; may be coded together)',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  notes: 'Note',
  sevenChrNote: '7th character note',
};
const MAX_INDEX_TERMS = 8;

function noteStatement(note: NoteInput): DraftStatement {
  const label = NOTE_LABELS[note.kind] ?? note.kind;
  const owner = note.inherited ? ` (from ${note.from})` : '';
  return { text: `${label}${owner}: ${note.text}`, sources: [tabularSource(note.release)] };
}

function codingStatements(input: ArticleInput): DraftStatement[] {
  const notes = input.notes.map(noteStatement);
  const terms = input.indexTerms.slice(0, MAX_INDEX_TERMS).map((t) => ({
    text: `The ICD-10-CM Alphabetic Index leads to this code from "${t.text}".`,
    sources: [indexSource(t.release)],
  }));
  return [...notes, ...terms];
}

function baseStatements(input: ArticleInput): Statements {
  const out: Statements = new Map();
  if (input.kind === 'procedure') {
    if (input.display) {
      const src = codeListSource(input.system, input.releaseLabel);
      out.set('name', [{ text: `The official descriptor of ${input.code} is "${input.display}".`, sources: [src] }]);
    }
    const pcsRelease = input.axes.length > 0 ? input.releaseLabel : '';
    if (pcsRelease) pcsStatements(input, out, pcsRelease);
    if (input.system === 'hcpcs') hcpcsStatements(input, out, codeListSource('hcpcs', input.releaseLabel));
    cmsStatements(input, out);
  } else {
    out.set('coding', codingStatements(input));
  }
  return out;
}

function draftSections(input: ArticleInput): DraftSection[] {
  const out = baseStatements(input);
  const about = new Map<string, string>();
  for (const p of input.passages) {
    const list = out.get(p.section) ?? [];
    const statement: DraftStatement = { text: p.text, sources: [p.source] };
    if (p.about) statement.about = p.about;
    list.push(statement);
    out.set(p.section, list);
    if (p.about && !about.has(p.section)) about.set(p.section, p.about);
  }
  const overridden = new Map(input.overrides.map((o) => [o.section, o]));
  return sectionsOf(input.kind).map(([id]) => {
    const override = overridden.get(id);
    if (override) return { id, statements: override.statements.map((text) => ({ text, sources: [override.source] })) };
    const section: DraftSection = { id, statements: out.get(id) ?? [] };
    const parent = about.get(id);
    if (parent) section.about = parent;
    return section;
  });
}

function sourceKey(s: ArticleSource): string {
  return [s.title, s.publisher, s.release, s.url ?? ''].join('\u0000');
}

/** Compose the article: number the sources in order of first citation. */
export function composeArticle(input: ArticleInput): Article {
  const numbers = new Map<string, number>();
  const sources: Article['sources'] = [];
  const cite = (s: ArticleSource): number => {
    const key = sourceKey(s);
    let n = numbers.get(key);
    if (n === undefined) {
      n = sources.length + 1;
      numbers.set(key, n);
      sources.push({ n, ...s });
    }
    return n;
  };
  const titles = new Map(sectionsOf(input.kind));
  const sections: ArticleSection[] = draftSections(input).map((d) => {
    const section: ArticleSection = {
      id: d.id,
      title: titles.get(d.id) ?? d.id,
      statements: d.statements.map((s) => {
        const statement: ArticleSection['statements'][number] = { text: s.text, citations: [...new Set(s.sources.map(cite))] };
        if (s.about) statement.about = s.about;
        return statement;
      }),
    };
    if (d.about && d.statements.length > 0) section.about = d.about;
    return section;
  });
  return { system: input.system, code: input.code, kind: input.kind, sections, sources };
}
