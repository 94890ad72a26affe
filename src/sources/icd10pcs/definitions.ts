/**
 * The ICD-10-PCS definitions XML (icd10pcs_definitions_<year>.xml): `section code` > `axis pos`
 * (with a `title`) > `terms`. A `terms` entry may carry several `title`s (body parts "1st Toe,
 * Left" and "1st Toe, Right" share one entry), one `definition` and `explanation` (operations,
 * approaches, qualifiers of sections F…), and any number of `includes` (body-part synonyms,
 * device brand names). Device titles name their body system ("Artificial Sphincter in Urinary
 * System"). The trailing `deviceAggregation` (specific device → general device value) is counted,
 * not yielded: the record types have no place for it.
 */
import { SourceError } from '../../core/errors.js';
import type { DefinitionRecord } from '../../core/records.js';
import { childElements, childText, type XmlElement } from '../files/xml.js';

/** Definition records of one `section` element. */
export function definitionsOfSection(file: string, section: XmlElement, sourceRelease: string): DefinitionRecord[] {
  const code = section.attrs.code;
  if (!code) throw new SourceError(file, `${section.where}, line ${section.line}`, '<section> has no "code" attribute');
  const out: DefinitionRecord[] = [];
  for (const axis of childElements(section, 'axis')) {
    const position = Number(axis.attrs.pos);
    if (!Number.isInteger(position) || position < 1 || position > 7)
      throw new SourceError(file, `${axis.where}, line ${axis.line}`, `<axis> needs pos 1..7, got "${axis.attrs.pos ?? ''}"`);
    const axisName = childText(axis, 'title') ?? '';
    for (const terms of childElements(axis, 'terms')) {
      const titles = childElements(terms, 'title').map((t) => t.text);
      if (titles.length === 0) throw new SourceError(file, `${terms.where}, line ${terms.line}`, '<terms> has no <title>');
      const definition = childText(terms, 'definition');
      const explanation = childText(terms, 'explanation');
      const includes = childElements(terms, 'includes').map((i) => i.text);
      for (const term of titles)
        out.push({
          type: 'definition',
          system: 'icd10pcs',
          sourceRelease,
          section: code,
          position,
          axisName,
          term,
          definition,
          explanation,
          includes,
        });
    }
  }
  return out;
}
