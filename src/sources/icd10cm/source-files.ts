/** Opening a detected ICD-10-CM file (plain, gzipped or a zip member) and reporting it as a `file` record. */
import type { Readable } from 'node:stream';
import type { SourceFileRecord } from '../../core/records.js';
import { type DetectedFile, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { openMaybeGzip } from '../files/streams.js';
import { openZipMember } from '../files/zip.js';
import { zipMemberOf } from './detect.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A stream of the file's bytes: the zip member for `a.zip!/member`, gunzipped for `.gz`. */
export async function openDetectedFile(file: DetectedFile): Promise<Readable> {
  const member = zipMemberOf(file);
  if (member === null) return openMaybeGzip(file.absPath);
  const base = member.split('/').pop() ?? member;
  const { stream } = await openZipMember(file.absPath, new RegExp(`^${escapeRegExp(base)}$`));
  return stream;
}

/** sha256 of files on disk, computed once per file even when several zip members are read. */
export class ChecksumCache {
  private readonly sums = new Map<string, Promise<string>>();

  of(absPath: string): Promise<string> {
    let sum = this.sums.get(absPath);
    if (!sum) {
      sum = sha256File(absPath);
      this.sums.set(absPath, sum);
    }
    return sum;
  }
}

/** The `file` record of a detected file once it has been read. */
export async function fileRecord(
  file: DetectedFile,
  checksums: ChecksumCache,
  counts: Record<string, number>,
  problems: string[],
): Promise<SourceFileRecord> {
  return sourceFileRecord(file, 'icd10cm', await checksums.of(file.absPath), counts, problems);
}

/** At most `limit` problems listed one by one, then one sentence for the rest. */
export class ProblemList {
  readonly items: string[] = [];
  private extra = 0;

  constructor(private readonly limit = 50) {}

  add(problem: string): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.extra += 1;
  }

  list(): string[] {
    return this.extra > 0 ? [...this.items, `… and ${this.extra} more like these`] : [...this.items];
  }
}
