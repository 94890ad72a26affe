/**
 * CPT plug-in. CPT descriptors are © AMA: without the operator's AMA data files the codes are
 * numbers only (display ''), gathered from the CMS payment and edit files that name them; those
 * files' rows also become facts (for CPT and HCPCS Level II codes). See docs/sources/cpt.md.
 */
import type { FactRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { type AmaDescriptors, readAmaFile } from './ama.js';
import { factReleaseOf, tableRows } from './cms-files.js';
import { codeRecords, Mentions } from './codes.js';
import { type AmaRole, type CptRole, detectCpt } from './detect.js';
import { factRows } from './fact-rows.js';
import { FACT_TABLES, type FactSource } from './tables.js';

const PROGRESS_EVERY = 5000;

async function* readFactFile(file: DetectedFile, mentions: Mentions, options: ReadOptions): AsyncIterable<SourceRecord> {
  const source = file.role as FactSource;
  const table = FACT_TABLES[source];
  const sourceRelease = factReleaseOf(file);
  const counts: Record<string, number> = { facts: 0, cptFacts: 0, hcpcsFacts: 0, skippedRows: 0 };
  const skipped = new Set<string>();
  for await (const row of factRows(tableRows(file), table, file.path)) {
    if ('skipped' in row) {
      counts.skippedRows = (counts.skippedRows ?? 0) + 1;
      skipped.add(row.skipped);
      continue;
    }
    // Descriptor text is CPT/CDT (© AMA/ADA): it is kept only under the operator's licence setting, and never in a fact.
    mentions.add(row.key, source, options.cptDescriptorsFromCmsFiles ? row.descriptor : null);
    for (const code of row.mentions) mentions.add(code, source, null);
    const fact: FactRecord = { type: 'fact', system: row.system, key: row.key, source, sourceRelease, values: row.values };
    counts.facts = (counts.facts ?? 0) + 1;
    counts[row.system === 'cpt' ? 'cptFacts' : 'hcpcsFacts'] = (counts[row.system === 'cpt' ? 'cptFacts' : 'hcpcsFacts'] ?? 0) + 1;
    if ((counts.facts ?? 0) % PROGRESS_EVERY === 0)
      options.onProgress?.({ system: 'cpt', file: file.path, done: counts.facts ?? 0, total: 0 });
    yield fact;
  }
  const problems =
    skipped.size > 0
      ? [
          `${counts.skippedRows} rows name ${skipped.size} codes that are neither CPT- nor HCPCS Level II-shaped (no facts kept): ${[...skipped].slice(0, 20).join(', ')}${skipped.size > 20 ? ', …' : ''}`,
        ]
      : [];
  yield sourceFileRecord(file, 'cpt', await sha256File(file.absPath), counts, problems);
}

async function* readAmaFiles(files: DetectedFile[], into: Map<string, AmaDescriptors>): AsyncIterable<SourceRecord> {
  for (const file of files) {
    const codes = await readAmaFile(file.role as AmaRole, file.absPath, file.path, into);
    yield sourceFileRecord(file, 'cpt', await sha256File(file.absPath), { descriptors: codes }, []);
  }
}

function releaseRecord(release: string, hasAma: boolean, hasCms: boolean): SourceRecord {
  const label = hasAma ? `CPT ${release} (AMA data files)` : `CMS files CY${release} (CPT code numbers only)`;
  return {
    type: 'release',
    system: 'cpt',
    release,
    label,
    effectiveFrom: `${release}-01-01`,
    effectiveTo: null,
    complete: hasAma || hasCms,
  };
}

async function* readCpt(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord> {
  const releases = [...new Set(detection.files.map((f) => f.release))].sort();
  const chosen = options.newestOnly ? releases.slice(-1) : releases;
  for (const [index, release] of chosen.entries()) {
    const files = detection.files.filter((f) => f.release === release);
    const isAma = (role: CptRole) => role.startsWith('ama-');
    const ama = files.filter((f) => isAma(f.role as CptRole));
    const cms = files.filter((f) => !isAma(f.role as CptRole));
    options.onProgress?.({ system: 'cpt', file: files[0]?.path ?? '', done: index, total: chosen.length });
    yield releaseRecord(release, ama.length > 0, cms.length > 0);
    const descriptors = new Map<string, AmaDescriptors>();
    yield* readAmaFiles(ama, descriptors);
    const mentions = new Mentions();
    for (const file of cms) yield* readFactFile(file, mentions, options);
    yield* codeRecords(release, descriptors, mentions, options.cptDescriptorsFromCmsFiles);
  }
}

export const cptPlugin: SourcePlugin = { system: 'cpt', detect: detectCpt, read: readCpt };
