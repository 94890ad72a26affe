/**
 * The manifest of official release files (src/config/official-files.json): per source and release,
 * where each file lands in the sources folder, the publisher's download URL, and — where the
 * publisher's file is fixed — its size and sha256. See docs/fetch.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../core/errors.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits');

const FileEntrySchema = z
  .object({
    /** Where the file lands under the sources folder (and where a mirror holds it). */
    path: z
      .string()
      .min(1)
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'a relative path inside the sources folder'),
    /** The publisher's download URL; absent when the file is only on mirrors. */
    url: z.string().url().optional(),
    size: z.number().int().nonnegative().optional(),
    sha256: Sha256.optional(),
    optional: z.boolean().optional(),
    /** Kept with every set however old its release (e.g. the newest XML that has the notes). */
    supporting: z.boolean().optional(),
    /**
     * When the publisher's download is not the stored file itself: the member of the downloaded zip
     * (a regular expression on its base name) and/or gzip applied before storing; size and sha256 of
     * the publisher's bytes (the member, or the file before gzip).
     */
    from: z
      .object({ member: z.string().optional(), gzip: z.boolean().optional(), size: z.number().int().optional(), sha256: Sha256.optional() })
      .strict()
      .optional(),
    /** "tree": the download is a zip unpacked (nested *_csv.zip too) into the folder `path`. */
    unpack: z.literal('tree').optional(),
  })
  .strict();

const ReleaseSchema = z
  .object({
    release: z.string().min(1),
    /** Change lists only: not a complete release, not counted among the newest three. */
    partial: z.boolean().optional(),
    files: z.array(FileEntrySchema).min(1),
  })
  .strict();

const ManifestSchema = z
  .object({
    $comment: z.string().optional(),
    sources: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), releases: z.array(ReleaseSchema).min(1) }).strict()),
  })
  .strict();

export type Manifest = z.infer<typeof ManifestSchema>;
type ManifestFile = z.infer<typeof FileEntrySchema>;

/** One file to fetch, with its source and release. */
export interface PlannedFile extends ManifestFile {
  source: string;
  release: string;
}

const DEFAULT_MANIFEST_PATH = fileURLToPath(new URL('../config/official-files.json', import.meta.url));

/** Parse and check a manifest file; errors name the file and every problem. */
export function loadManifest(path: string = DEFAULT_MANIFEST_PATH): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AppError('invalid', `manifest ${path}: ${(err as Error).message}`, 'manifest');
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('invalid', `manifest ${path} is not valid`, 'manifest', problems);
  }
  return parsed.data;
}

/** How many complete releases make "the newest complete set": the current one and the two before. */
const NEWEST_RELEASES = 3;

/**
 * The files to fetch. Without `release`: per source, the three newest complete releases, any
 * change-list releases newer than them, and the supporting files of older releases. With `release`: that release
 * of each chosen source (an error when no chosen source has it). `only` limits the sources.
 */
export function planFetch(manifest: Manifest, opts: { only?: string[]; release?: string } = {}): PlannedFile[] {
  const known = manifest.sources.map((s) => s.id);
  const unknown = (opts.only ?? []).filter((s) => !known.includes(s));
  if (unknown.length > 0) throw new AppError('invalid', `unknown source ${unknown.join(', ')} (known: ${known.join(', ')})`, 'only');
  const chosen = manifest.sources.filter((s) => !opts.only?.length || opts.only.includes(s.id));
  const out: PlannedFile[] = [];
  for (const source of chosen) {
    const releases = [...source.releases].sort((a, b) => (a.release < b.release ? 1 : a.release > b.release ? -1 : 0));
    let picked: typeof releases;
    if (opts.release) picked = releases.filter((r) => r.release === opts.release);
    else {
      const complete = releases.filter((r) => !r.partial);
      const newest = complete.slice(0, NEWEST_RELEASES);
      const oldestKept = newest.at(-1)?.release ?? '';
      picked = releases.filter((r) => newest.includes(r) || (r.partial && r.release > oldestKept));
    }
    for (const r of releases)
      for (const f of r.files)
        if (picked.includes(r) || (!opts.release && f.supporting)) out.push({ ...f, source: source.id, release: r.release });
  }
  if (opts.release && out.length === 0)
    throw new AppError('not-found', `no chosen source has a release "${opts.release}" in the manifest`, 'release');
  return out;
}
