/**
 * A MedlinePlus health-topic summary split by its question headings ("What causes asthma?", "What
 * are the symptoms of …?", "How is … diagnosed?", "What are the treatments for …?") into article
 * sections. The text before the first heading and under "What is …?" is the overview. A list is kept
 * whole with the sentence that opens it ("They are most often found: on or under the ovaries; …").
 *
 * A summary written without a symptoms or treatment heading often states them in its overview
 * ("Symptoms of a fracture are: intense pain; …"; "Treatment depends on which joint you dislocate.
 * It might include …"). Such cue sentences (CUES below), with the sentences right after them that
 * go on about the same thing ("It …", "They …"), become that section and leave the overview, so
 * nothing is said twice. A sentence is taken only when it names the section's subject and states
 * it (symptoms "include"/"are"; treatment "includes"/"depends"/"is treated with"); a sentence
 * that only mentions the word ("know the warning signs") stays in the overview.
 */
import { Parser } from 'htmlparser2';
import { cleanPassageText, sentences } from './clean.js';

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
    // A sentence ended twice in the source ("… take medicine.:") ends once; it opens no list.
    const text = current
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/([.?!]):$/, '$1');
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

/** Sentences of an overview that state a section's subject (see the file comment). */
const CUES: Array<[string, RegExp]> = [
  [
    'symptoms',
    /^([\w'’-]+,? ){0,5}(symptoms?|signs)\b[^.;:]{0,60}\b(include|includes|including|are|may|can|usually|often|vary|depend|depends)\b|^([\w'’-]+ ){0,6}(no|any|few) (\w+ )?symptoms\b/i,
  ],
  [
    'treatment',
    /^([\w'’-]+,? ){0,5}(treatments?|therap(y|ies))\b[^.;:]{0,60}\b(include|includes|including|are|is|may|can|depends?|usually|involves?)\b|^([\w'’-]+ ){0,5}(is|are|be|often|usually|can|may) (\w+ )?treated\b/i,
  ],
];
/** A sentence that goes on about what the previous one said. */
const CONTINUES = /^(It|They|These|This|Those|Such|Other|Others)\b/;
const MAX_FOLLOW = 2;
/** Not a statement of the section: what happens without it (outlook), a question's answer left to the next sentence. */
const NOT_A_CUE = /^(without|if|when|unless)\b|\?$/i;

/**
 * Split the cue sentences out of the overview paragraphs: section id → the sentences it takes; the
 * overview keeps the rest. Only for the sections the summary has no heading for. A sentence that
 * opens a list (":") takes the list with it (the rest of its paragraph); sentences inside a list
 * are never cues.
 */
function cueSentences(overview: string[], wanted: string[]): { taken: Map<string, string[]>; rest: string[] } {
  const taken = new Map<string, string[]>();
  const rest: string[] = [];
  for (const paragraph of overview) {
    const kept: string[] = [];
    let following: string | null = null;
    let follows = 0;
    let inList = false;
    for (const s of sentences(paragraph)) {
      const cue = inList || NOT_A_CUE.test(s) ? undefined : CUES.find(([id, re]) => wanted.includes(id) && re.test(s))?.[0];
      if (cue) {
        (taken.get(cue) ?? taken.set(cue, []).get(cue))?.push(s);
        following = cue;
        follows = 0;
      } else if (following && (inList || (follows < MAX_FOLLOW && CONTINUES.test(s)))) {
        taken.get(following)?.push(s);
        follows += 1;
      } else {
        following = null;
        kept.push(s);
      }
      if (s.includes(':')) inList = true;
    }
    if (kept.length > 0) rest.push(kept.join(' '));
  }
  return { taken, rest };
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
  const texts = new Map([...groups].map(([id, blocks]) => [id, paragraphs(blocks)]));
  const wanted = CUES.map(([id]) => id).filter((id) => !groups.has(id));
  const overview = texts.get('overview');
  if (overview && wanted.length > 0) {
    const { taken, rest } = cueSentences(overview, wanted);
    // The overview keeps what it says about the condition itself; it is never emptied.
    if (taken.size > 0 && cleanPassageText(rest.join(' '))) {
      texts.set('overview', rest);
      for (const [id, list] of taken) texts.set(id, [list.join(' ')]);
    }
  }
  const out: Array<{ section: string; text: string }> = [];
  for (const [id, parts] of texts) {
    const text = cleanPassageText(parts.join(' '));
    if (text) out.push({ section: id, text });
  }
  return out;
}
