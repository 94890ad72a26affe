/**
 * Coverage policies plug-in (source id "policies"): Medicare NCDs, LCDs and billing articles from
 * the MCD list and the MCD download tables, and payer policy documents from a folder. It yields
 * policy, policyCode and policyGroup records; the codes are checked against the code lists and
 * ranges expanded when the database is finished (features/policies/links.ts). See docs/policies.md.
 */
import type { SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { detectPolicies } from './detect.js';
import { readMcdList } from './mcd-list.js';
import { readMcdTables, type TableCounts } from './mcd-tables.js';
import { readPayerDocument } from './payer-docs.js';

async function* readList(file: DetectedFile): AsyncIterable<SourceRecord> {
  const { policies, rows, problems } = await readMcdList(file);
  yield* policies;
  yield sourceFileRecord(file, 'policies', await sha256File(file.absPath), { rows, policies: policies.length }, problems);
}

async function* readTables(file: DetectedFile): AsyncIterable<SourceRecord> {
  const counts: TableCounts = { policies: 0, codes: 0, groups: 0, textMentions: 0 };
  yield* readMcdTables(file, counts);
  yield sourceFileRecord(file, 'policies', await sha256File(file.absPath), { ...counts });
}

async function* readDocument(file: DetectedFile): AsyncIterable<SourceRecord> {
  const { policy, codes, mentions } = await readPayerDocument(file);
  yield policy;
  yield* codes;
  yield sourceFileRecord(file, 'policies', await sha256File(file.absPath), { policies: 1, mentions });
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
