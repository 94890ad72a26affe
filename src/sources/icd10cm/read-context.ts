/** What the readers of one `read()` share: the detected files, the options, checksums and progress. */
import type { DetectedFile, Detection, ReadOptions } from '../contract.js';
import { compareFiles, type Icd10cmRole } from './detect.js';
import { ChecksumCache } from './source-files.js';

export class ReadContext {
  readonly checksums = new ChecksumCache();
  private filesDone = 0;

  constructor(
    private readonly detection: Detection,
    private readonly options: ReadOptions,
  ) {}

  /** Files of a role, oldest release first (within a fiscal year, the April update last). */
  files(role: Icd10cmRole): DetectedFile[] {
    return this.detection.files.filter((f) => f.role === role).sort(compareFiles);
  }

  /** Fiscal years that have an April update order file (`2026-04`). */
  aprilYears(): Set<string> {
    return new Set(this.files('order').flatMap((f) => (/^\d{4}-04$/.test(f.release) ? [f.release.slice(0, 4)] : [])));
  }

  newest(role: Icd10cmRole): DetectedFile | undefined {
    return this.files(role).at(-1);
  }

  /** The order files to read: all, or only the newest with `newestOnly`. */
  orderFiles(): DetectedFile[] {
    const all = this.files('order');
    return this.options.newestOnly ? all.slice(-1) : all;
  }

  /** Tells the caller which file is being read; `finished` counts it as done. */
  progress(file: DetectedFile, finished = false): void {
    if (finished) this.filesDone += 1;
    this.options.onProgress?.({ system: 'icd10cm', file: file.path, done: this.filesDone, total: this.detection.files.length });
  }
}
