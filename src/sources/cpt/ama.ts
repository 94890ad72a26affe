/**
 * The AMA CPT data files an operator may place under cpt/<year>/ (licensed; never in the repo):
 * LONGULT.txt, MEDU.txt, SHORTU.txt — one code and its descriptor per line, either
 * "code<TAB>descriptor" or the older fixed "code<space>descriptor"; ConsumerDescriptor.txt and
 * ClinicianDescriptor.txt — tab-delimited with a header row (Concept Id, CPT Code, …).
 */
import { readFile } from 'node:fs/promises';
import { SourceError } from '../../core/errors.js';
import { mapColumns } from '../files/header-columns.js';
import type { AmaRole } from './detect.js';
import { CPT_SHAPE } from './fact-rows.js';

export interface AmaDescriptors {
  long?: string;
  medium?: string;
  short?: string;
  consumer?: string;
  clinician: string[];
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252/Latin-1 (older AMA files). */
async function textOf(absPath: string): Promise<string> {
  const bytes = await readFile(absPath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return text.replace(/^\uFEFF/, '');
}

function lines(text: string): Array<{ line: string; number: number }> {
  return text.split(/\r?\n/).map((line, i) => ({ line, number: i + 1 }));
}

/** "code<TAB>text" or "code text" lines → code → text. A header line without a code is allowed first. */
async function readPlain(absPath: string, label: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { line, number } of lines(await textOf(absPath))) {
    if (line.trim() === '') continue;
    const m = /^(\S{5})(?:\t|\s)(.*)$/.exec(line);
    const code = m?.[1]?.toUpperCase() ?? '';
    if (!m || !CPT_SHAPE.test(code)) {
      if (number === 1 && /code/i.test(line)) continue;
      throw new SourceError(label, `line ${number}`, `"${line.slice(0, 12)}…" does not start with a CPT code and a tab or space`);
    }
    const text = (m[2] ?? '').trim();
    if (text === '') throw new SourceError(label, `line ${number}`, `${code} has no descriptor`);
    if (!out.has(code)) out.set(code, text);
  }
  return out;
}

const CONSUMER_COLUMNS = [
  { key: 'code', headers: ['CPT Code'], required: true },
  { key: 'text', headers: ['Consumer Friendly Descriptor', 'Consumer Descriptor'], required: true },
];
const CLINICIAN_COLUMNS = [
  { key: 'code', headers: ['CPT Code'], required: true },
  { key: 'text', headers: ['Clinician Descriptor'], required: true },
];

/** Tab-delimited file with a header row → code → texts (clinician descriptors are several per code). */
async function readTabbed(absPath: string, label: string, consumer: boolean): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  let columns: Map<string, number> | null = null;
  for (const { line, number } of lines(await textOf(absPath))) {
    if (line.trim() === '') continue;
    const fields = line.split('\t').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
    if (!columns) {
      columns = mapColumns(fields, consumer ? CONSUMER_COLUMNS : CLINICIAN_COLUMNS, label, `line ${number} (header)`);
      continue;
    }
    const code = (fields[columns.get('code') as number] ?? '').toUpperCase();
    const text = fields[columns.get('text') as number] ?? '';
    if (!CPT_SHAPE.test(code)) throw new SourceError(label, `line ${number}`, `CPT code "${code}" is malformed`);
    if (text === '') throw new SourceError(label, `line ${number}`, `${code} has no descriptor`);
    out.set(code, [...(out.get(code) ?? []), text]);
  }
  if (!columns) throw new SourceError(label, 'line 1', 'the file is empty (no header row)');
  return out;
}

/** Descriptors by code from one AMA file, merged into `into`; returns how many codes the file gave. */
export async function readAmaFile(role: AmaRole, absPath: string, label: string, into: Map<string, AmaDescriptors>): Promise<number> {
  const entry = (code: string) => {
    let e = into.get(code);
    if (!e) {
      e = { clinician: [] };
      into.set(code, e);
    }
    return e;
  };
  if (role === 'ama-consumer' || role === 'ama-clinician') {
    const found = await readTabbed(absPath, label, role === 'ama-consumer');
    for (const [code, texts] of found) {
      if (role === 'ama-consumer') entry(code).consumer = texts[0] as string;
      else entry(code).clinician.push(...texts);
    }
    return found.size;
  }
  const found = await readPlain(absPath, label);
  const field = role === 'ama-long' ? 'long' : role === 'ama-medium' ? 'medium' : 'short';
  for (const [code, text] of found) entry(code)[field] = text;
  return found.size;
}
