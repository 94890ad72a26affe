/**
 * Reading section catalogues: from the tabular XML (chapters, sections, and which section each
 * category sits in) and from the third-party FY2025 CSVs (`ICD10CM_2025_sections.csv`:
 * SectionID, SectionName; `ICD10CM_2025_chapters.csv`: ChapterID, ChapterName — names end in
 * their range, "Diabetes mellitus (E08-E13)").
 */
import type { Readable } from 'node:stream';
import { SourceError } from '../../core/errors.js';
import { readCsvRecords } from '../files/csv-records.js';
import type { ChapterDef, SectionCatalogue, SectionDef } from './sections.js';
import { sectionKey, sectionRange, splitRangeSuffix } from './sections.js';
import { readTabularXml } from './tabular-xml.js';

const CATEGORY = /^[A-Z][0-9A-Z]{2}$/;

function chapterDef(number: string, description: string, file: string, where: string): ChapterDef {
  const { text, range } = splitRangeSuffix(description);
  if (!range)
    throw new SourceError(file, where, `expected the chapter description to end in its range like "(A00-B99)", found "${description}"`);
  return { key: `CH${Number(number)}`, number: Number(number), ...sectionRange(range), description: text };
}

function sectionDef(id: string, description: string, file: string, where: string): SectionDef {
  if (!/^[A-Z][0-9A-Z]{2}(-[A-Z][0-9A-Z]{2})?$/.test(id))
    throw new SourceError(file, where, `expected a section id like "E08-E13", found "${id}"`);
  return { id, key: sectionKey(id), ...sectionRange(id), description: splitRangeSuffix(description).text };
}

/** The chapters, sections and category placement of a tabular XML (a first, light pass). */
export async function catalogueFromTabular(stream: Readable, file: string, release: string): Promise<SectionCatalogue> {
  const catalogue: SectionCatalogue = { release, source: file, chapters: [], sections: [], placement: new Map() };
  for await (const events of readTabularXml(stream, file)) {
    for (const e of events) {
      if (e.type === 'chapter') catalogue.chapters.push(chapterDef(e.number, e.description, file, `chapter ${e.number}`));
      else if (e.type === 'section') catalogue.sections.push(sectionDef(e.id, e.description, file, `section ${e.id}`));
      else if (e.type === 'diag' && e.sectionId && CATEGORY.test(e.key)) catalogue.placement.set(e.key, e.sectionId);
    }
  }
  return catalogue;
}

function expectHeader(fields: string[], expected: string[], file: string): void {
  const got = fields.map((f) => f.trim().toLowerCase());
  if (expected.some((name, i) => got[i] !== name.toLowerCase()))
    throw new SourceError(file, 'line 1', `expected the header ${expected.join(',')}, found ${fields.join(',')}`);
}

/** Sections of `ICD10CM_<year>_sections.csv`. */
export async function readSectionsCsv(stream: Readable, file: string): Promise<SectionDef[]> {
  const sections: SectionDef[] = [];
  for await (const { fields, line, record } of readCsvRecords(stream, file)) {
    if (record === 1) {
      expectHeader(fields, ['SectionID', 'SectionName'], file);
      continue;
    }
    if (fields.every((f) => f.trim() === '')) continue;
    const [id = '', name = ''] = fields.map((f) => f.trim());
    if (name === '') throw new SourceError(file, `line ${line}`, `expected a section name for ${id}`);
    sections.push(sectionDef(id, name, file, `line ${line}`));
  }
  return sections;
}

/** Chapters of `ICD10CM_<year>_chapters.csv`. */
export async function readChaptersCsv(stream: Readable, file: string): Promise<ChapterDef[]> {
  const chapters: ChapterDef[] = [];
  for await (const { fields, line, record } of readCsvRecords(stream, file)) {
    if (record === 1) {
      expectHeader(fields, ['ChapterID', 'ChapterName'], file);
      continue;
    }
    if (fields.every((f) => f.trim() === '')) continue;
    const [id = '', name = ''] = fields.map((f) => f.trim());
    if (!/^\d{1,2}$/.test(id)) throw new SourceError(file, `line ${line}`, `expected a chapter number, found "${id}"`);
    chapters.push(chapterDef(id, name, file, `line ${line}`));
  }
  return chapters;
}
