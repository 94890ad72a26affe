/**
 * Downloads that are not the stored file itself: a member taken out of the publisher's zip and
 * gzipped (checked against the member's own sha256), and the MCD zips unpacked with their nested
 * `<dataset>_csv.zip` to `<dataset>/<dataset>_csv/`. Fixtures: test/fixtures/fetch/ (made with zip).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { fetchSources } from '../../src/app/fetch.js';
import type { Manifest } from '../../src/app/fetch-manifest.js';
import { type MirrorServer, startMirror } from '../support/mirror-server.js';
import { FIXTURES } from '../support/sources.js';

const MEMBER_SHA = 'a307894890729a89ccd67cb7f375ed20f4437b843fc519c51c7f6b6ca2f23dd4';
let work: string;
let server: MirrorServer;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'medcodes-fetch-unpack-'));
  const site = join(work, 'publisher');
  mkdirSync(join(site, 'files/zip'), { recursive: true });
  cpSync(join(FIXTURES, 'fetch/publisher.zip'), join(site, 'files/zip/publisher.zip'));
  cpSync(join(FIXTURES, 'fetch/current_lcd.zip'), join(site, 'files/zip/current_lcd.zip'));
  server = await startMirror(site);
});
after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const manifest = (sha: string): Manifest => ({
  sources: [
    {
      id: 'demo',
      releases: [
        {
          release: '2026',
          files: [
            {
              path: 'demo/2026/member.txt.gz',
              url: `${server.url}/files/zip/publisher.zip`,
              from: { member: 'member\\.txt', gzip: true, size: 41, sha256: sha },
            },
            { path: 'mcd/current/current_lcd', url: `${server.url}/files/zip/current_lcd.zip`, unpack: 'tree', optional: true },
          ],
        },
      ],
    },
  ],
});

describe('fetch from the publisher: zip members and unpacked zips', () => {
  it('takes the member out of the publisher zip, gzips it, checks the member sha256; unpacks the nested MCD zip', async () => {
    const dest = join(work, 'a');
    const r = await fetchSources({ sourcesDir: dest, manifest: manifest(MEMBER_SHA) });
    assert.deepEqual(
      r.files.map((f) => [f.path, f.status]),
      [
        ['demo/2026/member.txt.gz', 'fetched'],
        ['mcd/current/current_lcd', 'fetched'],
      ],
    );
    assert.equal(gunzipSync(readFileSync(join(dest, 'demo/2026/member.txt.gz'))).toString(), 'Invented member text for a publisher zip\n');
    assert.match(
      readFileSync(join(dest, 'mcd/current/current_lcd/current_lcd_csv/lcd.csv'), 'utf8'),
      /^lcd_id,lcd_version,title,status\r\n91001/,
    );
    assert.equal(existsSync(join(dest, 'mcd/current/current_lcd/current_lcd_csv.zip')), false, 'the nested zip is unpacked, not kept');
  });

  it('a member whose sha256 differs is an error naming the file, and nothing is kept', async () => {
    const dest = join(work, 'b');
    const r = await fetchSources({ sourcesDir: dest, manifest: manifest('c'.repeat(64)) });
    const f = r.files[0];
    assert.equal(f?.status, 'failed');
    assert.match(f?.note ?? '', /^demo\/2026\/member\.txt\.gz: checksum mismatch — the publisher's file should have sha256 c{64}/);
    assert.equal(existsSync(join(dest, 'demo/2026/member.txt.gz')), false);
    assert.equal(existsSync(join(dest, 'demo/2026/member.txt.gz.part')), false);
  });
});
