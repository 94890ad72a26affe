/**
 * `medcodes articles import FILE.jsonl`: reviewed articles, one JSON object per line (schema in
 * docs/articles.md). Every line is validated; when any line is wrong nothing is imported and every
 * problem is listed with its line number.
 */

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { isDiagnosisSystem } from '../../core/systems.js';
import { type CodeView, lookupCode, type ReadStore } from '../codes/index.js';
import { codeKey } from './article.js';
import { sectionsOf } from './article-model.js';
import { type ArticleTextWrite, ArticleTextWriter } from './texts.js';

const MAX_STATEMENT = 2000;

const ReviewedArticleLine = z
  .object({
    system: z.string().min(1),
    code: z.string().min(1).max(64),
    author: z.string().trim().min(1).max(200),
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
    url: z.string().url().optional(),
    sections: z.record(z.string(), z.array(z.string().trim().min(1).max(MAX_STATEMENT)).min(1)),
  })
  .strict();

function lineProblems(store: ReadStore, text: string, lineNo: number): { rows: ArticleTextWrite[]; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { rows: [], problems: [`line ${lineNo}: not JSON (${(err as Error).message})`] };
  }
  const parsed = ReviewedArticleLine.safeParse(json);
  if (!parsed.success) {
    return { rows: [], problems: parsed.error.issues.map((i) => `line ${lineNo}: ${i.path.join('.') || 'line'}: ${i.message}`) };
  }
  const a = parsed.data;
  let view: CodeView;
  try {
    view = lookupCode(store, a.system, a.code);
  } catch (err) {
    return { rows: [], problems: [`line ${lineNo}: ${(err as Error).message}`] };
  }
  const kind = isDiagnosisSystem(view.system) ? 'diagnosis' : 'procedure';
  const allowed = sectionsOf(kind).map(([id]) => id);
  const problems = Object.keys(a.sections)
    .filter((id) => !allowed.includes(id))
    .map((id) => `line ${lineNo}: sections.${id}: not a section of a ${kind} article (use ${allowed.join(', ')})`);
  const rows = Object.entries(a.sections).map(([section, statements]) => ({
    system: view.system,
    key: codeKey(view),
    section,
    origin: 'reviewed' as const,
    statements,
    author: a.author,
    reviewedOn: a.reviewed,
    url: a.url ?? null,
  }));
  return { rows, problems };
}

export function importReviewedArticles(store: ReadStore, dbPath: string, file: string): { articles: number; sections: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const all: ArticleTextWrite[][] = [];
  const problems: string[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const r = lineProblems(store, text, i + 1);
    problems.push(...r.problems);
    all.push(r.rows);
  });
  if (problems.length > 0) throw new AppError('invalid', `${file}: ${problems.length} problem(s), nothing imported`, undefined, problems);
  const writer = new ArticleTextWriter(dbPath);
  try {
    for (const rows of all) writer.write(rows);
  } finally {
    writer.close();
  }
  return { articles: all.length, sections: all.reduce((n, r) => n + r.length, 0) };
}
