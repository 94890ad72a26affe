/**
 * Runs every official HL7 terminology suite of mode "general" (../shared/interop/fhir-tx-tests) against
 * the FHIR server over HTTP on 127.0.0.1, with the project's runner (test/conformance/runner.ts), and
 * prints how many tests pass per suite. Most need code systems sent inline (tx-resource), which this
 * server does not support: the figures say so honestly.
 *   npm run bench:fhir-general   (MEDCODES_DB or MEDCODES_TEST_DB names the database)
 */
import type { AddressInfo } from 'node:net';
import { openMedcodes } from '../src/app/medcodes.js';
import { createApp } from '../src/http/app.js';
import { listen } from '../src/http/server.js';
import { officialTxTests } from '../test/conformance/interop.js';
import { runManifest } from '../test/conformance/runner.js';

const dbPath = process.env.MEDCODES_TEST_DB ?? process.env.MEDCODES_DB ?? 'data/medcodes.db';
const official = officialTxTests();
if (!official.dir) throw new Error(official.skipReason);
const medcodes = openMedcodes(dbPath);
const server = await listen(createApp({ medcodes }), { port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
const results = await runManifest(
  official.dir,
  (path, init) => fetch(base + path, init),
  { modes: new Set(['general']), fhirVersion: '4.0.1' },
  (s) => s.mode === 'general',
);
const bySuite = new Map<string, { pass: number; total: number; reasons: Map<string, number> }>();
for (const r of results) {
  const s = bySuite.get(r.suite) ?? { pass: 0, total: 0, reasons: new Map() };
  s.total += 1;
  if (r.failure === null) s.pass += 1;
  else {
    const reason = /tx-resource/.test(r.failure)
      ? 'refused: needs tx-resource (inline code systems)'
      : (r.failure.split(':')[0]?.slice(0, 60) ?? '');
    s.reasons.set(reason, (s.reasons.get(reason) ?? 0) + 1);
  }
  bySuite.set(r.suite, s);
}
console.log(`official "general" suites against ${base} (${dbPath})`);
for (const [name, s] of bySuite) {
  const why = [...s.reasons].map(([k, n]) => `${n}× ${k}`).join('; ');
  console.log(`${name.padEnd(26)} ${String(s.pass).padStart(3)}/${String(s.total).padEnd(3)} ${why}`);
}
const pass = results.filter((r) => r.failure === null).length;
console.log(`total ${pass}/${results.length} pass`);
server.close();
medcodes.close();
