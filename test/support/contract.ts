/**
 * The one contract test suite every source plug-in passes (STYLE.md rule 5): it detects its own
 * mini release, yields each code once per release with parents that exist, reports every file it
 * read, and rejects the broken fixture with a message that names the file and the place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { SourceError } from '../../src/core/errors.js';
import type { CodeRecord, SourceRecord } from '../../src/core/records.js';
import type { ReadOptions, SourcePlugin } from '../../src/sources/contract.js';

export interface ContractCase {
  plugin: SourcePlugin;
  /** Folder laid out like ../shared/data holding the plug-in's synthetic mini release. */
  fixtureDir: string;
  /** Folder holding a deliberately broken release in the same layout. */
  brokenDir: string;
  /** Releases the mini release must produce. */
  releases: string[];
  /** Keys that must be present in the newest release (a few, to prove real parsing). */
  someKeys: string[];
  /** What the broken fixture's error message must contain (a row/line/element number). */
  brokenMessage: RegExp;
  /**
   * Records the mini release yields, by type, exactly. Required when `someKeys` is empty (plug-ins
   * that yield facts, mappings, lexicon entries, policies or passages rather than codes).
   */
  counts?: Record<string, number>;
  /** One record the mini release must yield exactly as written here. */
  sample?: SourceRecord;
  options?: Partial<ReadOptions>;
}

const DEFAULT_OPTIONS: ReadOptions = { cptDescriptorsFromCmsFiles: false, newestOnly: false };

export async function collect(plugin: SourcePlugin, dir: string, options?: Partial<ReadOptions>): Promise<SourceRecord[]> {
  const detection = await plugin.detect(dir);
  const out: SourceRecord[] = [];
  for await (const record of plugin.read(detection, { ...DEFAULT_OPTIONS, ...options })) out.push(record);
  return out;
}

export function runSourceContract(c: ContractCase): void {
  describe(`source plug-in contract: ${c.plugin.system}`, () => {
    it('detects its own mini release', async () => {
      const detection = await c.plugin.detect(c.fixtureDir);
      assert.equal(detection.system, c.plugin.system);
      assert.ok(detection.files.length > 0, 'no files detected');
      for (const f of detection.files) assert.ok(f.size > 0 && f.path.length > 0 && f.role.length > 0);
    });

    it('detects nothing in an empty folder and says what is missing', async () => {
      const detection = await c.plugin.detect(`${c.fixtureDir}/__nothing_here__`);
      assert.deepEqual(detection.files, []);
      assert.ok(detection.missing.length > 0, 'a missing release must be reported');
    });

    it('yields every release, each code once, with parents that exist', async () => {
      const records = await collect(c.plugin, c.fixtureDir, c.options);
      const releases = records.filter((r) => r.type === 'release').map((r) => r.release);
      assert.deepEqual([...new Set(releases)].sort(), [...c.releases].sort());
      const codes = records.filter((r): r is CodeRecord => r.type === 'code');
      const seen = new Set<string>();
      for (const code of codes) {
        assert.equal(code.system, c.plugin.system);
        const id = `${code.release}|${code.key}`;
        assert.ok(!seen.has(id), `code ${code.key} yielded twice in release ${code.release}`);
        seen.add(id);
      }
      for (const code of codes) {
        if (code.parent !== null)
          assert.ok(seen.has(`${code.release}|${code.parent}`), `parent ${code.parent} of ${code.key} (${code.release}) missing`);
      }
      const newest = [...c.releases].sort().at(-1);
      for (const key of c.someKeys) assert.ok(seen.has(`${newest}|${key}`), `${key} missing from release ${newest}`);
    });

    it('has something to check: codes to find, or the records it yields counted with a sample', () => {
      assert.ok(c.someKeys.length > 0 || (c.counts !== undefined && c.sample !== undefined), 'give someKeys, or counts and a sample');
    });

    if (c.counts !== undefined || c.sample !== undefined) {
      it('yields what its mini release holds: the counts by record type and the sample record', async () => {
        const records = await collect(c.plugin, c.fixtureDir, c.options);
        const counts: Record<string, number> = {};
        for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
        if (c.counts) assert.deepEqual(counts, c.counts);
        const sample = c.sample;
        if (sample) {
          const sameType = records.filter((r) => r.type === sample.type);
          assert.ok(
            records.some((r) => isDeepStrictEqual(r, sample)),
            `sample not yielded; the ${sample.type} records were ${JSON.stringify(sameType.slice(0, 5), null, 1)}`,
          );
        }
      });
    }

    it('reports every file it read with size, sha256 and counts', async () => {
      const records = await collect(c.plugin, c.fixtureDir, c.options);
      const files = records.filter((r) => r.type === 'file');
      assert.ok(files.length > 0);
      for (const f of files) {
        assert.match(f.sha256, /^[0-9a-f]{64}$/);
        assert.ok(f.size > 0);
        assert.ok(
          Object.values(f.counts).some((n) => n > 0),
          `${f.path} reports no records`,
        );
      }
    });

    it('rejects the broken release, naming the file and the place', async () => {
      await assert.rejects(collect(c.plugin, c.brokenDir, c.options), (err: unknown) => {
        assert.ok(err instanceof SourceError, `expected SourceError, got ${String(err)}`);
        assert.match(err.message, c.brokenMessage);
        return true;
      });
    });
  });
}
