/**
 * Invented HCPCS, CPT and POS codes for the web-site tests (on top of fake-plugin.ts's ICD-10-CM
 * and PCS). Every descriptor is made up; the CPT code has no descriptor, as without an AMA licence.
 */
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import type { SourceRecord } from '../../src/domain/records.js';
import type { CodeSystemId } from '../../src/domain/systems.js';
import { createApp } from '../../src/http/app.js';
import type { Detection, SourcePlugin } from '../../src/sources/contract.js';
import { tempDir } from './build.js';
import { fakePlugins } from './fake-plugin.js';

const release = (system: CodeSystemId, id: string, label: string): SourceRecord => ({
  type: 'release',
  system,
  release: id,
  label,
  effectiveFrom: '2025-10-01',
  effectiveTo: null,
  complete: true,
});

function code(
  system: CodeSystemId,
  rel: string,
  key: string,
  kind: string,
  display: string,
  parent: string | null,
  order: number,
  attributes?: Record<string, unknown>,
): SourceRecord {
  return {
    type: 'code',
    system,
    release: rel,
    key,
    code: key,
    kind: kind as 'code',
    display,
    shortDisplay: null,
    billable: kind === 'code',
    parent,
    order,
    ...(attributes ? { attributes } : {}),
  };
}

function hcpcsRecords(): SourceRecord[] {
  return [
    release('hcpcs', '2025-10', 'October 2025'),
    code('hcpcs', '2025-10', 'Y0000-Y9999', 'range', 'Invented letter group', null, 1),
    code('hcpcs', '2025-10', 'Y1745', 'code', 'Injection, invented drug, 10 mg', 'Y0000-Y9999', 2, {
      coverageCode: 'C',
      betos: 'O1E',
      addDate: '2003-01-01',
      actionCode: 'N',
      pricingIndicators: ['51'],
      typesOfService: [],
    }),
    {
      type: 'fact',
      system: 'hcpcs',
      key: 'Y1745',
      source: 'opps-addb',
      sourceRelease: '2025-10',
      values: { statusIndicator: 'K', apc: '9999', paymentRate: 12.5 },
    },
  ];
}

function cptRecords(): SourceRecord[] {
  return [
    release('cpt', '2026', 'CY2026'),
    code('cpt', '2026', '99990-99999', 'range', 'Invented section', null, 1),
    code('cpt', '2026', '99995', 'code', '', '99990-99999', 2),
    ...['99991', '99992'].map(
      (primary): SourceRecord => ({
        type: 'fact',
        system: 'cpt',
        key: '99995',
        source: 'ncci-aoc',
        sourceRelease: '2026-01',
        values: { primaryCode: primary, editType: '1', addOnCodeDeletionDate: null },
      }),
    ),
    {
      type: 'fact',
      system: 'cpt',
      key: '99995',
      source: 'pfs-time',
      sourceRelease: 'CY2026',
      values: { intraService: 90, totalTime: 120 },
    },
  ];
}

function posRecords(): SourceRecord[] {
  return [release('pos', '2025', '2025'), code('pos', '2025', '97', 'code', 'Invented place', null, 1, { telehealth: false })];
}

function plugin(system: CodeSystemId, make: () => SourceRecord[]): SourcePlugin {
  return {
    system,
    async detect(dir: string): Promise<Detection> {
      return { system, files: [{ absPath: dir, path: 'fake', role: 'fake', release: '1', size: 1 }], missing: [] };
    },
    async *read() {
      for (const r of make()) yield r;
    },
  };
}

/** The fake ICD-10-CM and PCS plug-ins plus invented HCPCS, CPT and POS codes. */
export function fakeSitePlugins(): SourcePlugin[] {
  return [...fakePlugins(), plugin('hcpcs', hcpcsRecords), plugin('cpt', cptRecords), plugin('pos', posRecords)];
}

export async function fakeSiteApp(wrap: (m: Medcodes) => Medcodes = (m) => m) {
  const dir = tempDir();
  const dbPath = `${dir}/medcodes.db`;
  await buildDatabase({ sourcesDir: dir, dbPath, plugins: fakeSitePlugins(), newestOnly: false, cptDescriptorsFromCmsFiles: false });
  const medcodes = openMedcodes(dbPath);
  return { app: createApp({ medcodes: wrap(medcodes) }), medcodes, dbPath };
}
