/**
 * Payer policy documents: `policies/<payer>/…/<name>.{html,htm,pdf,txt}`, each with an optional
 * sidecar `<name>.json` giving metadata ({ payer, title, url, effectiveFrom, effectiveTo, status,
 * version, states, id }). HTML is sanitised (html.ts), PDF text is extracted with unpdf, and the
 * text is searched for codes (core/code-mentions.ts): each mention becomes a "listed" code with
 * its snippet, checked against the code lists when the database is finished.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { z } from 'zod';
import { findCodeMentions } from '../../core/code-mentions.js';
import { slugify } from '../../core/codes.js';
import { SourceError } from '../../core/errors.js';
import { htmlTitle, htmlToText, sanitizePolicyHtml, textToHtml } from '../../core/policy-html.js';
import type { PolicyCodeRecord, PolicyRecord } from '../../core/records.js';
import type { DetectedFile } from '../contract.js';
import { mentionRecord } from './mentions.js';

const PAYER_RANK = 3;

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const SidecarSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'lower-case letters, digits and dashes')
      .optional(),
    payer: z.string().min(1).max(200).optional(),
    title: z.string().min(1).max(500).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    effectiveFrom: ISO_DATE.optional(),
    effectiveTo: ISO_DATE.optional(),
    updatedOn: ISO_DATE.optional(),
    status: z.enum(['active', 'future', 'retired']).optional(),
    version: z.string().max(50).optional(),
    states: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  })
  .strict();

type Sidecar = z.infer<typeof SidecarSchema>;

interface ParsedDocument {
  policy: PolicyRecord;
  codes: PolicyCodeRecord[];
  /** Code-shaped tokens found (before the check against the code lists). */
  mentions: number;
}

function sidecarPath(absPath: string): string {
  return `${absPath.slice(0, -extname(absPath).length)}.json`;
}

async function readSidecar(file: DetectedFile): Promise<Sidecar> {
  const path = sidecarPath(file.absPath);
  if (!existsSync(path)) return {};
  const label = `${file.path.slice(0, -extname(file.path).length)}.json`;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new SourceError(label, 'json', (err as Error).message);
  }
  const parsed = SidecarSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'sidecar'}: ${i.message}`);
    throw new SourceError(label, 'json', problems.join('; '));
  }
  return parsed.data;
}

async function pdfText(file: DetectedFile): Promise<string> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(file.absPath)));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } catch (err) {
    throw new SourceError(file.path, 'pdf', `cannot read the PDF: ${(err as Error).message}`);
  }
}

async function documentContent(file: DetectedFile): Promise<{ html: string | null; text: string; title: string | null }> {
  const ext = extname(file.absPath).toLowerCase();
  if (ext === '.pdf') {
    const text = await pdfText(file);
    return { html: textToHtml(text), text, title: text.split('\n')[0]?.trim() || null };
  }
  const raw = await readFile(file.absPath, 'utf8');
  if (ext === '.txt') return { html: textToHtml(raw), text: raw.trim(), title: raw.split('\n')[0]?.trim() || null };
  const html = sanitizePolicyHtml(raw);
  return { html, text: htmlToText(html), title: htmlTitle(raw) };
}

function payerName(folder: string): string {
  return folder
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => (w[0] as string).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Read one payer document and the codes its text names. */
export async function readPayerDocument(file: DetectedFile): Promise<ParsedDocument> {
  const sidecar = await readSidecar(file);
  const content = await documentContent(file);
  const name = basename(file.absPath, extname(file.absPath));
  const payer = sidecar.payer ?? payerName(file.release);
  const id = sidecar.id ?? `${slugify(payer)}--${slugify(name)}`;
  const policy: PolicyRecord = {
    type: 'policy',
    id,
    kind: 'payer',
    payer,
    contractor: null,
    jurisdiction: null,
    states: sidecar.states ?? [],
    title: sidecar.title ?? content.title?.slice(0, 300) ?? name,
    status: sidecar.status ?? null,
    version: sidecar.version ?? null,
    effectiveFrom: sidecar.effectiveFrom ?? null,
    effectiveTo: sidecar.effectiveTo ?? null,
    updatedOn: sidecar.updatedOn ?? null,
    url: sidecar.url ?? null,
    html: content.html,
    text: content.text,
    source: 'payer-folder',
    sourceRelease: file.release,
    sourcePath: file.path,
    rank: PAYER_RANK,
    attributes: { format: extname(file.absPath).slice(1).toLowerCase() },
  };
  const mentions = findCodeMentions(content.text);
  const codes = mentions.map((m) => mentionRecord(id, m));
  return { policy, codes, mentions: mentions.length };
}
