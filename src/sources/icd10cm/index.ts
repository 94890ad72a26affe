/**
 * The ICD-10-CM plug-in: CMS order files (codes of every fiscal year), the CDC tabular XML (notes,
 * 7th characters, chapters and sections), the CDC index XMLs and the derived FY2025 CSVs. See
 * docs/sources/icd10cm.md for the formats and the precedence rules.
 */
import type { SourceRecord } from '../../core/records.js';
import type { Detection, ReadOptions, SourcePlugin } from '../contract.js';
import { detectIcd10cm } from './detect.js';
import { readCatalogues, readRelease } from './read-codes.js';
import { ReadContext } from './read-context.js';
import { readNotes } from './read-notes.js';
import { readTerms } from './read-terms.js';

async function* readIcd10cm(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord> {
  const ctx = new ReadContext(detection, options);
  const catalogues = yield* readCatalogues(ctx);
  for (const file of ctx.orderFiles()) {
    yield* readRelease(ctx, file, catalogues);
    ctx.progress(file, true);
  }
  yield* readNotes(ctx);
  yield* readTerms(ctx);
}

export const icd10cmPlugin: SourcePlugin = {
  system: 'icd10cm',
  detect: detectIcd10cm,
  read: readIcd10cm,
};
