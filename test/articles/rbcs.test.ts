import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { rbcsPlugin } from '../../src/sources/rbcs/index.js';
import { tempDir } from '../support/build.js';

const options = { cptDescriptorsFromCmsFiles: false, newestOnly: false };

function writeRbcs(header: string, rows: string[]): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'rbcs', '2025'), { recursive: true });
  writeFileSync(join(dir, 'rbcs', '2025', 'RBCS_RY_2025.csv.gz'), gzipSync(Buffer.from([header, ...rows].join('\r\n'))));
  return dir;
}

const HEADER =
  'HCPCS_Cd,RBCS_ID,RBCS_Cat,RBCS_Cat_Desc,RBCS_Cat_Subcat,RBCS_Subcat_Desc,RBCS_FamNumb,RBCS_Family_Desc,RBCS_Major_Ind,HCPCS_Cd_Add_Dt,HCPCS_Cd_End_Dt,RBCS_Latest_Assignment';

async function readAll(dir: string) {
  const out = [];
  for await (const r of rbcsPlugin.read(await rbcsPlugin.detect(dir), options)) out.push(r);
  return out;
}

describe('RBCS plug-in', () => {
  it('reads the current assignment of each code as facts, headers in any case, system by code shape', async () => {
    const dir = writeRbcs(HEADER, [
      '99990,PX001M,P,Procedure,PX,"Invented, subcategory",001,Invented family,M,01/01/2020,12/31/9999,1',
      '99990,PX002O,P,Procedure,PX,Old subcategory,002,Old family,O,01/01/2010,12/31/2019,0',
      'E9999,DX001N,D,DME,DX,Invented DME,001,Invented supplies,N,01/01/2020,12/31/9999,1',
      'BAD,DX001N,D,DME,DX,Invented DME,001,Invented supplies,N,01/01/2020,12/31/9999,1',
    ]);
    const records = await readAll(dir);
    assert.deepEqual(
      records.filter((r) => r.type === 'fact').map((r) => r.type === 'fact' && [r.system, r.key, r.sourceRelease, r.values]),
      [
        [
          'cpt',
          '99990',
          'RY2025',
          { rbcsId: 'PX001M', category: 'Procedure', subcategory: 'Invented, subcategory', family: 'Invented family', major: 'M' },
        ],
        [
          'hcpcs',
          'E9999',
          'RY2025',
          { rbcsId: 'DX001N', category: 'DME', subcategory: 'Invented DME', family: 'Invented supplies', major: 'N' },
        ],
      ],
    );
    assert.deepEqual(records.at(-1)?.type === 'file' && records.at(-1), {
      ...(records.at(-1) as object),
      role: 'rbcs',
      counts: { facts: 2 },
    });
  });

  it('rejects a file without the columns it needs, naming them', async () => {
    const dir = writeRbcs('hcpcs_cd,rbcs_id', ['99990,PX001M']);
    await assert.rejects(readAll(dir), /RBCS_RY_2025\.csv\.gz.*line 1.*missing column\(s\) rbcs_cat_desc/s);
  });
});
