/**
 * The ICD-10-CM tabular list XML (`icd10cm_tabular_<year>.xml`, UTF-8), streamed with saxes:
 * `ICD10CM.tabular > chapter (name, desc, notes…, sectionIndex, section…) > section@id (desc,
 * notes…, diag…) > diag (name, desc, notes…, sevenChrNote, sevenChrDef, diag…)`. Each note kind
 * element (includes, excludes1, …) holds `<note>` children; `sevenChrDef` holds
 * `<extension char="A">label</extension>` (and sometimes a `<note>` qualifying the previous
 * extension, which is not kept). The introduction and the visual impairment table are skipped.
 * FY2024+ files (and the April updates, addenda style) may mark changed text inside any text
 * element with `<new>`, `<old>`, `<diff>`, `<unc>`: the text of `<old>` is dropped, the rest kept;
 * `<deactivated from= thru=>` ranges inside a section are not codes and are skipped.
 */
import type { Readable } from 'node:stream';
import { normalizeCodeKey } from '../../core/codes.js';
import { SourceError } from '../../core/errors.js';
import type { NoteKind } from '../../core/records.js';
import { streamXml, type XmlHandler, type XmlPosition } from '../files/xml.js';
import { sectionKey } from './sections.js';

const NOTE_KINDS: ReadonlySet<string> = new Set<NoteKind>([
  'inclusionTerm',
  'includes',
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
  'notes',
  'sevenChrNote',
]);

/** What the tabular list says, in document order. */
type TabularEvent =
  | { type: 'chapter'; number: string; key: string; description: string }
  | { type: 'section'; id: string; key: string; description: string; chapterKey: string }
  /** A diag element; `sectionId` for diags directly inside a section (the categories). */
  | { type: 'diag'; key: string; sectionId: string | null }
  /** `owner` is a chapter key (CH4), a section key (E08-E13) or a code key without dot (E119). */
  | { type: 'note'; owner: string; kind: NoteKind; text: string; order: number }
  | { type: 'sevenChar'; owner: string; character: string; label: string };

interface Owner {
  kind: 'chapter' | 'section' | 'diag';
  key: string;
  sectionId: string | null;
  notes: number;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The state of one streamed document: the element path, the owners open and the text being read. */
class TabularReader implements XmlHandler {
  private readonly path: string[] = [];
  private readonly owners: Owner[] = [];
  private text = '';
  private extensionChar = '';
  private chapterNumber = '';
  private inIntroduction = 0;
  /** Inside `<old>` (text replaced in an update) or `<deactivated>`: text not kept. */
  private dropping = 0;

  constructor(
    private readonly at: XmlPosition,
    private readonly file: string,
    private readonly emit: (event: TabularEvent) => void,
  ) {}

  private fail(what: string): never {
    throw new SourceError(this.file, `line ${this.at.line}`, what);
  }

  private owner(): Owner {
    return this.owners.at(-1) ?? this.fail('expected a note inside a chapter, section or diag');
  }

  open(name: string, attributes: Record<string, string>): void {
    this.path.push(name);
    if (name === 'introduction') this.inIntroduction += 1;
    if (this.inIntroduction > 0) return;
    if (name === 'old' || name === 'deactivated') this.dropping += 1;
    if (name === 'old' || name === 'new' || name === 'diff' || name === 'unc' || this.dropping > 0) return; // inline markup: keep the text being read
    this.text = '';
    if (name === 'chapter') this.owners.push({ kind: 'chapter', key: '', sectionId: null, notes: 0 });
    else if (name === 'section') {
      const id = attributes.id?.trim() ?? this.fail('expected an id attribute on <section>');
      this.owners.push({ kind: 'section', key: sectionKey(id), sectionId: id, notes: 0 });
    } else if (name === 'diag') this.owners.push({ kind: 'diag', key: '', sectionId: null, notes: 0 });
    else if (name === 'extension') this.extensionChar = attributes.char?.trim() ?? this.fail('expected a char attribute on <extension>');
  }

  onText(text: string): void {
    if (this.inIntroduction === 0 && this.dropping === 0) this.text += text;
  }

  close(name: string): void {
    const parentName = this.path.at(-2) ?? '';
    this.path.pop();
    if (name === 'introduction') this.inIntroduction -= 1;
    if (this.inIntroduction > 0 || name === 'introduction') return;
    if (name === 'old' || name === 'deactivated') {
      this.dropping -= 1;
      return;
    }
    if (this.dropping > 0 || name === 'new' || name === 'diff' || name === 'unc') return;
    if (name === 'name') this.named(parentName, clean(this.text));
    else if (name === 'desc') this.described(parentName, clean(this.text));
    else if (name === 'note' && NOTE_KINDS.has(parentName)) this.noted(parentName as NoteKind, clean(this.text));
    else if (name === 'extension' && parentName === 'sevenChrDef') {
      this.emit({ type: 'sevenChar', owner: this.owner().key, character: this.extensionChar, label: clean(this.text) });
    } else if (name === 'chapter' || name === 'section' || name === 'diag') this.owners.pop();
  }

  private named(parentName: string, value: string): void {
    const owner = this.owners.at(-1);
    if (!owner) return;
    if (parentName === 'chapter' && owner.kind === 'chapter') {
      if (!/^\d{1,2}$/.test(value)) this.fail(`expected a chapter number in <name>, found "${value}"`);
      this.chapterNumber = value;
      owner.key = `CH${value}`;
    } else if (parentName === 'diag' && owner.kind === 'diag') {
      const key = normalizeCodeKey(value);
      if (!/^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$/.test(key)) this.fail(`expected an ICD-10-CM code in <diag><name>, found "${value}"`);
      owner.key = key;
      const parent = this.owners.at(-2);
      this.emit({ type: 'diag', key, sectionId: parent?.kind === 'section' ? parent.sectionId : null });
    }
  }

  private described(parentName: string, value: string): void {
    const owner = this.owners.at(-1);
    if (!owner || parentName !== owner.kind) return;
    if (owner.kind === 'chapter') {
      if (!owner.key) this.fail('expected <name> before <desc> in a chapter');
      this.emit({ type: 'chapter', number: this.chapterNumber, key: owner.key, description: value });
    } else if (owner.kind === 'section' && owner.sectionId) {
      const chapter = this.owners.find((o) => o.kind === 'chapter');
      this.emit({ type: 'section', id: owner.sectionId, key: owner.key, description: value, chapterKey: chapter?.key ?? '' });
    }
  }

  private noted(kind: NoteKind, text: string): void {
    const owner = this.owner();
    if (!owner.key) this.fail(`expected <name> before the ${kind} notes`);
    if (text === '') return;
    owner.notes += 1;
    this.emit({ type: 'note', owner: owner.key, kind, text, order: owner.notes });
  }
}

/**
 * Streams a tabular XML document: yields the events of each chunk read, in document order.
 * Malformed XML or an element without its required parts rejects with the file and line.
 */
export async function* readTabularXml(stream: Readable, file: string): AsyncIterable<TabularEvent[]> {
  let batch: TabularEvent[] = [];
  for await (const _ of streamXml(stream, file, (at) => new TabularReader(at, file, (event) => batch.push(event)))) {
    yield batch;
    batch = [];
  }
}
