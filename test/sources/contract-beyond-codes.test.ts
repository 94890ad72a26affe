/**
 * The contract suite (test/support/contract.ts) for the plug-ins that yield no codes of their own:
 * lay vocabularies, plain-language passages, coverage policies and RBCS facts. Each runs on its
 * synthetic mini release in the official layout, with the records it must yield counted and one
 * written out, and on a broken release it must reject naming the file and line.
 */
import { join } from 'node:path';
import { lexiconPlugin } from '../../src/sources/lexicon/index.js';
import { passagesPlugin } from '../../src/sources/passages/index.js';
import { policiesPlugin } from '../../src/sources/policies/index.js';
import { rbcsPlugin } from '../../src/sources/rbcs/index.js';
import { writePassageSources } from '../articles/fixtures.js';
import { runSourceContract } from '../support/contract.js';
import { tempDir } from '../support/records.js';
import { FIXTURES, RELEASE_FIXTURES } from '../support/sources.js';

// MeSH and MedlinePlus come as Brotli-compressed N-Triples and MedQuAD as a tar.gz: the mini
// release is written at load time by test/articles/fixtures.ts rather than checked in as binaries.
const VOCABULARIES = tempDir('medcodes-vocabularies-');
writePassageSources(VOCABULARIES);
const BROKEN_VOCABULARIES = tempDir('medcodes-vocabularies-broken-');
writePassageSources(BROKEN_VOCABULARIES, { brokenMesh: true });
const TOPIC = 'https://medlineplus.gov/inventedcategory.html';

runSourceContract({
  plugin: lexiconPlugin,
  fixtureDir: VOCABULARIES,
  brokenDir: BROKEN_VOCABULARIES,
  releases: [],
  someKeys: [],
  brokenMessage: /mesh\/mesh2024\.skos\.nt\.br, line 4: malformed N-Triples/,
  // One MeSH descriptor, one MedlinePlus topic, one MedQuAD focus with a synonym; one file each.
  counts: { lexicon: 3, file: 3 },
  sample: {
    type: 'lexicon',
    source: 'medlineplus',
    sourceRelease: '2024-06-06',
    concept: TOPIC,
    label: 'Invented Category',
    terms: [],
    url: TOPIC,
    targets: ['D900001'],
  },
});

runSourceContract({
  plugin: passagesPlugin,
  fixtureDir: VOCABULARIES,
  brokenDir: BROKEN_VOCABULARIES,
  releases: [],
  someKeys: [],
  brokenMessage: /mesh\/mesh2024\.skos\.nt\.br, line 4: malformed N-Triples/,
  // The topic summary, the MeSH scope note, the one MedQuAD answer of a type articles use.
  counts: { passage: 3, file: 3 },
  sample: {
    type: 'passage',
    source: 'medlineplus',
    sourceRelease: '2024-06-06',
    concept: TOPIC,
    title: 'Invented Category',
    names: ['Invented Category'],
    mesh: ['D900001'],
    section: 'overview',
    text: 'An invented condition, made up for tests. Second paragraph.',
    url: TOPIC,
    date: null,
  },
});

runSourceContract({
  plugin: policiesPlugin,
  fixtureDir: join(FIXTURES, 'policies/sources'),
  brokenDir: join(FIXTURES, 'policies/broken'),
  releases: [],
  someKeys: [],
  brokenMessage: /mcd\/2025-09\/article\/article\.csv, line 1: missing required column title/,
  // Policies: A90002, L90005 and NCD999.1 from the MCD tables; L90001 (two versions, one record),
  // A90002, L90003, A90004 and A90006 from the MCD list; four payer documents. Eight files.
  counts: { policy: 12, policyCode: 30, policyGroup: 3, file: 8 },
  sample: {
    type: 'policyGroup',
    policyId: 'A90002',
    group: 'hcpcs group 1',
    table: 'hcpcs',
    text: 'Group 1 Paragraph: arthroscopic knee procedures.',
  },
});

runSourceContract({
  plugin: rbcsPlugin,
  fixtureDir: join(RELEASE_FIXTURES, 'rbcs'),
  brokenDir: join(RELEASE_FIXTURES, 'rbcs-broken'),
  releases: [],
  someKeys: [],
  brokenMessage: /rbcs\/2025\/RBCS_RY_2025\.csv, line 1: missing column\(s\) rbcs_subcat_desc/,
  // Only the newest year is read (2025, not 2024); of its five rows, three are current assignments
  // of a CPT or HCPCS shaped code (an ended assignment and a ZZZZZ row are left out).
  counts: { fact: 3, file: 1 },
  sample: {
    type: 'fact',
    system: 'hcpcs',
    key: 'E9999',
    source: 'rbcs',
    sourceRelease: 'RY2025',
    values: { rbcsId: 'DX001N', category: 'DME', subcategory: 'Invented DME', family: 'Invented supplies', major: 'N' },
  },
});
