/**
 * The contract every code-system plug-in fulfils. A plug-in reads official files as streams and
 * yields records; it never touches the database and never imports another plug-in.
 */
import type { SourceFileRecord, SourceId, SourceRecord } from '../core/records.js';

/** One official file (or zip member group) that a plug-in recognised by its name. */
export interface DetectedFile {
  /** Absolute path of the file on disk. */
  absPath: string;
  /** Path relative to the sources folder, for reports. */
  path: string;
  /** What the file is to the plug-in ("order", "tabular", "index", "tables", "xlsx", …). */
  role: string;
  /** The release the file belongs to ("2026", "2025-10"). */
  release: string;
  size: number;
}

export interface Detection {
  system: SourceId;
  files: DetectedFile[];
  /** Plain sentences about what a full build would want but is not there. */
  missing: string[];
}

export interface ReadOptions {
  /**
   * Import CPT descriptor text from CMS files whose descriptor column carries it (AMA licence
   * needed). Off by default: CPT codes are then shown without descriptors.
   */
  cptDescriptorsFromCmsFiles: boolean;
  /** Only the newest release of each system (faster builds for development). */
  newestOnly: boolean;
  /** Called as work proceeds: bytes or records done of a total, for progress bars. */
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  system: SourceId;
  /** What is being read now (a file path). */
  file: string;
  done: number;
  total: number;
}

export interface SourcePlugin {
  system: SourceId;
  /** Name in build reports when it differs from the system (plug-ins that add facts to a system: "gems", "cms-hcc"). */
  name?: string;
  /** Find this plug-in's files under the sources folder. Never throws for missing files. */
  detect(sourcesDir: string): Promise<Detection>;
  /**
   * Read the detected files and yield records: a `release` record before the codes of that
   * release, a `file` record for every file read (after its contents), then the codes, notes,
   * terms and so on. Throws SourceError naming the file and place on malformed input.
   */
  read(detection: Detection, options: ReadOptions): AsyncIterable<SourceRecord>;
}

/**
 * The `file` record of a detected file once it has been read (see SourcePlugin.read). `role`
 * defaults to the detected role; a plug-in that reads a zip member or knows the release better
 * passes `{ ...file, path, size, release }`.
 */
export function sourceFileRecord(
  file: Pick<DetectedFile, 'path' | 'release' | 'role' | 'size'>,
  system: SourceId,
  sha256: string,
  counts: Record<string, number>,
  problems: string[] = [],
  role: string = file.role,
): SourceFileRecord {
  return { type: 'file', system, release: file.release, path: file.path, size: file.size, sha256, role, counts, problems };
}
