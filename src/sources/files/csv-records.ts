/** Records of a CSV stream parsed by csv-parse (quoted fields, newlines inside quotes). */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { SourceError } from '../../core/errors.js';

interface CsvRecord {
  /** Fields of the record as text. */
  fields: string[];
  /** Line of the file on which the record starts (1-based). */
  line: number;
  /** 1-based record number. */
  record: number;
}

/** Stream CSV records; `encoding` is the file's byte encoding (CMS files are often Windows-1252). */
export async function* readCsvRecords(stream: Readable, label: string, encoding: BufferEncoding = 'utf8'): AsyncIterable<CsvRecord> {
  const parser = stream.pipe(
    parse({ encoding, bom: true, relax_column_count: true, info: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n'] }),
  );
  stream.on('error', (err) => parser.destroy(err));
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>) {
      yield { fields: item.record, line: item.info.lines, record: item.info.records };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const e = err as Error & { lines?: number };
    throw new SourceError(label, e.lines ? `line ${e.lines}` : 'csv', e.message);
  }
}
