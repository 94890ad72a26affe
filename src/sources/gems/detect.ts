/** Finding the GEM files under gems/cm and gems/pcs by their official (or NBER) names. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CrosswalkSystemId } from '../../core/crosswalk-systems.js';
import type { DetectedFile, Detection } from '../contract.js';

export interface GemKind {
  /** Role of the file: "cm-10to9", "cm-9to10", "pcs-9to10", "pcs-10to9". */
  role: string;
  name: RegExp;
  fromSystem: CrosswalkSystemId;
  toSystem: CrosswalkSystemId;
  /** The map family written to crosswalks.source. */
  source: 'gem-cm' | 'gem-pcs';
}

const GEM_KINDS: readonly GemKind[] = [
  { role: 'cm-10to9', name: /(icd10cmtoicd9gem|i10gem)\.(csv|txt)(\.gz)?$/i, fromSystem: 'icd10cm', toSystem: 'icd9cm', source: 'gem-cm' },
  { role: 'cm-9to10', name: /(icd9toicd10cmgem|i9gem)\.(csv|txt)(\.gz)?$/i, fromSystem: 'icd9cm', toSystem: 'icd10cm', source: 'gem-cm' },
  {
    role: 'pcs-9to10',
    name: /(gem_i9pcs|icd9toicd10pcsgem)\.(csv|txt)(\.gz)?$/i,
    fromSystem: 'icd9pcs',
    toSystem: 'icd10pcs',
    source: 'gem-pcs',
  },
  {
    role: 'pcs-10to9',
    name: /(gem_pcsi9|icd10pcstoicd9gem)\.(csv|txt)(\.gz)?$/i,
    fromSystem: 'icd10pcs',
    toSystem: 'icd9pcs',
    source: 'gem-pcs',
  },
];

export function gemKindOf(role: string): GemKind {
  const kind = GEM_KINDS.find((k) => k.role === role);
  if (!kind) throw new Error(`unknown GEM role ${role}`);
  return kind;
}

/** The vintage of a GEM file: "FY2018" from "2018_I10gem.csv" or a year folder; "undated" otherwise. */
function gemVintage(path: string): string {
  const m = /(?:^|[/_-])(20\d\d)(?:[/_-])/.exec(path) ?? /(20\d\d)/.exec(path.split('/').pop() ?? '');
  return m ? `FY${m[1]}` : 'undated';
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const out: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) out.push(...(await filesUnder(path)));
      else if (entry.isFile()) out.push(path);
    }
    return out.sort();
  } catch {
    return [];
  }
}

export async function detectGems(sourcesDir: string): Promise<Detection> {
  const files: DetectedFile[] = [];
  for (const absPath of await filesUnder(join(sourcesDir, 'gems'))) {
    const kind = GEM_KINDS.find((k) => k.name.test(absPath));
    if (!kind) continue;
    const size = (await stat(absPath)).size;
    if (size === 0) continue;
    const path = relative(sourcesDir, absPath);
    files.push({ absPath, path, role: kind.role, release: gemVintage(path), size });
  }
  const missing = GEM_KINDS.filter((k) => !files.some((f) => f.role === k.role)).map(
    (k) => `no ${k.fromSystem} → ${k.toSystem} GEM (gems/${k.source === 'gem-cm' ? 'cm' : 'pcs'}/…): that direction has no crosswalk`,
  );
  return { system: 'icd10cm', files, missing };
}
