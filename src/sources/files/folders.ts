/** Folder look-ups shared by the plug-ins' detect(): they never throw for a missing folder or file. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DetectedFile } from '../contract.js';

/** The names in a folder, sorted; none when the folder does not exist. */
export async function listFolder(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch {
    return [];
  }
}

/** The size of a regular file; 0 when it is missing or not a file (a folder). */
export async function fileSizeOf(path: string): Promise<number> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}

/** A non-empty regular file as a DetectedFile, or null when it is missing, empty or not a file. */
export async function detectedFile(sourcesDir: string, absPath: string, role: string, release: string): Promise<DetectedFile | null> {
  try {
    const s = await stat(absPath);
    if (!s.isFile() || s.size === 0) return null;
    return { absPath, path: relative(sourcesDir, absPath), role, release, size: s.size };
  } catch {
    return null;
  }
}

/**
 * The regular files in `dir` and its sub-folders down to `maxDepth` levels below it, depth first
 * with each folder's names sorted; folders named in `skip` are not entered. None when `dir` does
 * not exist.
 */
export async function filesBelow(dir: string, maxDepth: number, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  const out: string[] = [];
  for (const name of await listFolder(dir)) {
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (s?.isDirectory() && maxDepth > 0 && !skip.has(name)) out.push(...(await filesBelow(path, maxDepth - 1, skip)));
    else if (s?.isFile()) out.push(path);
  }
  return out;
}
