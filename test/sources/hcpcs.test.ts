import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SourceError } from '../../src/core/errors.js';
import type { CodeRecord, SourceFileRecord } from '../../src/core/records.js';
import { hcpcsPlugin } from '../../src/sources/hcpcs/index.js';
import { collect, runSourceContract } from '../support/contract.js';
import { RELEASE_FIXTURES } from '../support/sources.js';

const FIXTURE = join(RELEASE_FIXTURES, 'hcpcs');

runSourceContract({
  plugin: hcpcsPlugin,
  fixtureDir: FIXTURE,
  brokenDir: join(RELEASE_FIXTURES, 'hcpcs-broken'),
  releases: ['2025-07', '2025-10'],
  someKeys: ['J1745', 'G0439', 'A1', 'LT', 'A0000-A9999', 'MODIFIERS'],
  brokenMessage: /HCPC2025_OCT_ANWEB\.xlsx, row 4: HCPCS code "A00X1" is malformed/,
});

async function codes(release: string): Promise<Map<string, CodeRecord>> {
  const records = await collect(hcpcsPlugin, FIXTURE);
  return new Map(records.filter((r): r is CodeRecord => r.type === 'code' && r.release === release).map((r) => [r.key, r]));
}

describe('hcpcs plug-in', () => {
  it('names the release from the file name', async () => {
    const records = await collect(hcpcsPlugin, FIXTURE);
    const release = records.find((r) => r.type === 'release' && r.release === '2025-10');
    assert.deepEqual(release, {
      type: 'release',
      system: 'hcpcs',
      release: '2025-10',
      label: 'October 2025',
      effectiveFrom: '2025-10-01',
      effectiveTo: null,
      complete: true,
    });
  });

  it('keeps every column as a camelCase attribute with ISO dates', async () => {
    const j1745 = (await codes('2025-10')).get('J1745');
    assert.ok(j1745);
    assert.equal(j1745.display, 'Injection, infliximab, excludes biosimilar, 10 mg');
    assert.equal(j1745.shortDisplay, 'Infliximab not biosimil 10mg');
    assert.equal(j1745.parent, 'J0120-J8499');
    assert.equal(j1745.billable, true);
    assert.deepEqual(j1745.attributes, {
      pricingIndicators: ['51'],
      multiplePricingIndicator: 'A',
      cimReferences: [],
      mcmReferences: ['2049'],
      statute: null,
      labCertifications: [],
      crossReferences: [],
      coverageCode: 'D',
      ascGroup: null,
      ascGroupEffectiveDate: null,
      oppsPaymentGroup: null,
      oppsPaymentIndicator: null,
      oppsEffectiveDate: null,
      processingNote: null,
      betos: 'O1E',
      typesOfService: ['1'],
      anesthesiaBaseUnits: 0,
      addDate: '2000-01-01',
      actionEffectiveDate: '2000-01-01',
      terminationDate: null,
      actionCode: 'N',
    });
  });

  it('makes modifiers 2-character, non-billable entries under the Modifiers group', async () => {
    const lt = (await codes('2025-10')).get('LT');
    assert.equal(lt?.kind, 'modifier');
    assert.equal(lt?.billable, false);
    assert.equal(lt?.parent, 'MODIFIERS');
  });

  it('marks a code terminated before the release as not billable', async () => {
    const g9999 = (await codes('2025-10')).get('G9999');
    assert.equal(g9999?.billable, false);
    assert.equal(g9999?.attributes?.terminationDate, '2023-12-31');
  });

  it('joins the continuation records of the fixed-width edition', async () => {
    const july = await codes('2025-07');
    assert.equal(
      july.get('G0123')?.display,
      'Screening cytopathology, cervical or vaginal (any reporting system), collected in preservative fluid, automated thin layer preparation, screening by cytotechnologist under physician supervision',
    );
    assert.equal(july.get('LT')?.display, 'Left side (used to identify procedures performed on the left side of the body)');
    assert.equal(july.get('J1745')?.attributes?.betos, 'O1E');
    assert.equal(july.has('K0108'), false);
  });

  it('reports the file with counts by kind', async () => {
    const records = await collect(hcpcsPlugin, FIXTURE);
    const file = records.find((r): r is SourceFileRecord => r.type === 'file' && r.release === '2025-10');
    assert.equal(file?.role, 'xlsx');
    assert.equal(file?.counts.codes, 9);
    assert.equal(file?.counts.modifiers, 2);
    assert.equal(file?.counts.terminatedCodes, 1);
  });

  it('rejects a fixed-width continuation that follows another code, naming the record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hcpcs-'));
    mkdirSync(join(dir, 'hcpcs/2025-01'), { recursive: true });
    const rec = (code: string, seq: string, id: string, text: string) => `${code}${seq}${id}${text.padEnd(80)}`.padEnd(320);
    writeFileSync(
      join(dir, 'hcpcs/2025-01/HCPC2025_JAN_ANWEB.txt'),
      `${rec('A0021', '00010', '3', 'First part')}\n${rec('A0022', '00020', '4', 'second part')}\n`,
    );
    await assert.rejects(
      collect(hcpcsPlugin, dir),
      (err: unknown) => err instanceof SourceError && /record 2: continuation record of "A0022"/.test(err.message),
    );
  });

  it('names a missing required column', async () => {
    const { writeXlsxForTest } = await import('./hcpcs-test-workbook.js');
    const dir = mkdtempSync(join(tmpdir(), 'hcpcs-'));
    await writeXlsxForTest(join(dir, 'hcpcs/2025-01/HCPC2025_JAN_ANWEB.xlsx'), [
      ['HCPC', 'SEQNUM', 'RECID', 'long description ', 'SHORT DESCRIPTION'],
    ]);
    await assert.rejects(
      collect(hcpcsPlugin, dir),
      (err: unknown) => err instanceof SourceError && /row 1 \(header\): missing required columns "COV", "BETOS"/.test(err.message),
    );
  });
});
