/**
 * A small N-Triples reader (W3C N-Triples grammar: one `subject predicate object .` per line, IRIs in
 * angle brackets, literals in double quotes with backslash escapes and an optional @lang or ^^type).
 * Shared by the plug-ins that read RDF dumps (passages, lexicon).
 */
import { SourceError } from '../../core/errors.js';

/** Namespaces of the RDF dumps read (MeSH SKOS, MedlinePlus knextract) and the MeSH descriptor IRI (its id in group 1). */
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const KNEX = 'http://purl.archive.org/purl/knextract/ontology#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const MESH_ID = /^http:\/\/id\.nlm\.nih\.gov\/mesh\/\d{4}\/(D\d+)$/;

interface Triple {
  subject: string;
  predicate: string;
  /** The IRI (without brackets) or the literal's text (unescaped). */
  object: string;
  literal: boolean;
}

function readIri(line: string, at: number): [string, number] | null {
  if (line[at] !== '<') return null;
  const end = line.indexOf('>', at + 1);
  return end < 0 ? null : [line.slice(at + 1, end), end + 1];
}

function readNode(line: string, at: number): [string, number] | null {
  if (line[at] === '<') return readIri(line, at);
  if (line.startsWith('_:', at)) {
    const end = line.indexOf(' ', at);
    return end < 0 ? null : [line.slice(at, end), end];
  }
  return null;
}

const ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function readLiteral(line: string, at: number): [string, number] | null {
  let out = '';
  let i = at + 1;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === '"') return [out, i + 1];
    if (ch === '\\') {
      const next = line[i + 1] ?? '';
      if (next === 'u' || next === 'U') {
        const len = next === 'u' ? 4 : 8;
        out += String.fromCodePoint(Number.parseInt(line.slice(i + 2, i + 2 + len), 16));
        i += 2 + len;
        continue;
      }
      out += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    out += ch;
    i += 1;
  }
  return null;
}

const skipSpaces = (line: string, at: number): number => {
  let i = at;
  while (line[i] === ' ' || line[i] === '\t') i += 1;
  return i;
};

/** One triple of a line, or null for blank and comment lines; throws on a malformed line. */
export function parseTriple(line: string): Triple | null {
  const start = skipSpaces(line, 0);
  if (start >= line.length || line[start] === '#') return null;
  const subject = readNode(line, start);
  if (!subject) throw new Error('expected a subject IRI or blank node');
  const predicate = readIri(line, skipSpaces(line, subject[1]));
  if (!predicate) throw new Error('expected a predicate IRI');
  const at = skipSpaces(line, predicate[1]);
  if (line[at] === '"') {
    const literal = readLiteral(line, at);
    if (!literal) throw new Error('unterminated literal');
    return { subject: subject[0], predicate: predicate[0], object: literal[0], literal: true };
  }
  const object = readNode(line, at);
  if (!object) throw new Error('expected an object');
  return { subject: subject[0], predicate: predicate[0], object: object[0], literal: false };
}

/** The triples of a whole N-Triples text; a malformed line throws a SourceError naming `file` and the line. */
export function* triplesOf(text: string, file: string): Iterable<Triple> {
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    try {
      const t = parseTriple(line);
      if (t) yield t;
    } catch (err) {
      throw new SourceError(file, `line ${lineNo}`, `malformed N-Triples (${(err as Error).message})`);
    }
  }
}
