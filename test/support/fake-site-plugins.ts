/**
 * Invented HCPCS, CPT and POS codes for the web-site tests (on top of fake-plugin.ts's ICD-10-CM
 * and PCS). Every descriptor is made up; the CPT code has no descriptor, as without an AMA licence.
 */
import { createApp } from '../../src/http/app.js';
import { fakePlugins } from './fake-plugin.js';
import {
  code,
  fact,
  type Medcodes,
  openMedcodes,
  recordsPlugin,
  release,
  type SourcePlugin,
  type SourceRecord,
  tempDir,
  writeDatabase,
} from './records.js';

function hcpcsRecords(): SourceRecord[] {
  return [
    release('hcpcs', '2025-10', { label: 'October 2025' }),
    code('hcpcs', '2025-10', 'Y0000-Y9999', { kind: 'range', display: 'Invented letter group', order: 1 }),
    code('hcpcs', '2025-10', 'Y1745', {
      display: 'Injection, invented drug, 10 mg',
      parent: 'Y0000-Y9999',
      order: 2,
      attributes: {
        coverageCode: 'C',
        betos: 'O1E',
        addDate: '2003-01-01',
        actionCode: 'N',
        pricingIndicators: ['51'],
        typesOfService: [],
      },
    }),
    fact('hcpcs', 'Y1745', 'opps-addb', '2025-10', { statusIndicator: 'K', apc: '9999', paymentRate: 12.5 }),
  ];
}

function cptRecords(): SourceRecord[] {
  return [
    release('cpt', '2026', { label: 'CY2026' }),
    code('cpt', '2026', '99990-99999', { kind: 'range', display: 'Invented section', order: 1 }),
    code('cpt', '2026', '99995', { parent: '99990-99999', order: 2 }),
    ...['99991', '99992'].map((primary) =>
      fact('cpt', '99995', 'ncci-aoc', '2026-01', { primaryCode: primary, editType: '1', addOnCodeDeletionDate: null }),
    ),
    fact('cpt', '99995', 'pfs-time', 'CY2026', { intraService: 90, totalTime: 120 }),
  ];
}

function posRecords(): SourceRecord[] {
  return [
    release('pos', '2025', { label: '2025' }),
    code('pos', '2025', '97', { display: 'Invented place', order: 1, attributes: { telehealth: false } }),
  ];
}

/** The fake ICD-10-CM and PCS plug-ins plus invented HCPCS, CPT and POS codes. */
export function fakeSitePlugins(): SourcePlugin[] {
  return [
    ...fakePlugins(),
    recordsPlugin('hcpcs', hcpcsRecords, { release: '1' }),
    recordsPlugin('cpt', cptRecords, { release: '1' }),
    recordsPlugin('pos', posRecords, { release: '1' }),
  ];
}

export async function fakeSiteApp(wrap: (m: Medcodes) => Medcodes = (m) => m) {
  const dir = tempDir();
  const dbPath = `${dir}/medcodes.db`;
  await writeDatabase(fakeSitePlugins(), dbPath, { sourcesDir: dir });
  const medcodes = openMedcodes(dbPath);
  return { app: createApp({ medcodes: wrap(medcodes) }), medcodes, dbPath };
}
