/** Folder look-ups shared by the plug-ins' detect(): they never throw for a missing folder or file. */
import { readdir, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { DetectedFile } from '../contract.js';

/** The names in a folder, sorted; none when the folder does not exist. */
export async function listFolder(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch {
    return [];
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
