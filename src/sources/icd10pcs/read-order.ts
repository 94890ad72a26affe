/** Reads one release's order file from its official zip into release, code and file records. */
import { createHash } from 'node:crypto';
import { SourceError } from '../../core/errors.js';
import type { CodeRecord, ReleaseRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type ReadOptions, sourceFileRecord } from '../contract.js';
import { openZipMember } from '../files/zip.js';
import { type GroupLabels, PcsHierarchy } from './hierarchy.js';
import { type OrderEntry, orderMemberPattern, parseOrderLine } from './order-file.js';

interface OrderReadContext {
  labels: GroupLabels;
  /** Composed titles by code, for the release whose tables XML is present (else null). */
  composed: ReadonlyMap<string, string> | null;
  options: ReadOptions;
  /** Filled with the valid codes read, for the tables cross-check. */
  validCodes?: Set<string>;
}

export function releaseRecord(year: string): ReleaseRecord {
  const fy = Number(year);
  return {
    type: 'release',
    system: 'icd10pcs',
    release: year,
    label: `FY${year}`,
    effectiveFrom: `${fy - 1}-10-01`,
    effectiveTo: `${fy}-09-30`,
    complete: true,
  };
}

/**
 * Splits text arriving in chunks into numbered lines (CRLF, LF or CR endings, like readline): a
 * chunk ending in CR waits for the next one, so a CRLF split across chunks is one line end.
 */
export class LineSplitter {
  private carry = '';
  private number = 0;

  push(text: string, out: Array<{ line: string; number: number }>): void {
    let data = this.carry + text;
    this.carry = '';
    if (data.endsWith('\r')) {
      this.carry = '\r';
      data = data.slice(0, -1);
    }
    const parts = data.split(/\r\n|\n|\r/);
    this.carry = (parts.pop() ?? '') + this.carry;
    for (const line of parts) out.push({ line, number: ++this.number });
  }

  end(out: Array<{ line: string; number: number }>): void {
    const last = this.carry.endsWith('\r') ? this.carry.slice(0, -1) : this.carry;
    if (this.carry !== '') out.push({ line: last, number: ++this.number });
    this.carry = '';
  }
}

/** The records of one order-file release, fed line by line (synchronous, so no promise per line). */
class OrderRelease {
  readonly counts = { sections: 0, bodySystems: 0, headers: 0, codes: 0, composedTitleDiffers: 0, nonAsciiLines: 0 };
  readonly problems: string[] = [];
  private readonly seen = new Set<string>();
  private readonly hierarchy: PcsHierarchy;

  constructor(
    private readonly file: DetectedFile,
    private readonly ctx: OrderReadContext,
    private readonly memberPath: string,
  ) {
    this.hierarchy = new PcsHierarchy(file.release, ctx.labels);
  }

  line(line: string, number: number, out: SourceRecord[]): void {
    if (line.trim() === '') return;
    const entry = parseOrderLine(line, number, this.memberPath);
    if (/[^\x20-\x7e]/.test(line)) {
      this.counts.nonAsciiLines += 1;
      if (this.counts.nonAsciiLines <= 5) this.problems.push(`line ${number}: characters outside printable ASCII (read as Latin-1)`);
    }
    if (this.seen.has(entry.code)) throw new SourceError(this.memberPath, `line ${number}`, `code ${entry.code} appears twice`);
    if (entry.valid) out.push(this.code(entry, number));
    else this.header(entry, out);
  }

  private code(entry: OrderEntry, number: number): CodeRecord {
    const table = entry.code.slice(0, 3);
    if (!this.seen.has(table))
      throw new SourceError(this.memberPath, `line ${number}`, `code ${entry.code} comes before a header for its table ${table}`);
    this.seen.add(entry.code);
    this.counts.codes += 1;
    this.ctx.validCodes?.add(entry.code);
    const record = codeRecord(this.file.release, entry.code, 'code', entry.longTitle, entry.shortTitle, table, entry.order);
    const composed = this.ctx.composed?.get(entry.code);
    if (composed !== undefined && composed !== entry.longTitle) {
      record.attributes = { composedTitle: composed };
      this.counts.composedTitleDiffers += 1;
    }
    return record;
  }

  private header(entry: OrderEntry, out: SourceRecord[]): void {
    for (const group of this.hierarchy.groupsFor(entry.code, entry.longTitle, entry.order)) {
      this.seen.add(group.key);
      if (group.key.length === 1) this.counts.sections += 1;
      else this.counts.bodySystems += 1;
      out.push(group);
    }
    this.seen.add(entry.code);
    this.counts.headers += 1;
    out.push(codeRecord(this.file.release, entry.code, 'header', entry.longTitle, entry.shortTitle, entry.code.slice(0, 2), entry.order));
  }

  fallbackProblems(): string[] {
    return this.hierarchy.fallbacks.map((f) => `label of ${f} taken from the order-file table header (not in the tables XML)`);
  }
}

/**
 * One release's order file from its official zip, as batches of records (one batch per chunk of
 * the member): the release record first, the file record last. Reading chunk by chunk keeps the
 * number of promises per record low, which matters where async hooks are active (node:test).
 */
export async function* readOrderBatches(file: DetectedFile, ctx: OrderReadContext): AsyncIterable<SourceRecord[]> {
  const { member, stream } = await openZipMember(file.absPath, orderMemberPattern(file.release));
  const memberPath = `${file.path}!/${member.name}`;
  const hash = createHash('sha256');
  let bytes = 0;
  let nextProgress = 0;
  const release = new OrderRelease(file, ctx, memberPath);
  const splitter = new LineSplitter();
  const lines: Array<{ line: string; number: number }> = [];
  yield [releaseRecord(file.release)];
  const feed = (): SourceRecord[] => {
    const out: SourceRecord[] = [];
    for (const { line, number } of lines) release.line(line, number, out);
    lines.length = 0;
    return out;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    splitter.push(chunk.toString('latin1'), lines);
    yield feed();
    if (bytes >= nextProgress) {
      ctx.options.onProgress?.({ system: 'icd10pcs', file: memberPath, done: bytes, total: member.size });
      nextProgress = bytes + 256 * 1024;
    }
  }
  splitter.end(lines);
  const last = feed();
  const problems = [...release.problems, ...release.fallbackProblems()];
  const counts = release.counts;
  last.push(sourceFileRecord({ ...file, path: memberPath, size: bytes }, 'icd10pcs', hash.digest('hex'), counts, problems, 'order'));
  yield last;
}

function codeRecord(
  release: string,
  key: string,
  kind: 'code' | 'header',
  display: string,
  shortDisplay: string,
  parent: string,
  order: number,
): CodeRecord {
  return {
    type: 'code',
    system: 'icd10pcs',
    release,
    key,
    code: key,
    kind,
    display,
    shortDisplay,
    billable: kind === 'code',
    parent,
    order,
  };
}
