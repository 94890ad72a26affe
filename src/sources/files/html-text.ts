/** Plain text of an HTML fragment, paragraph by paragraph (a real HTML parser, not patterns). */
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'li', 'div', 'h1', 'h2', 'h3', 'h4', 'br', 'ul', 'ol']);

export function htmlParagraphs(html: string): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (BLOCKS.has(name)) flush();
      },
      ontext: (text) => {
        current += text;
      },
      onclosetag: (name) => {
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}
