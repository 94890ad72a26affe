/**
 * The ICD-10-PCS alphabetic index XML (icd10pcs_index_<year>.xml): `letter` > `mainTerm` (title)
 * > nested `term level=N` (optional title). A term points at a full `code` (7 characters), partial
 * `codes` (3–6 characters) or a table `tab` (3 characters), or sends the reader elsewhere with
 * `see` / `use` — whose text may itself end in `codes` or `tab` ("Excision, Lower Bones" + 0QB).
 */

import { normalizeCodeKey } from '../../core/codes.js';
import type { TermRecord } from '../../core/records.js';
import { childElements, type XmlElement } from '../files/xml.js';

const CODE_ELEMENTS = new Set(['code', 'codes', 'tab']);

interface IndexTally {
  /** see/use references without any code, which no record can carry (key is required). */
  withoutCode: number;
}

function codesIn(el: XmlElement): string[] {
  return el.children.filter((c) => CODE_ELEMENTS.has(c.name) && c.text !== '').map((c) => normalizeCodeKey(c.text));
}

/** Term records of one `mainTerm`: the term path (parents first, ", ") for every code reached. */
export function termsOfMainTerm(main: XmlElement, sourceRelease: string, tally: IndexTally): TermRecord[] {
  const out: TermRecord[] = [];
  const visit = (el: XmlElement, path: string[]) => {
    const title = el.children.find((c) => c.name === 'title')?.text;
    const here = title ? [...path, title] : path;
    const text = here.join(', ');
    for (const key of codesIn(el)) out.push({ type: 'term', system: 'icd10pcs', sourceRelease, key, kind: 'pcsIndex', text });
    for (const ref of el.children.filter((c) => c.name === 'see' || c.name === 'use')) {
      const keys = codesIn(ref);
      const detail = `${ref.name} ${ref.text}`.trim();
      if (keys.length === 0) tally.withoutCode += 1;
      for (const key of keys) out.push({ type: 'term', system: 'icd10pcs', sourceRelease, key, kind: 'pcsIndex', text, detail });
    }
    for (const child of childElements(el, 'term')) visit(child, here);
  };
  visit(main, []);
  return out;
}
