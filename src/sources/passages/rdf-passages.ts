/**
 * MedlinePlus topic summaries (knextract N-Triples: document → title, url, HTML summary, MeSH
 * descriptor claims) and MeSH scope notes (SKOS N-Triples: prefLabel, altLabel, scopeNote).
 */
import { readFile } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import type { PassageRecord } from '../../core/records.js';
import { KNEX, MESH_ID, RDF, SKOS, triplesOf } from '../files/ntriples.js';
import { cleanPassageText } from './clean.js';
import { medlinePlusSections } from './medlineplus-sections.js';

export async function readMeshScopeNotes(path: string, file: string, release: string): Promise<PassageRecord[]> {
  const text = brotliDecompressSync(await readFile(path)).toString('utf8');
  const byId = new Map<string, { label: string; alt: string[]; note: string }>();
  for (const t of triplesOf(text, file)) {
    if (!t.literal) continue;
    const id = MESH_ID.exec(t.subject)?.[1];
    if (!id) continue;
    const d = byId.get(id) ?? { label: '', alt: [], note: '' };
    byId.set(id, d);
    if (t.predicate === `${SKOS}prefLabel`) d.label = t.object;
    else if (t.predicate === `${SKOS}altLabel`) d.alt.push(t.object);
    else if (t.predicate === `${SKOS}scopeNote`) d.note = t.object.trim();
  }
  const out: PassageRecord[] = [];
  for (const [id, d] of byId) {
    const note = d.label ? cleanPassageText(d.note) : null;
    if (!note) continue;
    out.push({
      type: 'passage',
      source: 'mesh',
      sourceRelease: release,
      concept: id,
      title: d.label,
      names: [...new Set([d.label, ...d.alt])],
      mesh: [id],
      section: 'overview',
      text: note,
      url: `https://meshb.nlm.nih.gov/record/ui?ui=${id}`,
      date: null,
    });
  }
  return out.sort((a, b) => a.concept.localeCompare(b.concept));
}

interface TopicParts {
  titleNode?: string;
  entity?: string;
}

export async function readMedlinePlusSummaries(path: string, file: string, release: string): Promise<PassageRecord[]> {
  const text = brotliDecompressSync(await readFile(path)).toString('utf8');
  const docs = new Map<string, TopicParts>();
  const literal = new Map<string, string>();
  const claim = { subject: new Map<string, string>(), object: new Map<string, string>(), value: new Map<string, string>() };
  const part = (doc: string) => docs.get(doc) ?? docs.set(doc, {}).get(doc) ?? {};
  for (const t of triplesOf(text, file)) {
    if (t.predicate === `${KNEX}title`) part(t.subject).titleNode = t.object;
    else if (t.predicate === `${KNEX}textualEntity`) part(t.subject).entity = t.object;
    else if (t.predicate === `${KNEX}literalForm`) literal.set(t.subject, t.object);
    else if (t.predicate === `${RDF}subject`) claim.subject.set(t.subject, t.object);
    else if (t.predicate === `${RDF}object`) claim.object.set(t.subject, t.object);
    else if (t.predicate === `${RDF}value`) claim.value.set(t.subject, t.object);
  }
  const mesh = new Map<string, Set<string>>();
  for (const [c, doc] of claim.subject) {
    const id = MESH_ID.exec(claim.value.get(claim.object.get(c) ?? '') ?? '')?.[1];
    if (id) (mesh.get(doc) ?? mesh.set(doc, new Set()).get(doc))?.add(id);
  }
  const out: PassageRecord[] = [];
  for (const [doc, p] of docs) {
    const title = literal.get(p.titleNode ?? '');
    const html = literal.get(p.entity ?? '');
    if (!title || !html) continue;
    const ids = [...(mesh.get(doc) ?? [])].sort();
    for (const part of medlinePlusSections(html)) {
      out.push({
        type: 'passage',
        source: 'medlineplus',
        sourceRelease: release,
        concept: part.section === 'overview' ? doc : `${doc}#${part.section}`,
        title,
        names: [title],
        mesh: ids,
        section: part.section,
        text: part.text,
        url: doc,
        date: null,
      });
    }
  }
  return out.sort((a, b) => a.concept.localeCompare(b.concept));
}
