/**
 * `medcodes articles generate`: asks an OpenAI-compatible chat-completions endpoint to write the
 * sections of a code's article from the sourced statements we already hold (never CPT descriptor
 * text), validates the JSON answer, and stores it with the model, the date and a hash of the facts
 * given. Codes whose stored hash equals the current one are skipped, so an interrupted run resumes.
 */

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { lookupCode, type ReadStore } from '../codes/index.js';
import { articleInput, codeKey } from './article.js';
import type { Article } from './article-model.js';
import { composeArticle } from './compose.js';
import { ArticleTextWriter } from './texts.js';

interface GenerateOptions {
  endpoint: string;
  model: string;
  apiKey?: string;
  system?: string;
  codes?: string[];
  limit: number;
  /** Requests per minute at most. */
  rate: number;
  onProgress?: (done: number, total: number, code: string) => void;
  now?: () => Date;
}

interface GenerateReport {
  generated: number;
  skipped: number;
  failed: Array<{ code: string; problem: string }>;
}

/** What the model is given: the sourced statements of each section, with their sources. */
function generationFacts(article: Article): { sections: Record<string, string[]>; sources: string[] } {
  const sections: Record<string, string[]> = {};
  for (const s of article.sections) {
    // CPT descriptors (© AMA) never go into a prompt, even when a licensed file supplied them.
    if (s.statements.length === 0 || (article.system === 'cpt' && s.id === 'name')) continue;
    sections[s.id] = s.statements.map((t) => t.text);
  }
  return { sections, sources: article.sources.map((s) => `${s.title}, ${s.publisher}, ${s.release}`) };
}

function answerSchema(sectionIds: string[]) {
  const shape = Object.fromEntries(sectionIds.map((id) => [id, z.array(z.string().min(1).max(2000)).optional()]));
  return z.object({ sections: z.object(shape).strict() });
}

function prompt(article: Article, facts: ReturnType<typeof generationFacts>, sectionIds: string[]) {
  const system =
    'You write plain-language explanations of medical codes for patients. Use only the facts given; do not add medical claims ' +
    'the facts do not support. Leave out a section the facts do not cover. Answer with JSON only: ' +
    `{"sections": {<section id>: [<sentence>, …]}} using these section ids: ${sectionIds.join(', ')}.`;
  const user = JSON.stringify({ system: article.system, code: article.code, kind: article.kind, facts });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

function chatUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/chat/completions') ? base : `${base}/chat/completions`;
}

async function askModel(opts: GenerateOptions, messages: unknown, sectionIds: string[]): Promise<Record<string, string[]>> {
  const res = await fetch(chatUrl(opts.endpoint), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
    body: JSON.stringify({ model: opts.model, messages, temperature: 0, response_format: { type: 'json_object' } }),
  });
  if (!res.ok) throw new AppError('internal', `endpoint answered HTTP ${res.status}`);
  const body = (await res.json()) as { choices?: Array<{ message?: { content?: string } }> };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new AppError('invalid', 'the answer has no choices[0].message.content');
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    throw new AppError('invalid', 'the answer is not JSON');
  }
  const parsed = answerSchema(sectionIds).safeParse(json);
  if (!parsed.success)
    throw new AppError(
      'invalid',
      `the answer does not match the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return Object.fromEntries(
    Object.entries(parsed.data.sections).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0),
  );
}

function pickCodes(store: ReadStore, opts: GenerateOptions): Array<{ system: string; code: string }> {
  if (opts.codes && opts.codes.length > 0) {
    if (!opts.system) throw new AppError('invalid', '--codes needs --system', 'system');
    return opts.codes.slice(0, opts.limit).map((code) => ({ system: opts.system as string, code }));
  }
  const systems = opts.system ? [opts.system] : ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'];
  const out: Array<{ system: string; code: string }> = [];
  for (const system of systems) {
    const rows = store.db
      .prepare(
        `SELECT c.code FROM codes c JOIN releases r ON r.system = c.system AND r.release = c.release AND r.is_default = 1
         WHERE c.system = ? AND c.billable = 1 ORDER BY c.ord LIMIT ?`,
      )
      .all(system, opts.limit - out.length) as Array<{ code: string }>;
    out.push(...rows.map((r) => ({ system, code: r.code })));
    if (out.length >= opts.limit) break;
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function generateArticles(store: ReadStore, dbPath: string, opts: GenerateOptions): Promise<GenerateReport> {
  const todo = pickCodes(store, opts);
  const writer = new ArticleTextWriter(dbPath);
  const report: GenerateReport = { generated: 0, skipped: 0, failed: [] };
  const interval = opts.rate > 0 ? 60_000 / opts.rate : 0;
  let last = 0;
  try {
    for (const [i, item] of todo.entries()) {
      opts.onProgress?.(i, todo.length, item.code);
      try {
        const view = lookupCode(store, item.system, item.code);
        const article = composeArticle(articleInput(store, view, false));
        const facts = generationFacts(article);
        const hash = createHash('sha256').update(JSON.stringify(facts)).digest('hex');
        if (writer.generatedHashes(view.system, codeKey(view)) === hash) {
          report.skipped += 1;
          continue;
        }
        const wait = last + interval - Date.now();
        if (wait > 0) await sleep(wait);
        last = Date.now();
        const sectionIds = article.sections.map((s) => s.id);
        const sections = await askModel(opts, prompt(article, facts, sectionIds), sectionIds);
        const generatedAt = (opts.now?.() ?? new Date()).toISOString().slice(0, 10);
        writer.write(
          Object.entries(sections).map(([section, statements]) => ({
            system: view.system,
            key: codeKey(view),
            section,
            origin: 'generated' as const,
            statements,
            model: opts.model,
            generatedAt,
            factsHash: hash,
          })),
        );
        report.generated += 1;
      } catch (err) {
        if (!(err instanceof AppError) && !(err instanceof TypeError)) throw err;
        report.failed.push({ code: `${item.system} ${item.code}`, problem: err.message });
      }
    }
    opts.onProgress?.(todo.length, todo.length, '');
    return report;
  } finally {
    writer.close();
  }
}
