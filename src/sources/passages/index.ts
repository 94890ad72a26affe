/**
 * The passages plug-in: plain-language passages for the articles (docs/articles.md) from MedlinePlus
 * health topics, MeSH scope notes and MedQuAD answers. Parsing only; the build links passages to
 * codes. Like the lexicon plug-in it has no code system of its own: its files are reported under
 * ICD-10-CM, the system most passages speak of.
 */
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { PassageRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { filesBelow } from '../files/folders.js';
import { readMedQuadAnswers } from './medquad-answers.js';
import { readMedlinePlusSummaries, readMeshScopeNotes } from './rdf-passages.js';

const WANTED = [
  { dir: 'medlineplus', pattern: /^medline-plus-health-topics-(\d{4}-\d{2}-\d{2})\.nt\.br$/, role: 'medlineplus' },
  { dir: 'mesh', pattern: /^mesh(\d{4})\.skos\.nt\.br$/, role: 'mesh' },
  { dir: 'nih-medquad', pattern: /^MedQuAD\.tar\.gz$/, role: 'medquad' },
] as const;

const NOT_ENTERED = new Set(['concept_schemes']);

async function detectPassages(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  const missing: string[] = [];
  for (const w of WANTED) {
    const newest = (await filesBelow(join(sourcesDir, w.dir), 3, NOT_ENTERED))
      .filter((p) => w.pattern.test(p.split('/').pop() ?? ''))
      .at(-1);
    if (!newest) {
      missing.push(`no ${w.role} file under ${w.dir}/: articles will have no ${w.role} passages`);
      continue;
    }
    const release = w.pattern.exec(newest.split('/').pop() ?? '')?.[1] ?? 'c. 2017';
    files.push({ absPath: newest, path: relative(sourcesDir, newest), role: w.role, release, size: (await stat(newest)).size });
  }
  return { system: 'icd10cm', files, missing };
}

const READERS: Record<string, (path: string, file: string, release: string) => Promise<PassageRecord[]>> = {
  mesh: readMeshScopeNotes,
  medlineplus: readMedlinePlusSummaries,
  medquad: readMedQuadAnswers,
};

async function* readPassages(detection: Detection): AsyncIterable<SourceRecord> {
  for (const file of detection.files) {
    const read = READERS[file.role];
    if (!read) continue;
    const records = await read(file.absPath, file.path, file.release);
    yield* records;
    const sha256 = await sha256File(file.absPath);
    yield sourceFileRecord(file, 'icd10cm', sha256, { passages: records.length }, [], `passages-${file.role}`);
  }
}

export const passagesPlugin: SourcePlugin = { system: 'icd10cm', name: 'passages', detect: detectPassages, read: readPassages };
