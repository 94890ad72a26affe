/**
 * The third-party alphabetic index CSV `ICD10CM_2025_Index.csv(.gz)` (UTF-8), derived from the
 * FY2025 index XML: RowID, Letter, Level (0 = main term), Term, See, SeeAlso, NonEssModif, Code.
 * The parent path is rebuilt from Level: a row at level N follows its level N-1 parent. The
 * nonessential modifiers are put back after the term text, as the XML reader does ("Abasia
 * (-astasia) (hysterical)"); text the XML had after the modifier ("vein (peripheral) NEC") was
 * lost by the CSV's author.
 */
import type { Readable } from 'node:stream';
import { SourceError } from '../../core/errors.js';
import type { TermRecord } from '../../core/records.js';
import { readCsvRecords } from '../files/csv-records.js';
import { cleanText, indexCodeKey, seeDetail, termRecord } from './index-terms.js';
import type { IndexXmlCounts } from './index-xml.js';

const HEADER = ['RowID', 'Letter', 'Level', 'Term', 'See', 'SeeAlso', 'NonEssModif', 'Code'];

/** Yields the index terms of the CSV in batches; invalid codes go to `problem`, counts into `counts`. */
export async function* readIndexCsv(
  stream: Readable,
  file: string,
  release: string,
  counts: IndexXmlCounts,
  problem: (text: string) => void,
): AsyncIterable<TermRecord[]> {
  const path: string[] = [];
  let batch: TermRecord[] = [];
  for await (const { fields, line, record } of readCsvRecords(stream, file)) {
    if (record === 1) {
      if (HEADER.some((name, i) => (fields[i] ?? '').trim().toLowerCase() !== name.toLowerCase()))
        throw new SourceError(file, 'line 1', `expected the header ${HEADER.join(',')}, found ${fields.join(',')}`);
      continue;
    }
    if (fields.every((f) => f.trim() === '')) continue;
    if (fields.length !== HEADER.length)
      throw new SourceError(file, `line ${line}`, `expected ${HEADER.length} fields, found ${fields.length}`);
    const [, , levelText = '', term = '', see = '', seeAlso = '', nemod = '', code = ''] = fields.map(cleanText);
    const level = Number(levelText);
    if (!/^\d$/.test(levelText) || level > path.length)
      throw new SourceError(file, `line ${line}`, `expected a level from 0 to ${path.length}, found "${levelText}"`);
    path.length = level;
    path.push(cleanText(`${term} ${nemod}`));
    const text = path.join(', ');
    if (code) {
      const key = indexCodeKey(code);
      if (key) batch.push(termRecord('index', release, text, key, seeDetail(see, seeAlso)));
      else problem(`line ${line}: "${code}" under "${text}" is not an ICD-10-CM code`);
    } else if (see || seeAlso) counts.seeOnly += 1;
    else counts.heading += 1;
    if (batch.length >= 2000) {
      yield batch;
      batch = [];
    }
  }
  yield batch;
}
