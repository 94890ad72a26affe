import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import type { PassageRecord } from '../../src/core/records.js';
import { createApp } from '../../src/http/app.js';
import { passagesPlugin } from '../../src/sources/passages/index.js';
import { answerText } from '../../src/sources/passages/medquad-answers.js';
import { tempDir } from '../support/build.js';
import { fakePlugins } from '../support/fake-plugin.js';
import { storeOf } from '../support/store-of.js';
import { writePassageSources } from './fixtures.js';

const options = { cptDescriptorsFromCmsFiles: false, newestOnly: false };

async function readAll(dir: string) {
  const out = [];
  for await (const r of passagesPlugin.read(await passagesPlugin.detect(dir), options)) out.push(r);
  return out;
}

describe('passages plug-in', () => {
  it('reads MedlinePlus summaries with their MeSH ids, MeSH scope notes and MedQuAD answers by question type', async () => {
    const dir = tempDir();
    writePassageSources(dir);
    const records = await readAll(dir);
    const passages = records.filter((r): r is PassageRecord => r.type === 'passage');
    assert.deepEqual(
      passages.map((p) => [p.source, p.section, p.title, p.text, p.mesh, p.url]),
      [
        [
          'medlineplus',
          'overview',
          'Invented Category',
          'An invented condition, made up for tests. Second paragraph.',
          ['D900001'],
          'https://medlineplus.gov/inventedcategory.html',
        ],
        [
          'mesh',
          'overview',
          'Imaginary Disorder',
          'A disorder that exists only in test fixtures.',
          ['D900001'],
          'https://meshb.nlm.nih.gov/record/ui?ui=D900001',
        ],
        [
          'medquad',
          'symptoms',
          'Invented category',
          'People with the invented category feel nothing at all.',
          [],
          'https://www.example.gov/invented',
        ],
      ],
    );
    assert.deepEqual(passages[2]?.names, ['Invented category', 'Made-up condition']);
    assert.deepEqual(
      records.filter((r) => r.type === 'file').map((r) => r.type === 'file' && [r.role, r.counts]),
      [
        ['passages-medlineplus', { passages: 1 }],
        ['passages-mesh', { passages: 1 }],
        ['passages-medquad', { passages: 1 }],
      ],
    );
  });

  it('rejects a malformed N-Triples file naming the file and line', async () => {
    const dir = tempDir();
    writePassageSources(dir, { brokenMesh: true });
    await assert.rejects(readAll(dir), /mesh\/mesh2024\.skos\.nt\.br.*line 4.*malformed N-Triples/s);
  });

  it('says which files are missing', async () => {
    const d = await passagesPlugin.detect(tempDir());
    assert.equal(d.files.length, 0);
    assert.equal(d.missing.length, 3);
  });

  it('cuts long answers at a sentence end and drops the "Summary :" lead', () => {
    assert.equal(
      answerText('Summary : Asthma is a disease of the airways.   It lasts long.'),
      'Asthma is a disease of the airways. It lasts long.',
    );
    const long = `${'A sentence of some length. '.repeat(100)}`;
    const cut = answerText(long) ?? '';
    assert.ok(cut.length <= 900 && cut.length > 800 && cut.endsWith('.'));
  });

  it('removes boilerplate at import and never cuts inside a list', () => {
    assert.equal(
      answerText('What is asthma? Asthma is a disease of the airways. To learn more, click the brackets in the lower right-hand corner.'),
      'Asthma is a disease of the airways.',
    );
    assert.equal(
      answerText('What are the signs? The Human Phenotype Ontology provides the following list of signs and symptoms for Asthma.'),
      null,
    );
    assert.equal(answerText('These resources address the diagnosis: - Gene Review: A - Gene Review: B - Gene Review: C'), null);
    const list = `Allergies are common and bothersome for many people. Common allergens include: ${'Pollen. '.repeat(150)}`;
    assert.equal(answerText(list), 'Allergies are common and bothersome for many people.');
  });
});

describe('passages linked to codes at build', () => {
  let medcodes: Medcodes;
  before(async () => {
    const dir = tempDir();
    writePassageSources(dir);
    const dbPath = join(dir, 'medcodes.db');
    await buildDatabase({ sourcesDir: dir, dbPath, plugins: [...fakePlugins(), passagesPlugin], ...options });
    medcodes = openMedcodes(dbPath);
  });
  after(() => medcodes.close());

  it('links by exact title (MedlinePlus, MedQuAD), by MeSH entry term (scope note) and through the MeSH id (topic), and labels a parent category passage "about"', () => {
    const rows = storeOf(medcodes).db.prepare('SELECT key, rule, passage_id FROM article_links ORDER BY key, rule').all();
    assert.deepEqual(
      rows.map((r) => [(r as { key: string }).key, (r as { rule: string }).rule]),
      [
        ['Q91', 'title'],
        ['Q91', 'title'],
        ['Q911', 'mesh-id'],
        ['Q911', 'title'],
        // "Invented category, unspecified" is the category's name plus "unspecified" (rule 2).
        ['Q919', 'title-unspecified'],
        ['Q919', 'title-unspecified'],
      ],
    );
    const article = medcodes.article('icd10cm', 'Q91.9');
    const what = article.sections.find((s) => s.id === 'what');
    assert.equal(what?.about, undefined, 'linked to Q91.9 itself, so not labelled about its category');
    assert.deepEqual(
      what?.statements.map((s) => s.text),
      ['An invented condition, made up for tests. Second paragraph.'],
    );
    const symptoms = article.sections.find((s) => s.id === 'symptoms');
    assert.deepEqual(
      symptoms?.statements.map((s) => s.text),
      ['People with the invented category feel nothing at all.'],
    );
    const cited = article.sources[(what?.statements[0]?.citations[0] ?? 0) - 1];
    assert.deepEqual(cited, {
      n: 1,
      title: 'MedlinePlus: Invented Category',
      publisher: 'MedlinePlus, National Library of Medicine',
      release: '2024-06-06',
      url: 'https://medlineplus.gov/inventedcategory.html',
      topic: 'Invented Category',
    });
  });

  it('shows the passage on the code page with its citation, the "about" note and the Sources list', async () => {
    const app = createApp({ medcodes });
    const first = await app.request('/code/icd10cm/Q91.9');
    const location = first.headers.get('location');
    const html = location ? await (await app.request(location)).text() : await first.text();
    assert.match(
      html,
      /An invented condition, made up for tests\. Second paragraph\.<sup class="citations"><a href="#source-1">\[1\]<\/a><\/sup>/,
    );
    assert.doesNotMatch(html, /class="about"/);
    assert.match(
      html,
      /<li id="source-1" value="1"><a href="https:\/\/medlineplus\.gov\/inventedcategory\.html">MedlinePlus: Invented Category<\/a>, MedlinePlus, National Library of Medicine, 2024-06-06<\/li>/,
    );
  });
});
