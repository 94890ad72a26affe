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

/** Where the parser is: its 1-based line, for "line N" in error messages. */
export interface XmlPosition {
  readonly line: number;
}

/** What a streamed document is handed to: a throw from `open` or `close` rejects the stream. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  onText(text: string): void;
  close(name: string): void;
}

/**
 * Streams an XML document (UTF-8) through the handler that `handlerOf` makes for the parser's
 * position, and yields that handler after each chunk read and once more at the end, so that the
 * caller can hand on what it collected meanwhile. Memory stays bounded by what the handler keeps.
 * Malformed XML rejects with a SourceError naming `file` and the line; the first error the handler
 * throws rejects as it is (no later event reaches the handler after it).
 */
export async function* streamXml<H extends XmlHandler>(
  stream: Readable,
  file: string,
  handlerOf: (at: XmlPosition) => H,
): AsyncIterable<H> {
  const parser = new SaxesParser({ position: true });
  const handler = handlerOf(parser);
  let failure: Error | null = null;
  const guard = (step: () => void): void => {
    if (failure) return;
    try {
      step();
    } catch (err) {
      failure = err as Error;
    }
  };
  parser.on('opentag', (tag) => guard(() => handler.open(tag.name, tag.attributes as Record<string, string>)));
  parser.on('text', (text) => handler.onText(text));
  parser.on('closetag', (tag) => guard(() => handler.close(tag.name)));
  parser.on('error', (err) => {
    failure ??= new SourceError(file, `line ${parser.line}`, `malformed XML (${err.message})`);
  });
  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (failure) throw failure;
    yield handler;
  }
  parser.close();
  if (failure) throw failure;
  yield handler;
}

/**
 * Parses one whole XML document held in memory through `handler` (no positions kept). Malformed
 * XML throws a SourceError naming `file` and the line.
 */
export function parseXmlDocument(xml: string, file: string, handler: Partial<XmlHandler>): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => handler.open?.(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', (text) => handler.onText?.(text));
  parser.on('closetag', (tag) => handler.close?.(tag.name));
  try {
    parser.write(xml).close();
  } catch (err) {
    throw new SourceError(file, `line ${parser.line}`, `malformed XML (${(err as Error).message})`);
  }
}

/** Builds the element trees of streamXmlElements, the outermost wanted element at a time. */
class ElementCollector implements XmlHandler {
  private readonly stack: XmlElement[] = [];
  private readonly counts = new Map<string, number>();
  private collecting = 0;
  readonly done: XmlElement[] = [];

  constructor(
    private readonly at: XmlPosition,
    private readonly names: ReadonlySet<string>,
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(attributes)) attrs[k] = String(v);
    const n = (this.counts.get(name) ?? 0) + 1;
    if (this.collecting === 0) this.counts.set(name, n);
    const parent = this.stack.at(-1);
    const index = this.collecting === 0 ? n : (parent?.children.filter((c) => c.name === name).length ?? 0) + 1;
    const label = `${name} ${index}${attrs.pos ? ` (pos ${attrs.pos})` : ''}`;
    const el: XmlElement = {
      name,
      attrs,
      children: [],
      text: '',
      line: this.at.line,
      where: parent && this.collecting > 0 ? `${parent.where} > ${label}` : label,
    };
    if (this.collecting > 0) parent?.children.push(el);
    if (this.collecting > 0 || this.names.has(name)) {
      this.collecting += 1;
      this.stack.push(el);
    }
  }

  onText(text: string): void {
    const top = this.stack.at(-1);
    if (top) top.text += text;
  }

  close(): void {
    if (this.collecting === 0) return;
    const el = this.stack.pop();
    this.collecting -= 1;
    if (!el) return;
    el.text = el.text.replace(/\s+/g, ' ').trim();
    if (this.collecting === 0) this.done.push(el);
  }
}

/**
 * Streams an XML document and yields, one by one, every element whose name is in `names` (the
 * outermost such element; nested ones stay in its tree). Memory stays bounded by one element.
 * Malformed XML rejects with a SourceError naming `file` and the line.
 */
export async function* streamXmlElements(stream: Readable, file: string, names: ReadonlySet<string>): AsyncIterable<XmlElement> {
  for await (const collector of streamXml(stream, file, (at) => new ElementCollector(at, names))) {
    while (collector.done.length > 0) yield collector.done.shift() as XmlElement;
  }
}
