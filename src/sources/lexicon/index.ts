/**
 * Lexicon plug-in: consumer and indexing vocabularies that give codes their lay names (MeSH, the
 * MedlinePlus health topics, MedQuAD). It yields lexicon records only; the search index build links
 * them to codes (docs/search-ranking.md, "Lay terms"). It has no code system of its own: its files
 * are reported under ICD-10-CM, the system most of its names link to.
 */
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LexiconRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { filesBelow } from '../files/folders.js';
import { readMedlinePlus, readMedQuad, readMesh } from './vocabularies.js';

interface Wanted {
  dir: string;
  pattern: RegExp;
  role: 'mesh' | 'medlineplus' | 'medquad';
  release: (name: string) => string;
}

const WANTED: Wanted[] = [
  { dir: 'mesh', pattern: /^mesh(\d{4})\.skos\.nt\.br$/, role: 'mesh', release: (n) => n.match(/\d{4}/)?.[0] ?? 'unknown' },
  {
    dir: 'medlineplus',
    pattern: /^medline-plus-health-topics-(\d{4}-\d{2}-\d{2})\.nt\.br$/,
    role: 'medlineplus',
    release: (n) => n.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? 'unknown',
  },
  { dir: 'nih-medquad', pattern: /^MedQuAD\.tar\.gz$/, role: 'medquad', release: () => '2017' },
];

async function detectLexicon(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  const missing: string[] = [];
  for (const w of WANTED) {
    const found = (await filesBelow(join(sourcesDir, w.dir), 3)).filter(
      (p) => w.pattern.test(p.split('/').pop() ?? '') && !p.includes('/concept_schemes/'),
    );
    const newest = found.sort().at(-1);
    if (!newest) {
      missing.push(`no ${w.role} file under ${w.dir}/: its lay terms will not be searchable`);
      continue;
    }
    const name = newest.split('/').pop() ?? '';
    files.push({
      absPath: newest,
      path: relative(sourcesDir, newest),
      role: w.role,
      release: w.release(name),
      size: (await stat(newest)).size,
    });
  }
  return { system: 'icd10cm', files, missing };
}

const READERS = { mesh: readMesh, medlineplus: readMedlinePlus, medquad: readMedQuad } as const;

async function* readLexicon(detection: Detection): AsyncIterable<SourceRecord> {
  for (const file of detection.files) {
    const records: LexiconRecord[] = await READERS[file.role as keyof typeof READERS](file.absPath, file.path, file.release);
    yield* records;
    const terms = records.reduce((n, r) => n + 1 + r.terms.length, 0);
    const sha256 = await sha256File(file.absPath);
    yield sourceFileRecord(file, 'icd10cm', sha256, { lexicon: records.length, names: terms }, [], `lexicon-${file.role}`);
  }
}

export const lexiconPlugin: SourcePlugin = { system: 'icd10cm', name: 'lexicon', detect: detectLexicon, read: readLexicon };
