/**
 * A MedlinePlus health-topic summary split by its question headings ("What causes asthma?", "What
 * are the symptoms of …?", "How is … diagnosed?", "What are the treatments for …?") into article
 * sections. The text before the first heading and under "What is …?" is the overview. A list is kept
 * whole with the sentence that opens it ("They are most often found: on or under the ovaries; …").
 */
import { Parser } from 'htmlparser2';
import { cleanPassageText } from './clean.js';

const SECTION_OF_HEADING: Array<[RegExp, string]> = [
  [/\bsymptoms?\b|\bsigns\b/i, 'symptoms'],
  [/\bdiagnos/i, 'diagnosis'],
  [/\btreat/i, 'treatment'],
  [/\bcauses?\b|\brisk\b/i, 'causes'],
  [/^what (is|are)\b/i, 'overview'],
];

interface Block {
  tag: 'h' | 'p' | 'li';
  text: string;
}

function htmlBlocks(html: string): Block[] {
  const out: Block[] = [];
  let current = '';
  let tag: Block['tag'] = 'p';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push({ tag, text });
    current = '';
  };
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (/^(p|li|div|h[1-6]|br|ul|ol)$/.test(name)) flush();
        if (/^h[1-6]$/.test(name)) tag = 'h';
        else if (name === 'li') tag = 'li';
        else if (name === 'p' || name === 'div') tag = 'p';
      },
      ontext: (text) => {
        current += text;
      },
      onclosetag: (name) => {
        if (/^(p|li|div|h[1-6]|br|ul|ol)$/.test(name)) {
          flush();
          tag = 'p';
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}

/** Paragraphs with their lists folded in: "Intro: a; b; c." */
function paragraphs(blocks: Block[]): string[] {
  const out: string[] = [];
  let items: string[] = [];
  const endList = () => {
    if (items.length === 0) return;
    const last = out.length - 1;
    const opened = last >= 0 && /:\s*$/.test(out[last] as string);
    // Items continue the opening sentence: "…include: chest tightness; coughing."; an acronym keeps its case.
    const lower = (i: string) => (opened && /^[A-Z][a-z]/.test(i) ? i.charAt(0).toLowerCase() + i.slice(1) : i);
    const list = `${items.map((i) => lower(i.replace(/[.;]\s*$/, ''))).join('; ')}.`;
    if (opened) out[last] = `${out[last]} ${list}`;
    else out.push(list);
    items = [];
  };
  for (const b of blocks) {
    if (b.tag === 'li') items.push(b.text);
    else {
      endList();
      out.push(b.text);
    }
  }
  endList();
  return out;
}

/** Section id → cleaned text, for the sections the summary covers. */
export function medlinePlusSections(html: string): Array<{ section: string; text: string }> {
  const groups = new Map<string, Block[]>();
  let section: string | null = 'overview';
  for (const b of htmlBlocks(html)) {
    if (b.tag === 'h') {
      section = SECTION_OF_HEADING.find(([re]) => re.test(b.text))?.[1] ?? null;
      continue;
    }
    if (!section) continue;
    (groups.get(section) ?? groups.set(section, []).get(section))?.push(b);
  }
  const out: Array<{ section: string; text: string }> = [];
  for (const [id, blocks] of groups) {
    const text = cleanPassageText(paragraphs(blocks).join(' '));
    if (text) out.push({ section: id, text });
  }
  return out;
}
