/** The CPT code records of a release: every code the AMA files or the CMS files name, under its section. */
import type { CodeRecord } from '../../core/records.js';
import type { AmaDescriptors } from './ama.js';
import { CPT_SHAPE } from './fact-rows.js';
import { type CptSection, cptSection, cptSectionOf } from './sections.js';

/** Which CMS files name each CPT code, and the descriptor text those files carry (used only under the licence setting). */
export class Mentions {
  readonly sources = new Map<string, Set<string>>();
  readonly rvuText = new Map<string, string>();
  readonly oppsText = new Map<string, string>();

  add(code: string, source: string, descriptor: string | null): void {
    if (!CPT_SHAPE.test(code)) return;
    let set = this.sources.get(code);
    if (!set) {
      set = new Set();
      this.sources.set(code, set);
    }
    set.add(source);
    if (descriptor === null) return;
    const texts = source === 'pfs-rvu' ? this.rvuText : this.oppsText;
    if (!texts.has(code)) texts.set(code, descriptor);
  }
}

function groupRecord(release: string, section: CptSection, order: number): CodeRecord {
  return {
    type: 'code',
    system: 'cpt',
    release,
    key: section.key,
    code: section.key,
    kind: 'range',
    display: section.heading,
    shortDisplay: null,
    billable: false,
    parent: section.parent,
    order,
  };
}

function display(
  code: string,
  ama: AmaDescriptors | undefined,
  mentions: Mentions,
  fromCms: boolean,
): { display: string; short: string | null } {
  if (ama?.long) return { display: ama.long, short: ama.short ?? null };
  if (fromCms) {
    const rvu = mentions.rvuText.get(code);
    const opps = mentions.oppsText.get(code);
    if (rvu || opps) return { display: rvu ?? opps ?? '', short: opps ?? rvu ?? null };
  }
  return { display: '', short: ama?.short ?? null };
}

function attributes(code: string, ama: AmaDescriptors | undefined, mentions: Mentions): Record<string, unknown> {
  const out: Record<string, unknown> = { sources: [...(mentions.sources.get(code) ?? [])].sort() };
  if (ama?.medium) out.mediumDescriptor = ama.medium;
  if (ama?.consumer) out.consumerDescriptor = ama.consumer;
  if (ama && ama.clinician.length > 0) out.clinicianDescriptors = ama.clinician;
  return out;
}

/** Section groups in use first (parents before children), then the codes in code order. */
export function* codeRecords(
  release: string,
  descriptors: Map<string, AmaDescriptors>,
  mentions: Mentions,
  fromCms: boolean,
): Iterable<CodeRecord> {
  const codes = [...new Set([...descriptors.keys(), ...mentions.sources.keys()])].sort();
  const used = new Set<string>();
  for (const code of codes) {
    const s = cptSectionOf(code);
    if (s) {
      used.add(s.key);
      if (s.parent) used.add(s.parent);
    }
  }
  let order = 0;
  for (const key of [...used].sort((a, b) => (cptSection(a)?.parent ? 1 : 0) - (cptSection(b)?.parent ? 1 : 0) || a.localeCompare(b))) {
    yield groupRecord(release, cptSection(key) as CptSection, ++order);
  }
  for (const code of codes) {
    const ama = descriptors.get(code);
    const text = display(code, ama, mentions, fromCms);
    yield {
      type: 'code',
      system: 'cpt',
      release,
      key: code,
      code,
      kind: 'code',
      display: text.display,
      shortDisplay: text.short,
      billable: true,
      parent: cptSectionOf(code)?.key ?? null,
      order: ++order,
      attributes: attributes(code, ama, mentions),
    };
  }
}
