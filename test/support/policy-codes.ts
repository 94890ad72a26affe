/**
 * Tiny code lists for the policy tests: the codes the synthetic policy documents mention, a few
 * they do not, and codes that the false positives (phone numbers, dates, amounts, page numbers,
 * ZIP codes) would hit if they were not recognised. Descriptors are invented; CPT codes have no
 * descriptor (CPT text is © AMA).
 */
import { join } from 'node:path';
import { policiesPlugin } from '../../src/sources/policies/index.js';
import {
  type CodeSystemId,
  code,
  type Medcodes,
  openSyntheticDatabase,
  recordsPlugin,
  release,
  type SourcePlugin,
  type SourceRecord,
} from './records.js';

type Entry = [key: string, code: string, display: string, parent?: string];

const CODES: Record<Exclude<CodeSystemId, 'pos'>, Entry[]> = {
  cpt: [
    // 63001-63048: the range spans these four
    ['63001', '63001', ''],
    ['63015', '63015', ''],
    ['63030', '63030', ''],
    ['63048', '63048', ''],
    ['63050', '63050', ''], // just after the range: not linked
    ['22612', '22612', ''],
    ['29870', '29870', ''],
    ['29880', '29880', ''],
    ['29881', '29881', ''],
    // hit only by false positives: must never be linked
    ['21244', '21244', ''], // ZIP code
    ['12345', '12345', ''], // PO box and page number
    ['62704', '62704', ''], // ZIP code
    ['20250', '20250', ''], // dollar amount
    ['18005', '18005', ''], // phone number fragment
  ],
  hcpcs: [
    ['L0631', 'L0631', 'Lumbar-sacral orthosis, invented rigid panel'],
    ['L0633', 'L0633', 'Lumbar-sacral orthosis, invented sagittal control'],
    ['L0637', 'L0637', 'Lumbar-sacral orthosis, invented custom fabricated'],
    ['L0639', 'L0639', 'Lumbar-sacral orthosis, invented outside range'],
    ['G0289', 'G0289', 'Arthroscopy, knee, invented loose body removal'],
    ['A4253', 'A4253', 'Blood glucose test strips, invented box of 50'],
    ['E0607', 'E0607', 'Home blood glucose monitor, invented'],
    ['J1815', 'J1815', 'Injection, invented insulin, per 5 units'],
  ],
  icd10cm: [
    ['E11', 'E11', 'Type 2 diabetes mellitus'],
    ['E110', 'E11.0', 'Type 2 diabetes mellitus with hyperosmolarity', 'E11'],
    ['E1100', 'E11.00', 'Type 2 diabetes mellitus with hyperosmolarity without coma', 'E110'],
    ['E116', 'E11.6', 'Type 2 diabetes mellitus with other specified complications', 'E11'],
    ['E1165', 'E11.65', 'Type 2 diabetes mellitus with hyperglycemia', 'E116'],
    ['E119', 'E11.9', 'Type 2 diabetes mellitus without complications', 'E11'],
    ['E13', 'E13', 'Other specified diabetes mellitus'],
    ['M232', 'M23.2', 'Derangement of meniscus due to old tear or injury'],
    ['M233', 'M23.3', 'Other meniscus derangements'],
    ['S832', 'S83.2', 'Tear of meniscus, current injury'],
    ['M545', 'M54.5', 'Low back pain'],
    ['B12', 'B12', 'Invented category that only a vitamin name would hit'],
  ],
  icd10pcs: [
    ['0SRC0JZ', '0SRC0JZ', 'Replacement of right knee joint with synthetic substitute, open approach'],
    ['0SG00AJ', '0SG00AJ', 'Fusion of lumbar vertebral joint, invented'],
  ],
};

function codeRecords(system: Exclude<CodeSystemId, 'pos'>): SourceRecord[] {
  const entries = CODES[system];
  const isParent = (key: string) => entries.some(([, , , p]) => p === key);
  return [
    release(system, '2026', { label: 'FY2026' }),
    ...entries.map(([key, c, display, parent], order) =>
      code(system, '2026', key, { code: c, kind: isParent(key) ? 'header' : 'code', display, parent: parent ?? null, order }),
    ),
  ];
}

const codesPlugin = (system: Exclude<CodeSystemId, 'pos'>) => recordsPlugin(system, () => codeRecords(system));

/** The fake code lists plus the real policies plug-in (which reads the sources folder given to the build). */
export function policyTestPlugins(): SourcePlugin[] {
  return [codesPlugin('icd10cm'), codesPlugin('icd10pcs'), codesPlugin('hcpcs'), codesPlugin('cpt'), policiesPlugin];
}

/** The synthetic policy sources: payer documents, the MCD list and MCD download tables. */
export const POLICY_SOURCES = join(import.meta.dirname, '../fixtures/policies/sources');

/** Build the policy test database from `sourcesDir` into a new temporary folder and open it. */
export async function buildPolicyDb(sourcesDir = POLICY_SOURCES): Promise<{ dbPath: string; medcodes: Medcodes }> {
  return openSyntheticDatabase(policyTestPlugins(), { sourcesDir, prefix: 'medcodes-policies-' });
}
