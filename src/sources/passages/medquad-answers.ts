/**
 * MedQuAD answers (NIH consumer Q&A, c. 2017): one passage per document and question type, for the
 * question types an article has a section for. Focus and synonyms are the names used for linking.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { PassageRecord } from '../../core/records.js';
import { tarMembers } from '../files/tar.js';
import { parseXmlDocument } from '../files/xml.js';
import { cleanPassageText } from './clean.js';

/** MedQuAD question type → article section. */
const QTYPE_SECTIONS: Readonly<Record<string, string>> = {
  symptoms: 'symptoms',
  causes: 'causes',
  'exams and tests': 'diagnosis',
  treatment: 'treatment',
  outlook: 'outlook',
};
const MAX_CHARS = 900;

interface MedQuadDoc {
  url: string;
  focus: string;
  synonyms: string[];
  answers: Array<{ qtype: string; text: string }>;
}

function parseDocument(xml: string, file: string): MedQuadDoc {
  const doc: MedQuadDoc = { url: '', focus: '', synonyms: [], answers: [] };
  let text = '';
  let qtype = '';
  parseXmlDocument(xml, file, {
    open(name, attributes) {
      if (name === 'Document') doc.url = String(attributes.url ?? '');
      if (name === 'Question') qtype = String(attributes.qtype ?? '');
      text = '';
    },
    onText(t) {
      text += t;
    },
    close(name) {
      if (name === 'Focus') doc.focus = text.trim();
      else if (name === 'Synonym' && text.trim()) doc.synonyms.push(text.trim());
      else if (name === 'Answer' && text.trim()) doc.answers.push({ qtype, text: text.trim() });
    },
  });
  return doc;
}

/**
 * The answer as plain text: the "Summary :"-style lead removed, boilerplate removed and cut at a
 * sentence end near MAX_CHARS (sources/passages/clean.ts); null when nothing fit to quote is left.
 */
export function answerText(raw: string): string | null {
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/^[A-Za-z ,()-]{1,60} : /, '')
    .trim();
  return cleanPassageText(text, MAX_CHARS);
}

export async function readMedQuadAnswers(path: string, file: string, release: string): Promise<PassageRecord[]> {
  const out: PassageRecord[] = [];
  const seen = new Set<string>();
  for (const member of tarMembers(gunzipSync(await readFile(path)))) {
    if (!member.name.endsWith('.xml')) continue;
    const doc = parseDocument(member.body.toString('utf8'), `${file}!/${member.name}`);
    if (!doc.focus) continue;
    for (const a of doc.answers) {
      const section = QTYPE_SECTIONS[a.qtype];
      const id = `${doc.url || member.name}#${a.qtype}`;
      if (!section || seen.has(id)) continue;
      seen.add(id);
      const text = answerText(a.text);
      if (!text) continue;
      out.push({
        type: 'passage',
        source: 'medquad',
        sourceRelease: release,
        concept: id,
        title: doc.focus,
        names: [...new Set([doc.focus, ...doc.synonyms])],
        mesh: [],
        section,
        text,
        url: doc.url || null,
        date: null,
      });
    }
  }
  return out;
}
