/**
 * Policy HTML is hostile input. It is cleaned with sanitize-html against a short allowlist: text
 * structure only (paragraphs, headings, lists, tables, emphasis, links to http/https/mailto).
 * Scripts, styles, event handlers, forms, frames, images and every other remote resource are
 * removed, and links get rel="nofollow noopener noreferrer". Plain text is taken with htmlparser2.
 */
import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'sub',
  'sup',
  'blockquote',
  'pre',
  'code',
  'span',
  'div',
  'a',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'title', 'head'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

/** The policy's HTML reduced to safe structure. Idempotent. */
export function sanitizePolicyHtml(html: string): string {
  return sanitizeHtml(html, { ...OPTIONS, allowedAttributes: { ...OPTIONS.allowedAttributes, a: ['href', 'title', 'rel'] } }).trim();
}

const BLOCK = new Set([
  'p',
  'br',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'hr',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg']);

/** Readable text of an HTML document: block elements become line breaks, cells are separated. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping += 1;
        else if (BLOCK.has(name)) parts.push('\n');
        else if (name === 'td' || name === 'th') parts.push(' \t ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The document's own title: <title>, else the first heading. */
export function htmlTitle(html: string): string | null {
  let current: string | null = null;
  let title = '';
  let heading = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title' || (name === 'h1' && !heading)) current = name;
      },
      onclosetag(name) {
        if (name === current) current = null;
      },
      ontext(text) {
        if (current === 'title') title += text;
        else if (current === 'h1') heading += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const best = (title || heading).replace(/\s+/g, ' ').trim();
  return best || null;
}

/** Plain text as safe HTML paragraphs (for text and PDF documents). */
export function textToHtml(text: string): string {
  const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeText(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
