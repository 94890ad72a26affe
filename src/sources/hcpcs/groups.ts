/** Grouping nodes of one HCPCS release: the letter groups, the section ranges and the modifiers group, only those in use. */
import type { CodeRecord } from '../../core/records.js';
import type { HcpcsEntry } from './entry.js';
import { HCPCS_SECTIONS, letterGroupKey, letterHeading, MODIFIERS_KEY, sectionKey, sectionOf } from './sections.js';

/** The key of the group an entry sits under. */
export function parentOf(entry: HcpcsEntry): string {
  if (entry.kind === 'modifier') return MODIFIERS_KEY;
  const section = sectionOf(entry.key);
  return section ? sectionKey(section) : letterGroupKey(entry.key.slice(0, 1));
}

function group(release: string, key: string, display: string, parent: string | null, order: number): CodeRecord {
  return {
    type: 'code',
    system: 'hcpcs',
    release,
    key,
    code: key,
    kind: 'range',
    display,
    shortDisplay: null,
    billable: false,
    parent,
    order,
  };
}

interface HcpcsGroups {
  records: CodeRecord[];
  /** Codes no section range covers (they sit under their letter group). */
  uncovered: string[];
}

export function groupRecords(entries: readonly HcpcsEntry[], release: string): HcpcsGroups {
  const letters = new Set<string>();
  const sections = new Set<string>();
  const uncovered: string[] = [];
  let modifiers = false;
  for (const e of entries) {
    if (e.kind === 'modifier') {
      modifiers = true;
      continue;
    }
    letters.add(e.key.slice(0, 1));
    const s = sectionOf(e.key);
    if (s) sections.add(sectionKey(s));
    else uncovered.push(e.key);
  }
  const records: CodeRecord[] = [];
  for (const letter of [...letters].sort()) {
    records.push(group(release, letterGroupKey(letter), letterHeading(letter), null, records.length + 1));
    for (const s of HCPCS_SECTIONS) {
      if (s.first.startsWith(letter) && sections.has(sectionKey(s))) {
        records.push(group(release, sectionKey(s), s.heading, letterGroupKey(letter), records.length + 1));
      }
    }
  }
  if (modifiers) records.push(group(release, MODIFIERS_KEY, 'Modifiers', null, records.length + 1));
  return { records, uncovered: [...new Set(uncovered)] };
}
