import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { SourceError } from '../../core/errors.js';

/** A small element tree collected from a streamed XML document. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Direct text content (not of children), whitespace-trimmed. */
  text: string;
  /** Line where the element starts (1-based). */
  line: number;
  /** Path of the element, e.g. "pcsTable 12 > pcsRow 3 > axis 2 (pos 5)". */
  where: string;
}

/** The first child element with this name, if any. */
export function childElement(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** All child elements with this name. */
export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Text of the first child element with this name, or null. */
export function childText(el: XmlElement, name: string): string | null {
  const c = childElement(el, name);
  return c ? c.text : null;
}

/**
 * Streams an XML document and yields, one by one, every element whose name is in `names` (the
 * outermost such element; nested ones stay in its tree). Memory stays bounded by one element.
 * Malformed XML rejects with a SourceError naming `file` and the line.
 */
export async function* streamXmlElements(stream: Readable, file: string, names: ReadonlySet<string>): AsyncIterable<XmlElement> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  const counts = new Map<string, number>();
  const done: XmlElement[] = [];
  let collecting = 0;
  let failure: SourceError | null = null;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const n = (counts.get(tag.name) ?? 0) + 1;
    if (collecting === 0) counts.set(tag.name, n);
    const parent = stack.at(-1);
    const index = collecting === 0 ? n : (parent?.children.filter((c) => c.name === tag.name).length ?? 0) + 1;
    const label = `${tag.name} ${index}${attrs.pos ? ` (pos ${attrs.pos})` : ''}`;
    const el: XmlElement = {
      name: tag.name,
      attrs,
      children: [],
      text: '',
      line: parser.line,
      where: parent && collecting > 0 ? `${parent.where} > ${label}` : label,
    };
    if (collecting > 0) parent?.children.push(el);
    if (collecting > 0 || names.has(tag.name)) {
      collecting += 1;
      stack.push(el);
    }
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    if (collecting === 0) return;
    const el = stack.pop();
    collecting -= 1;
    if (!el) return;
    el.text = el.text.replace(/\s+/g, ' ').trim();
    if (collecting === 0) done.push(el);
  });
  parser.on('error', (err) => {
    failure ??= new SourceError(file, `line ${parser.line}`, `malformed XML (${err.message})`);
  });
  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (failure) throw failure;
    while (done.length > 0) yield done.shift() as XmlElement;
  }
  parser.close();
  if (failure) throw failure;
  while (done.length > 0) yield done.shift() as XmlElement;
}
