/**
 * The build refuses bad data (docs/data.md "Bad files"): every official file is checked whole before
 * anything is read; an unreadable or truncated one fails the build naming it, unless the operator
 * allowed its source to go without it (`--allow-missing SOURCE`), in which case the plug-ins do not
 * see it and the report lists it.
 */
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import type { Detection } from '../sources/contract.js';
import { findUnreadableFiles, type UnreadableFile } from '../sources/files/integrity.js';

interface SourceCheck {
  /** Unreadable files skipped because their source is in --allow-missing. */
  skipped: UnreadableFile[];
  /** Their absolute paths, for the readers. */
  skipFiles: string[];
}

export async function checkSources(sourcesDir: string, allowMissing: readonly string[]): Promise<SourceCheck> {
  const unreadable = await findUnreadableFiles(sourcesDir);
  const allowed = new Set(allowMissing);
  const refused = unreadable.filter((f) => !allowed.has(f.source));
  if (refused.length > 0) {
    const problems = refused.map((f) => `${f.path}: ${f.reason}`);
    const sources = [...new Set(refused.map((f) => f.source || f.path))].join(',');
    throw new AppError(
      'invalid',
      `${refused.length === 1 ? 'a source file cannot' : `${refused.length} source files cannot`} be read whole: ${problems.join('; ')}. ` +
        `Replace ${refused.length === 1 ? 'it' : 'them'} (medcodes fetch), or build without ${refused.length === 1 ? 'it' : 'them'} with --allow-missing ${sources}.`,
      'sources',
      problems,
    );
  }
  const skipped = unreadable.filter((f) => allowed.has(f.source));
  return { skipped, skipFiles: skipped.map((f) => join(sourcesDir, f.path)) };
}

/** A plug-in's detection without the files the operator allowed the build to skip. */
export function withoutSkipped(detection: Detection, skipFiles: readonly string[]): Detection {
  if (skipFiles.length === 0) return detection;
  const skip = new Set(skipFiles);
  const kept = detection.files.filter((f) => !skip.has(f.absPath));
  const dropped = [...new Set(detection.files.filter((f) => skip.has(f.absPath)).map((f) => f.path))];
  return {
    ...detection,
    files: kept,
    missing: [...detection.missing, ...dropped.map((p) => `${p} is unreadable and was skipped (--allow-missing).`)],
  };
}
