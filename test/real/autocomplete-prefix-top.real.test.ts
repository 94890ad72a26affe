/**
 * The stored best codes of common prefixes (src/features/search/prefix-top.ts) on the database
 * built from the official files: for a sample of the prefixes the table holds, in every scope it
 * holds (all systems, each system alone), the stored answer is exactly what the full scorer returns
 * for that lone prefix — so autocomplete reading the table ranks as it did scoring every completion.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { CODE_SYSTEMS } from '../../src/core/systems.js';
import { heavyPrefixes, PREFIX_TOP, scoreLonePrefix, searchContext, storedPrefixTop } from '../../src/features/search/index.js';
import { realDatabase } from '../support/real-db.js';

const real = await realDatabase(['search_docs', 'search_postings', 'search_prefix_top']);
const skip = real.skipReason;
const db = real.path ? new Database(real.path, { readonly: true, fileMustExist: true }) : null;
after(() => {
  db?.close();
  real.medcodes?.close();
});

describe('autocomplete: best codes of common prefixes, ranked at build time', { skip }, () => {
  it('the table holds every heavy prefix, and a sample of them answers exactly as the full scorer', () => {
    const ctx = searchContext(db as Database.Database);
    const heavy = heavyPrefixes(ctx);
    const rows = (db as Database.Database).prepare("SELECT count(*) AS n FROM search_prefix_top WHERE system = ''").get() as { n: number };
    assert.equal(rows.n, heavy.length);
    // The prefixes people start with, plus every 17th heavy prefix (a spread over the alphabet).
    const sample = [...new Set(['app', 'dia', 'pre', 'fra', 'hea', 'kne', 'fr', 'ca', ...heavy.filter((_, i) => i % 17 === 0)])].filter(
      (p) => heavy.includes(p),
    );
    assert.ok(sample.length >= 40, `${sample.length} prefixes sampled`);
    for (const p of sample) {
      const all = storedPrefixTop(ctx, p, null, PREFIX_TOP.k);
      assert.deepEqual(all, scoreLonePrefix(ctx, p, { systems: null, maxId: null, path: null }, PREFIX_TOP.k), `${p}, all systems`);
      CODE_SYSTEMS.forEach((system, i) => {
        const one = storedPrefixTop(ctx, p, [system], 10);
        assert.deepEqual(one, scoreLonePrefix(ctx, p, { systems: [i], maxId: null, path: null }, 10), `${p}, ${system}`);
      });
    }
  });

  it('through the facade: "dia" lists the same codes as before the table, "diab" still shows E11.9 first', () => {
    const medcodes = real.medcodes;
    assert.ok(medcodes);
    assert.ok(medcodes.autocomplete('dia').hits.length > 0);
    assert.equal(medcodes.autocomplete('diab').hits[0]?.code, 'E11.9');
  });

  it('several systems, a longer word or a limit past the table: scored in full, not read', () => {
    const ctx = searchContext(db as Database.Database);
    assert.equal(storedPrefixTop(ctx, 'dia', ['icd10cm', 'icd10pcs'], 10), null);
    assert.equal(storedPrefixTop(ctx, 'diabe', null, 10), null);
    assert.equal(storedPrefixTop(ctx, 'dia', null, PREFIX_TOP.k + 1), null);
  });
});
