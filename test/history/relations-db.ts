/**
 * A small database for the history, crosswalk and similar-code tests: the fake ICD-10 plug-ins, the
 * GEM, CMS-HCC and changes plug-ins over test/fixtures/releases/crosswalks, and a tiny CPT plug-in
 * with NCCI add-on and MUE facts (invented code numbers, no descriptors).
 */
import { join } from 'node:path';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { changesPlugin } from '../../src/sources/changes/index.js';
import type { SourcePlugin } from '../../src/sources/contract.js';
import { gemsPlugin } from '../../src/sources/gems/index.js';
import { hccPlugin } from '../../src/sources/hcc/index.js';
import { tempDir } from '../support/build.js';
import { fakePlugins } from '../support/fake-plugin.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

function cptCode(key: string, order: number): SourceRecord {
  return {
    type: 'code',
    system: 'cpt',
    release: '2026',
    key,
    code: key,
    kind: 'code',
    display: '',
    shortDisplay: null,
    billable: true,
    parent: null,
    order,
  };
}

function aoc(addOn: string, primary: string, editType: string): SourceRecord {
  return {
    type: 'fact',
    system: 'cpt',
    key: addOn,
    source: 'ncci-aoc',
    sourceRelease: '2026-04',
    values: {
      editType,
      addOnCodeDeletionDate: null,
      primaryCode: primary,
      primaryCodeDeletionDate: null,
      editEffectiveDate: '2020-01-01',
      editDeletionDate: null,
      specialInstructionNotes: null,
    },
  };
}

const CPT_RECORDS: SourceRecord[] = [
  { type: 'release', system: 'cpt', release: '2026', label: 'test CPT', effectiveFrom: '2026-01-01', effectiveTo: null, complete: true },
  cptCode('99901', 1),
  cptCode('99902', 2),
  cptCode('99903', 3),
  aoc('99903', '99901', '1'),
  aoc('99903', '99902', '1'),
  aoc('99903', 'CCCCC', '3'),
  {
    type: 'fact',
    system: 'cpt',
    key: '99903',
    source: 'ncci-mue',
    sourceRelease: '2026-04',
    values: { mueValue: 2, adjudicationIndicator: 3, adjudicationIndicatorText: 'Date of Service Edit: Clinical', rationale: 'Clinical' },
  },
];

const cptPlugin: SourcePlugin = {
  system: 'cpt',
  detect: async (dir) => ({
    system: 'cpt',
    files: [{ absPath: dir, path: 'fake-cpt', role: 'fake', release: '2026', size: 1 }],
    missing: [],
  }),
  read: async function* () {
    yield* CPT_RECORDS;
  },
};

/** Plug-ins reading the fixture folder whatever sources folder the build is given. */
function atFixture(plugin: SourcePlugin): SourcePlugin {
  return { ...plugin, detect: () => plugin.detect(join(RELEASE_FIXTURES, 'crosswalks')) };
}

export async function buildRelationsDb(): Promise<Medcodes> {
  const dir = tempDir();
  const dbPath = join(dir, 'medcodes.db');
  const plugins = [...fakePlugins(), cptPlugin, ...[gemsPlugin, hccPlugin, changesPlugin].map(atFixture)];
  await buildDatabase({ sourcesDir: dir, dbPath, plugins, newestOnly: false, cptDescriptorsFromCmsFiles: false });
  return openMedcodes(dbPath);
}
