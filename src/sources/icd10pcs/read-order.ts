/** Reads one release's order file from its official zip into release, code and file records. */
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { SourceError } from '../../domain/errors.js';
import type { CodeRecord, ReleaseRecord, SourceRecord } from '../../domain/records.js';
import type { DetectedFile, ReadOptions } from '../contract.js';
import { readLines } from '../files/streams.js';
import { openZipMember } from '../files/zip.js';
import { type GroupLabels, PcsHierarchy } from './hierarchy.js';
import { orderMemberPattern, parseOrderLine } from './order-file.js';

export interface OrderReadContext {
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

function hashingTap(): { tap: Transform; bytesSoFar: () => number; digest: () => { sha256: string; bytes: number } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { tap, bytesSoFar: () => bytes, digest: () => ({ sha256: hash.digest('hex'), bytes }) };
}

export async function* readOrderRelease(file: DetectedFile, ctx: OrderReadContext): AsyncIterable<SourceRecord> {
  const { member, stream } = await openZipMember(file.absPath, orderMemberPattern(file.release));
  const memberPath = `${file.path}!/${member.name}`;
  const { tap, bytesSoFar, digest } = hashingTap();
  stream.on('error', (err) => tap.destroy(err));
  stream.pipe(tap);
  yield releaseRecord(file.release);
  const hierarchy = new PcsHierarchy(file.release, ctx.labels);
  const seen = new Set<string>();
  const counts = { sections: 0, bodySystems: 0, headers: 0, codes: 0, composedTitleDiffers: 0, nonAsciiLines: 0 };
  const problems: string[] = [];
  for await (const { line, number } of readLines(tap, 'latin1')) {
    if (line.trim() === '') continue;
    const entry = parseOrderLine(line, number, memberPath);
    if (/[^\x20-\x7e]/.test(line)) {
      counts.nonAsciiLines += 1;
      if (counts.nonAsciiLines <= 5) problems.push(`line ${number}: characters outside printable ASCII (read as Latin-1)`);
    }
    if (seen.has(entry.code)) throw new SourceError(memberPath, `line ${number}`, `code ${entry.code} appears twice`);
    if (entry.valid) {
      const table = entry.code.slice(0, 3);
      if (!seen.has(table))
        throw new SourceError(memberPath, `line ${number}`, `code ${entry.code} comes before a header for its table ${table}`);
      seen.add(entry.code);
      counts.codes += 1;
      ctx.validCodes?.add(entry.code);
      const record = codeRecord(file.release, entry.code, 'code', entry.longTitle, entry.shortTitle, table, entry.order);
      const composed = ctx.composed?.get(entry.code);
      if (composed !== undefined && composed !== entry.longTitle) {
        record.attributes = { composedTitle: composed };
        counts.composedTitleDiffers += 1;
      }
      yield record;
    } else {
      for (const group of hierarchy.groupsFor(entry.code, entry.longTitle, entry.order)) {
        seen.add(group.key);
        if (group.key.length === 1) counts.sections += 1;
        else counts.bodySystems += 1;
        yield group;
      }
      seen.add(entry.code);
      counts.headers += 1;
      yield codeRecord(file.release, entry.code, 'header', entry.longTitle, entry.shortTitle, entry.code.slice(0, 2), entry.order);
    }
    if (number % 5000 === 0) ctx.options.onProgress?.({ system: 'icd10pcs', file: memberPath, done: bytesSoFar(), total: member.size });
  }
  for (const f of hierarchy.fallbacks) problems.push(`label of ${f} taken from the order-file table header (not in the tables XML)`);
  const { sha256, bytes } = digest();
  yield { type: 'file', system: 'icd10pcs', release: file.release, path: memberPath, size: bytes, sha256, role: 'order', counts, problems };
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
