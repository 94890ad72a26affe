/**
 * A small database for the history, crosswalk and similar-code tests: the fake ICD-10 plug-ins, the
 * GEM, CMS-HCC and changes plug-ins over test/fixtures/releases/crosswalks, and a tiny CPT plug-in
 * with NCCI add-on and MUE facts (invented code numbers, no descriptors).
 */
import { join } from 'node:path';
import { changesPlugin } from '../../src/sources/changes/index.js';
import { gemsPlugin } from '../../src/sources/gems/index.js';
import { hccPlugin } from '../../src/sources/hcc/index.js';
import { fakePlugins } from '../support/fake-plugin.js';
import {
  code,
  fact,
  type Medcodes,
  openSyntheticDatabase,
  recordsPlugin,
  release,
  type SourcePlugin,
  type SourceRecord,
} from '../support/records.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const aoc = (addOn: string, primary: string, editType: string) =>
  fact('cpt', addOn, 'ncci-aoc', '2026-04', {
    editType,
    addOnCodeDeletionDate: null,
    primaryCode: primary,
    primaryCodeDeletionDate: null,
    editEffectiveDate: '2020-01-01',
    editDeletionDate: null,
    specialInstructionNotes: null,
  });

const CPT_RECORDS: SourceRecord[] = [
  release('cpt', '2026', { label: 'test CPT', effectiveFrom: '2026-01-01' }),
  code('cpt', '2026', '99901', { order: 1 }),
  code('cpt', '2026', '99902', { order: 2 }),
  code('cpt', '2026', '99903', { order: 3 }),
  aoc('99903', '99901', '1'),
  aoc('99903', '99902', '1'),
  aoc('99903', 'CCCCC', '3'),
  fact('cpt', '99903', 'ncci-mue', '2026-04', {
    mueValue: 2,
    adjudicationIndicator: 3,
    adjudicationIndicatorText: 'Date of Service Edit: Clinical',
    rationale: 'Clinical',
  }),
];

/** Plug-ins reading the fixture folder whatever sources folder the build is given. */
function atFixture(plugin: SourcePlugin): SourcePlugin {
  return { ...plugin, detect: () => plugin.detect(join(RELEASE_FIXTURES, 'crosswalks')) };
}

export async function buildRelationsDb(): Promise<Medcodes> {
  const plugins = [...fakePlugins(), recordsPlugin('cpt', () => CPT_RECORDS), ...[gemsPlugin, hccPlugin, changesPlugin].map(atFixture)];
  const { medcodes } = await openSyntheticDatabase(plugins);
  return medcodes;
}
