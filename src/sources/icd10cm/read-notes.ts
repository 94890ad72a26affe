/**
 * Notes and 7th-character definitions of the tabular XMLs, newest first: each XML gives them only
 * for keys (chapter, section, code) that no newer XML has, and says which release they come from.
 */
import type { SourceRecord } from '../../core/records.js';
import type { ReadContext } from './read-context.js';
import { fileRecord, openDetectedFile } from './source-files.js';
import { readTabularXml } from './tabular-xml.js';

export async function* readNotes(ctx: ReadContext): AsyncIterable<SourceRecord> {
  const keysOfNewer = new Set<string>();
  for (const file of ctx.files('tabular').reverse()) {
    ctx.progress(file);
    const keys = new Set<string>();
    const counts = { note: 0, sevenChar: 0, chapter: 0, section: 0, diag: 0, noteInNewer: 0, sevenCharInNewer: 0 };
    for await (const events of readTabularXml(await openDetectedFile(file), file.path)) {
      for (const e of events) {
        if (e.type === 'note' || e.type === 'sevenChar') {
          if (keysOfNewer.has(e.owner)) {
            counts[e.type === 'note' ? 'noteInNewer' : 'sevenCharInNewer'] += 1;
            continue;
          }
          counts[e.type] += 1;
          if (e.type === 'note')
            yield {
              type: 'note',
              system: 'icd10cm',
              sourceRelease: file.release,
              key: e.owner,
              kind: e.kind,
              text: e.text,
              order: e.order,
            };
          else
            yield {
              type: 'sevenChar',
              system: 'icd10cm',
              sourceRelease: file.release,
              key: e.owner,
              character: e.character,
              label: e.label,
            };
        } else {
          keys.add(e.key);
          counts[e.type] += 1;
        }
      }
    }
    for (const k of keys) keysOfNewer.add(k);
    ctx.progress(file, true);
    yield await fileRecord(file, ctx.checksums, counts, []);
  }
}
