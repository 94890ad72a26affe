/**
 * The ICD-10-CM index XMLs (alphabetic index, external cause index, table of drugs and
 * chemicals, table of neoplasms; UTF-8), streamed with saxes. Shape (icd10cm-index.xsd,
 * icd10cm-drug-neoplasm.xsd): `ICD10CM.index > indexHeading > head@col` (tables only), `letter >
 * mainTerm > term@level > term…`; a term has a `title` (text with `<nemod>` nonessential
 * modifiers), then optionally `see`, `seeAlso`, `code`, `seecat`, `subcat`, `manif`, table
 * `cell@col`s, then its subterms. One term record is made per (term path, code).
 */
import type { Readable } from 'node:stream';
import { SourceError } from '../../core/errors.js';
import type { TermKind, TermRecord } from '../../core/records.js';
import { streamXml, type XmlHandler, type XmlPosition } from '../files/xml.js';
import { cleanText, indexCodeKey, isEmptyCell, seeDetail, termRecord } from './index-terms.js';

/** Counts of what the reader met but did not turn into terms. */
export interface IndexXmlCounts {
  /** Terms with only see/see also and no code. */
  seeOnly: number;
  /** Terms with neither code nor see: headings of their subterms. */
  heading: number;
  /** Table cells marked "--" (no code). */
  emptyCell: number;
}

interface TermFrame {
  title: string;
  see: string;
  seeAlso: string;
  codes: Array<{ element: 'code' | 'manif' | 'seecat' | 'subcat'; text: string }>;
  cells: Array<{ col: number; text: string }>;
  done: boolean;
}

const FIELD_ELEMENTS = new Set(['title', 'see', 'seeAlso', 'code', 'manif', 'seecat', 'subcat', 'cell', 'head']);

/** Table headings as in FY2017 ("Poisoning, Accidental (unintentional)"); FY2025 drops the comma. */
export function tableHeading(text: string): string {
  return cleanText(text).replace(/^Poisoning(?!,)\s+/, 'Poisoning, ');
}

class IndexReader implements XmlHandler {
  private readonly frames: TermFrame[] = [];
  private readonly headings = new Map<number, string>();
  private text = '';
  private skipping = 0;
  private cellCol = 0;
  private headCol = 0;
  readonly counts: IndexXmlCounts = { seeOnly: 0, heading: 0, emptyCell: 0 };

  constructor(
    private readonly at: XmlPosition,
    private readonly file: string,
    private readonly kind: TermKind,
    private readonly release: string,
    private readonly emit: (term: TermRecord) => void,
    private readonly problem: (text: string) => void,
  ) {}

  private where(): string {
    return `line ${this.at.line}`;
  }

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'old') this.skipping += 1;
    if (name === 'nemod') this.text += ' ';
    if (name === 'mainTerm' || name === 'term') this.openTerm(name, attributes);
    else if (FIELD_ELEMENTS.has(name)) this.text = '';
    if (name === 'cell') this.cellCol = this.column(attributes);
    if (name === 'head') this.headCol = this.column(attributes);
  }

  private column(attributes: Record<string, string>): number {
    const col = Number(attributes.col);
    if (!Number.isInteger(col) || col < 1)
      throw new SourceError(this.file, this.where(), `expected a col attribute of 1 or more, found "${attributes.col}"`);
    return col;
  }

  private openTerm(name: string, attributes: Record<string, string>): void {
    const parent = this.frames.at(-1);
    if (parent && !parent.done) this.flush(parent);
    if (name === 'term') {
      const level = Number(attributes.level);
      if (level !== this.frames.length)
        throw new SourceError(
          this.file,
          this.where(),
          `expected <term level="${this.frames.length}"> at this depth, found level="${attributes.level}"`,
        );
    } else if (this.frames.length > 0) throw new SourceError(this.file, this.where(), 'expected <mainTerm> directly inside <letter>');
    this.frames.push({ title: '', see: '', seeAlso: '', codes: [], cells: [], done: false });
  }

  onText(text: string): void {
    if (this.skipping === 0) this.text += text;
  }

  close(name: string): void {
    if (name === 'old') this.skipping -= 1;
    if (name === 'nemod') this.text += ' ';
    if (name === 'mainTerm' || name === 'term') {
      const frame = this.frames.pop();
      if (frame && !frame.done) this.flush(frame, [...this.frames, frame]);
      return;
    }
    const frame = this.frames.at(-1);
    const value = cleanText(this.text);
    if (name === 'head') this.headings.set(this.headCol, tableHeading(value));
    if (!frame) return;
    if (name === 'title') frame.title = value;
    else if (name === 'see') frame.see = value;
    else if (name === 'seeAlso') frame.seeAlso = value;
    else if (name === 'code' || name === 'manif' || name === 'seecat' || name === 'subcat')
      frame.codes.push({ element: name, text: value });
    else if (name === 'cell') frame.cells.push({ col: this.cellCol, text: value });
  }

  private flush(frame: TermFrame, frames: TermFrame[] = this.frames): void {
    frame.done = true;
    if (frame.title === '' && frame.codes.length + frame.cells.length > 0)
      this.problem(`${this.where()}: a term without a title has codes`);
    const text = frames.map((f) => f.title).join(', ');
    let emitted = 0;
    for (const cell of frame.cells) emitted += this.emitCell(text, cell);
    const main = frame.codes.find((c) => c.element === 'code')?.text ?? '';
    for (const c of frame.codes) emitted += this.emitCode(text, c.text, this.codeDetail(frame, c.element, main));
    if (emitted > 0 || frame.cells.length > 0) return;
    if (frame.see || frame.seeAlso) this.counts.seeOnly += 1;
    else this.counts.heading += 1;
  }

  private codeDetail(frame: TermFrame, element: TermFrame['codes'][number]['element'], main: string): string | undefined {
    const see = seeDetail(frame.see, frame.seeAlso);
    if (element === 'code') return see;
    const note =
      element === 'manif'
        ? `manifestation code, used with ${main || 'its etiology code'}`
        : element === 'seecat'
          ? 'see category'
          : 'see subcategory';
    return see ? `${note}; ${see}` : note;
  }

  private emitCode(text: string, codeText: string, detail: string | undefined): number {
    const key = indexCodeKey(codeText);
    if (!key) {
      this.problem(`${this.where()}: "${codeText}" under "${text}" is not an ICD-10-CM code`);
      return 0;
    }
    this.emit(termRecord(this.kind, this.release, text, key, detail));
    return 1;
  }

  private emitCell(text: string, cell: { col: number; text: string }): number {
    if (isEmptyCell(cell.text)) {
      this.counts.emptyCell += 1;
      return 0;
    }
    const heading = this.headings.get(cell.col);
    if (!heading) throw new SourceError(this.file, this.where(), `expected an indexHeading <head col="${cell.col}"> for this cell`);
    return this.emitCode(text, cell.text, heading);
  }
}

interface IndexXmlSource {
  file: string;
  kind: TermKind;
  release: string;
}

/**
 * Streams an index XML: yields the term records of each chunk read. `problem` receives codes that
 * are not codes; malformed XML or structure rejects with the file and line. Counts of what was
 * not turned into terms are written into `counts` as the document is read.
 */
export async function* readIndexXml(
  stream: Readable,
  source: IndexXmlSource,
  counts: IndexXmlCounts,
  problem: (text: string) => void,
): AsyncIterable<TermRecord[]> {
  let batch: TermRecord[] = [];
  const readerOf = (at: XmlPosition) => new IndexReader(at, source.file, source.kind, source.release, (t) => batch.push(t), problem);
  let reader: IndexReader | undefined;
  for await (reader of streamXml(stream, source.file, readerOf)) {
    yield batch;
    batch = [];
  }
  if (reader) Object.assign(counts, reader.counts);
}
