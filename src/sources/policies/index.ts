/**
 * Coverage policies plug-in (source id "policies"): Medicare NCDs, LCDs and billing articles from
 * the MCD list and the MCD download tables, and payer policy documents from a folder. It yields
 * policy, policyCode and policyGroup records; the codes are checked against the code lists and
 * ranges expanded when the database is finished (features/policies/links.ts). See docs/policies.md.
 */
import type { SourceFileRecord, SourceRecord } from '../../core/records.js';
import type { DetectedFile, Detection, ReadOptions, SourcePlugin } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { detectPolicies } from './detect.js';
import { readMcdList } from './mcd-list.js';
import { readMcdTables, type TableCounts } from './mcd-tables.js';
import { readPayerDocument } from './payer-docs.js';

async function fileRecord(file: DetectedFile, counts: Record<string, number>, problems: string[]): Promise<SourceFileRecord> {
  return {
    type: 'file',
    system: 'policies',
    release: file.release,
    path: file.path,
    size: file.size,
    sha256: await sha256File(file.absPath),
    role: file.role,
    counts,
    problems,
  };
}

async function* readList(file: DetectedFile): AsyncIterable<SourceRecord> {
  const { policies, rows, problems } = await readMcdList(file);
  yield* policies;
  yield await fileRecord(file, { rows, policies: policies.length }, problems);
}

async function* readTables(file: DetectedFile): AsyncIterable<SourceRecord> {
  const counts: TableCounts = { policies: 0, codes: 0, groups: 0, textMentions: 0 };
  yield* readMcdTables(file, counts);
  yield await fileRecord(file, { ...counts }, []);
}

async function* readDocument(file: DetectedFile): AsyncIterable<SourceRecord> {
  const { policy, codes, mentions } = await readPayerDocument(file);
  yield policy;
  yield* codes;
  yield await fileRecord(file, { policies: 1, mentions }, []);
}

async function* readPolicies(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord> {
  let done = 0;
  for (const file of detection.files) {
    options.onProgress?.({ system: 'policies', file: file.path, done, total: detection.files.length });
    if (file.role === 'mcd-list') yield* readList(file);
    else if (file.role.startsWith('mcd-')) yield* readTables(file);
    else yield* readDocument(file);
    done += 1;
  }
  options.onProgress?.({ system: 'policies', file: '', done, total: detection.files.length });
}

export const policiesPlugin: SourcePlugin = {
  system: 'policies',
  detect: detectPolicies,
  read: readPolicies,
};
