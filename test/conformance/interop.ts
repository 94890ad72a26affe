/**
 * Where the official HL7 terminology tests are: MEDCODES_TX_TESTS, else the interop folder beside
 * MEDCODES_SOURCES (../shared/data → ../shared/interop/fhir-tx-tests), else ../shared beside the repo.
 * In CI a missing folder is a failure, elsewhere a skip with the reason.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { REPO_ROOT } from '../support/sources.js';

export function officialTxTests(): { dir: string | null; skipReason: string | undefined } {
  const candidates = [
    process.env.MEDCODES_TX_TESTS,
    process.env.MEDCODES_SOURCES ? resolve(dirname(resolve(process.env.MEDCODES_SOURCES)), 'interop/fhir-tx-tests') : undefined,
    resolve(REPO_ROOT, '../shared/interop/fhir-tx-tests'),
  ].filter((c): c is string => Boolean(c));
  const dir = candidates.find((c) => existsSync(resolve(c, 'test-cases.json')));
  if (dir) return { dir, skipReason: undefined };
  const why = `the official HL7 terminology tests are not at ${candidates.join(' or ')}: set MEDCODES_TX_TESTS`;
  if (process.env.CI) throw new Error(why);
  return { dir: null, skipReason: why };
}
