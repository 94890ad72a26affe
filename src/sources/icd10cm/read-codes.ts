/**
 * Codes of every release: the section catalogues first (tabular XML, derived CSVs), then for each
 * order file its release record, its chapters and sections, its codes and its file record.
 */
import type { CodeRecord, ReleaseRecord, SourceRecord } from '../../core/records.js';
import type { DetectedFile } from '../contract.js';
import { catalogueFromTabular, readChaptersCsv, readSectionsCsv } from './catalogues.js';
import { readOrderFile } from './order-file.js';
import type { ReadContext } from './read-context.js';
import { chooseCatalogue, groupCategories, type SectionCatalogue } from './sections.js';
import { fileRecord, openDetectedFile } from './source-files.js';

/**
 * ICD-10-CM fiscal year YYYY runs from October 1 of YYYY-1 to September 30 of YYYY. When CMS
 * publishes an April update (release `YYYY-04`), the October release ends on March 31 and the
 * update is in force from April 1 to September 30.
 */
export function releaseRecord(release: string, hasAprilUpdate = false): ReleaseRecord {
  const y = Number(release.slice(0, 4));
  const april = /^\d{4}-04$/.test(release);
  return {
    type: 'release',
    system: 'icd10cm',
    release,
    label: april ? `FY${y} April update` : `FY${y}`,
    effectiveFrom: april ? `${y}-04-01` : `${y - 1}-10-01`,
    effectiveTo: !april && hasAprilUpdate ? `${y}-03-31` : `${y}-09-30`,
    complete: true,
  };
}

/** Reads the section catalogues; yields the file records of the CSVs, returns the catalogues. */
export async function* readCatalogues(ctx: ReadContext): AsyncGenerator<SourceRecord, SectionCatalogue[]> {
  const catalogues: SectionCatalogue[] = [];
  const tabular = ctx.newest('tabular');
  if (tabular) catalogues.push(await catalogueFromTabular(await openDetectedFile(tabular), tabular.path, tabular.release));
  const sectionsCsv = ctx.newest('sections');
  if (!sectionsCsv) return catalogues;
  ctx.progress(sectionsCsv);
  const sections = await readSectionsCsv(await openDetectedFile(sectionsCsv), sectionsCsv.path);
  yield await fileRecord(sectionsCsv, ctx.checksums, { section: sections.length }, []);
  const chaptersCsv = ctx.newest('chapters');
  let chapters = catalogues[0]?.chapters ?? [];
  if (chaptersCsv) {
    ctx.progress(chaptersCsv);
    chapters = await readChaptersCsv(await openDetectedFile(chaptersCsv), chaptersCsv.path);
    yield await fileRecord(chaptersCsv, ctx.checksums, { chapter: chapters.length }, []);
  }
  const placement = catalogues[0]?.placement ?? new Map<string, string>();
  catalogues.push({ release: sectionsCsv.release, source: sectionsCsv.path, chapters, sections, placement });
  return catalogues;
}

/** Counts of a release: order-file entries (`code`), billable ones, headers, and the grouping nodes. */
function countKinds(codes: readonly CodeRecord[]): Record<string, number> {
  const counts = { code: 0, billable: 0, header: 0, chapter: 0, section: 0 };
  for (const c of codes) {
    if (c.kind === 'chapter' || c.kind === 'section') counts[c.kind] += 1;
    else counts.code += 1;
    if (c.kind === 'header') counts.header += 1;
    if (c.billable) counts.billable += 1;
  }
  return counts;
}

/**
 * One release: its record, then its grouping nodes, its codes (categories under their sections)
 * and its file record. The whole order file is read before anything is yielded (one release in
 * memory at a time), so a malformed line rejects before any record of the release.
 */
export async function* readRelease(
  ctx: ReadContext,
  file: DetectedFile,
  catalogues: readonly SectionCatalogue[],
): AsyncIterable<SourceRecord> {
  ctx.progress(file);
  const contents = await readOrderFile(await openDetectedFile(file), file.path, file.release, () => ctx.progress(file));
  const catalogue = chooseCatalogue(catalogues, file.release, contents.categories);
  const problems: string[] = [];
  let nodes: CodeRecord[] = [];
  let parentOf = new Map<string, string>();
  if (catalogue) {
    const orders = new Map(contents.codes.filter((c) => c.key.length === 3).map((c) => [c.key, c.order]));
    const grouping = groupCategories(catalogue, file.release, contents.categories, (k) => orders.get(k) ?? 0);
    ({ nodes, parentOf } = grouping);
    problems.push(...grouping.problems);
  } else problems.push('no chapter or section list was found: categories have no parent');
  yield releaseRecord(file.release, ctx.aprilYears().has(file.release));
  for (const node of nodes) yield node;
  for (const code of contents.codes) {
    if (code.key.length === 3) code.parent = parentOf.get(code.key) ?? null;
    yield code;
  }
  yield await fileRecord(file, ctx.checksums, countKinds([...nodes, ...contents.codes]), problems);
}
