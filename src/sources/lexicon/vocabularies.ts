/**
 * Lay and indexing vocabularies as lexicon records: MeSH descriptors (preferred and entry terms),
 * MedlinePlus health topics (title and the MeSH descriptors they are filed under) and MedQuAD
 * question foci with their synonyms. Parsing only: linking to codes happens in the search index build.
 */

import { readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LexiconRecord } from '../../core/records.js';
import { KNEX, MESH_ID, RDF, SKOS, triplesOf } from '../files/ntriples.js';
import { tarMembers } from '../files/tar.js';
import { parseXmlDocument } from '../files/xml.js';

/** MeSH SKOS: one record per descriptor with a prefLabel; altLabels are its entry terms. */
export async function readMesh(path: string, file: string, release: string): Promise<LexiconRecord[]> {
  const text = brotliDecompressSync(await readFile(path)).toString('utf8');
  const byId = new Map<string, LexiconRecord>();
  const get = (iri: string): LexiconRecord | null => {
    const id = MESH_ID.exec(iri)?.[1];
    if (!id) return null;
    let r = byId.get(id);
    if (!r) {
      r = {
        type: 'lexicon',
        source: 'mesh',
        sourceRelease: release,
        concept: id,
        label: '',
        terms: [],
        url: `https://meshb.nlm.nih.gov/record/ui?ui=${id}`,
        targets: [],
      };
      byId.set(id, r);
    }
    return r;
  };
  for (const t of triplesOf(text, file)) {
    if (!t.literal) continue;
    if (t.predicate === `${SKOS}prefLabel`) {
      const r = get(t.subject);
      if (r) r.label = t.object;
    } else if (t.predicate === `${SKOS}altLabel`) get(t.subject)?.terms.push(t.object);
  }
  return [...byId.values()].filter((r) => r.label !== '').map((r) => ({ ...r, terms: [...new Set(r.terms)].filter((x) => x !== r.label) }));
}

/** MedlinePlus health topics (knextract corpus): document → title text, and dc:subject claims → MeSH ids. */
export async function readMedlinePlus(path: string, file: string, release: string): Promise<LexiconRecord[]> {
  const text = brotliDecompressSync(await readFile(path)).toString('utf8');
  const titleOf = new Map<string, string>(); // document → title node
  const literal = new Map<string, string>(); // title node → text
  const claimSubject = new Map<string, string>();
  const claimObject = new Map<string, string>();
  const claimValue = new Map<string, string>();
  for (const t of triplesOf(text, file)) {
    if (t.predicate === `${KNEX}title`) titleOf.set(t.subject, t.object);
    else if (t.predicate === `${KNEX}literalForm` && t.subject.includes(':DocumentTitle:')) literal.set(t.subject, t.object);
    else if (t.predicate === `${RDF}subject`) claimSubject.set(t.subject, t.object);
    else if (t.predicate === `${RDF}object`) claimObject.set(t.subject, t.object);
    else if (t.predicate === `${RDF}value`) claimValue.set(t.subject, t.object);
  }
  const targets = new Map<string, Set<string>>();
  for (const [claim, doc] of claimSubject) {
    const id = MESH_ID.exec(claimValue.get(claimObject.get(claim) ?? '') ?? '')?.[1];
    if (!id) continue;
    if (!targets.has(doc)) targets.set(doc, new Set());
    targets.get(doc)?.add(id);
  }
  const out: LexiconRecord[] = [];
  for (const [doc, titleNode] of titleOf) {
    const label = literal.get(titleNode);
    if (!label) continue;
    const mesh = [...(targets.get(doc) ?? [])].sort();
    out.push({ type: 'lexicon', source: 'medlineplus', sourceRelease: release, concept: doc, label, terms: [], url: doc, targets: mesh });
  }
  return out.sort((a, b) => a.concept.localeCompare(b.concept));
}

function medquadDocument(xml: string, file: string): { url: string; focus: string; synonyms: string[] } | null {
  let url = '';
  let focus = '';
  const synonyms: string[] = [];
  let text = '';
  parseXmlDocument(xml, file, {
    open(name, attributes) {
      if (name === 'Document') url = String(attributes.url ?? '');
      text = '';
    },
    onText(t) {
      text += t;
    },
    close(name) {
      if (name === 'Focus') focus = text.trim();
      if (name === 'Synonym' && text.trim()) synonyms.push(text.trim());
    },
  });
  return focus && synonyms.length > 0 ? { url, focus, synonyms } : null;
}

/** MedQuAD: one record per document whose focus has synonyms (the answers are not read). */
export async function readMedQuad(path: string, file: string, release: string): Promise<LexiconRecord[]> {
  const out = new Map<string, LexiconRecord>();
  for (const member of tarMembers(gunzipSync(await readFile(path)))) {
    if (!member.name.endsWith('.xml')) continue;
    const xml = member.body.toString('utf8');
    if (!xml.includes('<Synonym>')) continue;
    const doc = medquadDocument(xml, `${file}!/${member.name}`);
    if (!doc) continue;
    const concept = doc.url || member.name;
    if (out.has(concept)) continue;
    const terms = [...new Set(doc.synonyms)].filter((s) => s !== doc.focus && s.length <= 120);
    out.set(concept, {
      type: 'lexicon',
      source: 'medquad',
      sourceRelease: release,
      concept,
      label: doc.focus,
      terms,
      url: concept,
      targets: [],
    });
  }
  return [...out.values()];
}
