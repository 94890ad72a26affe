/**
 * Index terms: the alphabetic index from every source, newest first, each adding only the
 * (text, code) pairs newer ones lack; the external cause index and the two tables from their
 * newest file only (detection already leaves out older ones).
 */
import type { SourceRecord, TermKind, TermRecord } from '../../core/records.js';
import type { DetectedFile } from '../contract.js';
import { readIndexCsv } from './index-csv.js';
import { TermPairs } from './index-terms.js';
import { type IndexXmlCounts, readIndexXml } from './index-xml.js';
import type { ReadContext } from './read-context.js';
import { fileRecord, openDetectedFile, ProblemList } from './source-files.js';

async function* termsOf(file: DetectedFile, kind: TermKind, counts: IndexXmlCounts, problems: ProblemList): AsyncIterable<TermRecord[]> {
  const stream = await openDetectedFile(file);
  const problem = (text: string) => problems.add(text);
  if (file.role === 'index-csv') yield* readIndexCsv(stream, file.path, file.release, counts, problem);
  else yield* readIndexXml(stream, { file: file.path, kind, release: file.release }, counts, problem);
}

/** Reads one file, yielding the terms whose (text, key[, detail]) `seen` does not hold yet. */
async function* readTermFile(
  ctx: ReadContext,
  file: DetectedFile,
  kind: TermKind,
  seen: TermPairs,
  withDetail: boolean,
): AsyncIterable<SourceRecord> {
  ctx.progress(file);
  const counts: IndexXmlCounts = { seeOnly: 0, heading: 0, emptyCell: 0 };
  const problems = new ProblemList();
  let term = 0;
  let alreadyYielded = 0;
  for await (const batch of termsOf(file, kind, counts, problems)) {
    for (const t of batch) {
      const key = withDetail ? `${t.key}\u0000${t.detail ?? ''}` : t.key;
      if (seen.has(t.text, key)) {
        alreadyYielded += 1;
        continue;
      }
      seen.add(t.text, key);
      term += 1;
      yield t;
    }
  }
  ctx.progress(file, true);
  const all: Record<string, number> = { term, alreadyYielded, seeOnly: counts.seeOnly, heading: counts.heading };
  if (kind === 'drug' || kind === 'neoplasm') all.emptyCell = counts.emptyCell;
  yield await fileRecord(file, ctx.checksums, all, problems.list());
}

/** Alphabetic index sources, newest release first; at equal release the official XML before the derived CSV. */
function indexSources(ctx: ReadContext): DetectedFile[] {
  return [...ctx.files('index'), ...ctx.files('index-csv')].sort((a, b) => {
    if (a.release !== b.release) return a.release < b.release ? 1 : -1;
    return a.role === 'index' ? -1 : 1;
  });
}

export async function* readTerms(ctx: ReadContext): AsyncIterable<SourceRecord> {
  const indexPairs = new TermPairs();
  for (const file of indexSources(ctx)) yield* readTermFile(ctx, file, 'index', indexPairs, false);
  for (const kind of ['eindex', 'drug', 'neoplasm'] as const) {
    const file = ctx.newest(kind);
    if (file) yield* readTermFile(ctx, file, kind, new TermPairs(), true);
  }
}
