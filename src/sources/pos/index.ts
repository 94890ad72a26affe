/**
 * Place of Service plug-in: CMS's two-digit place of service codes from a JSON list or the CMS
 * table as CSV. The lists carry no date: the release is named by its folder (pos/<YYYY-MM>/) or,
 * for a file directly in pos/, "current". See docs/sources/pos.md.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SourceError } from '../../core/errors.js';
import type { CodeRecord, ReleaseRecord, SourceRecord } from '../../core/records.js';
import { type DetectedFile, type Detection, type ReadOptions, type SourcePlugin, sourceFileRecord } from '../contract.js';
import { sha256File } from '../files/checksum.js';
import { listFolder } from '../files/folders.js';
import { type PosEntry, parsePosCsv, parsePosJson } from './parse.js';

const NAME = /\.(json|csv)$/i;
/** The undated list's effective date: unknown, so the earliest possible (documented in docs/sources/pos.md). */
const UNDATED = '1900-01-01';

async function detectPos(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  const root = join(sourcesDir, 'pos');
  const consider = async (absPath: string, release: string) => {
    try {
      const s = await stat(absPath);
      if (s.isFile() && s.size > 0 && NAME.test(absPath)) {
        files.push({
          absPath,
          path: relative(sourcesDir, absPath),
          role: absPath.toLowerCase().endsWith('.json') ? 'json' : 'csv',
          release,
          size: s.size,
        });
      }
    } catch {
      // unreadable entries are not ours
    }
  };
  for (const name of await listFolder(root)) {
    const path = join(root, name);
    if (/^\d{4}-\d{2}$/.test(name)) for (const inner of await listFolder(path)) await consider(join(path, inner), name);
    else await consider(path, 'current');
  }
  const missing =
    files.length === 0
      ? ['no place of service list (pos/cms_place_of_service_codes.json or the CMS table as CSV): place of service codes are missing']
      : [];
  return { system: 'pos', files, missing };
}

function releaseRecord(release: string): ReleaseRecord {
  const dated = release !== 'current';
  return {
    type: 'release',
    system: 'pos',
    release,
    label: dated ? `CMS list ${release}` : 'CMS list',
    effectiveFrom: dated ? `${release}-01` : UNDATED,
    effectiveTo: null,
    complete: true,
  };
}

async function entriesOf(file: DetectedFile): Promise<PosEntry[]> {
  if (file.role === 'json') return parsePosJson(await readFile(file.absPath, 'utf8'), file.path);
  return parsePosCsv(file.absPath, file.path);
}

function codeRecord(entry: PosEntry, release: string, order: number): CodeRecord {
  const attributes: Record<string, unknown> = { telehealth: entry.telehealth };
  if (entry.description) attributes.description = entry.description;
  return {
    type: 'code',
    system: 'pos',
    release,
    key: entry.code,
    code: entry.code,
    kind: 'code',
    display: entry.name,
    shortDisplay: null,
    billable: true,
    parent: null,
    order,
    attributes,
  };
}

async function* readPos(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord> {
  const releases = [...new Set(detection.files.map((f) => f.release))].sort();
  for (const release of options.newestOnly ? releases.slice(-1) : releases) {
    yield releaseRecord(release);
    const seen = new Set<string>();
    let order = 0;
    for (const file of detection.files.filter((f) => f.release === release)) {
      options.onProgress?.({ system: 'pos', file: file.path, done: 0, total: 1 });
      const problems: string[] = [];
      let codes = 0;
      for (const [i, entry] of (await entriesOf(file)).entries()) {
        if (seen.has(entry.code)) {
          if (file.role === 'json') throw new SourceError(file.path, `entry ${i + 1}`, `code ${entry.code} appears twice`);
          problems.push(`code ${entry.code} appears again; the first entry is kept`);
          continue;
        }
        seen.add(entry.code);
        codes += 1;
        yield codeRecord(entry, release, ++order);
      }
      yield sourceFileRecord({ ...file, release }, 'pos', await sha256File(file.absPath), { codes }, problems);
      options.onProgress?.({ system: 'pos', file: file.path, done: 1, total: 1 });
    }
  }
}

export const posPlugin: SourcePlugin = { system: 'pos', detect: detectPos, read: readPos };
