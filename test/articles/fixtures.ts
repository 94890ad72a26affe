/** Synthetic passages sources in the official layouts (N-Triples + Brotli, MedQuAD XML in a tar.gz). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const KNEX = 'http://purl.archive.org/purl/knextract/ontology#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';

const lit = (s: string) => JSON.stringify(s);

export function writePassageSources(dir: string, options: { brokenMesh?: boolean } = {}): void {
  const topic = 'https://medlineplus.gov/inventedcategory.html';
  const mplus = [
    `<${topic}> <${KNEX}title> <urn:x:DocumentTitle:1> .`,
    `<urn:x:DocumentTitle:1> <${KNEX}literalForm> ${lit('Invented Category')} .`,
    `<${topic}> <${KNEX}textualEntity> <urn:x:TextualEntity:1> .`,
    `<urn:x:TextualEntity:1> <${KNEX}literalForm> ${lit('<p>An invented condition, <a href="x">made up</a> for tests.</p><p>Second paragraph.</p>')} .`,
    `<urn:x:claim:1> <${RDF}subject> <${topic}> .`,
    `<urn:x:claim:1> <${RDF}object> <urn:x:value:1> .`,
    `<urn:x:value:1> <${RDF}value> <http://id.nlm.nih.gov/mesh/2024/D900001> .`,
  ];
  const mesh = [
    `<http://id.nlm.nih.gov/mesh/2024/D900001> <${SKOS}prefLabel> ${lit('Imaginary Disorder')} .`,
    `<http://id.nlm.nih.gov/mesh/2024/D900001> <${SKOS}altLabel> ${lit('Invented subcategory of the left side')} .`,
    `<http://id.nlm.nih.gov/mesh/2024/D900001> <${SKOS}scopeNote> ${lit('A disorder that exists only in test fixtures.')} .`,
    options.brokenMesh ? '<http://id.nlm.nih.gov/mesh/2024/D900002> <broken' : '',
  ];
  const mpDir = join(dir, 'medlineplus', 'knextract-2024-06-06', 'corpora');
  mkdirSync(mpDir, { recursive: true });
  writeFileSync(join(mpDir, 'medline-plus-health-topics-2024-06-06.nt.br'), brotliCompressSync(Buffer.from(mplus.join('\n'))));
  mkdirSync(join(dir, 'mesh'), { recursive: true });
  writeFileSync(join(dir, 'mesh', 'mesh2024.skos.nt.br'), brotliCompressSync(Buffer.from(mesh.join('\n'))));
  const qa = join(dir, 'qa-build', '9_Test_QA');
  mkdirSync(qa, { recursive: true });
  writeFileSync(
    join(qa, '0000001.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000001" source="Test" url="https://www.example.gov/invented">
<Focus>Invented category</Focus>
<FocusAnnotations><Synonyms><Synonym>Made-up condition</Synonym></Synonyms></FocusAnnotations>
<QAPairs>
<QAPair pid="1"><Question qid="1-1" qtype="symptoms">What are the symptoms of Invented category ?</Question>
<Answer>Key Points : People with the invented category feel nothing at all.</Answer></QAPair>
<QAPair pid="2"><Question qid="1-2" qtype="susceptibility">Who gets it?</Question><Answer>Nobody.</Answer></QAPair>
</QAPairs>
</Document>`,
  );
  mkdirSync(join(dir, 'nih-medquad'), { recursive: true });
  execFileSync('tar', ['-czf', join(dir, 'nih-medquad', 'MedQuAD.tar.gz'), '-C', join(dir, 'qa-build'), '9_Test_QA']);
}
