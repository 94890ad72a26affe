/**
 * The stored best codes of common prefixes and heavy longer words (src/features/search/prefix-top.ts)
 * on the database built from the official files: for a sample of the words the table holds, in every
 * scope it holds (all systems, each system alone), the stored answer is exactly what the full scorer
 * returns for that lone word — so autocomplete reading the table ranks as it did scoring every
 * completion. A query whose other words no code holds, answered from the table too, lists exactly
 * what the full scorer lists for it.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { CodeSystemId } from '../../src/core/systems.js';
import { CODE_SYSTEMS } from '../../src/core/systems.js';
import { autocomplete } from '../../src/features/search/autocomplete.js';
import { docFilter, rankWords, searchContext } from '../../src/features/search/engine.js';
import { heavyPrefixes, PREFIX_TOP, scoreLonePrefix, storedPrefixTop } from '../../src/features/search/prefix-top.js';
import { parseQuery } from '../../src/features/search/query.js';
import { queryGroups } from '../../src/features/search/query-groups.js';
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
    const long = heavy.filter((p) => p.length > PREFIX_TOP.maxLength);
    assert.ok(long.length >= 100, `${long.length} heavy words of 5+ letters`);
    for (const w of ['injur', 'percutaneous', 'closed', 'fracture']) assert.ok(long.includes(w), w);
    // The prefixes people start with, heavy longer words, plus every 17th heavy prefix (a spread over the alphabet).
    const sample = [
      ...new Set([
        'app',
        'dia',
        'pre',
        'fra',
        'hea',
        'kne',
        'fr',
        'ca',
        'injur',
        'percutaneous',
        'closed',
        'laparoscopic',
        ...heavy.filter((_, i) => i % 17 === 0),
      ]),
    ].filter((p) => heavy.includes(p));
    assert.ok(sample.length >= 60, `${sample.length} prefixes sampled`);
    for (const p of sample) {
      const all = storedPrefixTop(ctx, p, null, PREFIX_TOP.k);
      assert.deepEqual(all, scoreLonePrefix(ctx, p, { systems: null, maxId: null, path: null }, PREFIX_TOP.k), `${p}, all systems`);
      CODE_SYSTEMS.forEach((system, i) => {
        const one = storedPrefixTop(ctx, p, [system], 10);
        assert.deepEqual(one, scoreLonePrefix(ctx, p, { systems: [i], maxId: null, path: null }, 10), `${p}, ${system}`);
      });
    }
  });

  it('other words no code holds: the stored answer of the lone word, exactly what the full scorer lists', () => {
    const ctx = searchContext(db as Database.Database);
    const full = (q: string, systems: CodeSystemId[] | null, limit: number) => {
      const typed = parseQuery(q).words;
      const words = typed.length > 1 && (typed.at(-1) as string).length < 2 ? typed.slice(0, -1) : typed;
      const filter = docFilter(ctx, { systems, billable: false, within: null });
      assert.ok(filter);
      return rankWords(ctx, queryGroups(ctx, words, true, false), words, filter, limit).top.map((t) => t.doc);
    };
    const codes = (ids: number[]) => {
      const docs = ctx.reader.docs(ids);
      return ids.map((id) => `${docs.get(id)?.system} ${docs.get(id)?.code}`);
    };
    const ids = (q: string, systems: CodeSystemId[] | null, limit: number) =>
      autocomplete(ctx, q, systems, limit).map((d) => `${d.system} ${d.code}`);
    // Misspelt first words (autocomplete does not correct), then a heavy word being typed; and three
    // unknown words (three groups: not a power of two, scored in full), and a known first word.
    const queries = ['zzqx dis', 'qqwv inj', 'zzqx percu', 'xxqz yyqz wwqz app', 'zzqx yyqz fra', 'zzqx injur', 'right dis', 'zzqx closed'];
    for (const q of queries)
      for (const [systems, limit] of [
        [null, 10],
        [null, 25],
        [['icd10cm'], 10],
        [['icd10pcs'], 25],
        [['hcpcs'], 10],
      ] as Array<[CodeSystemId[] | null, number]>)
        assert.deepEqual(ids(q, systems, limit), codes(full(q, systems, limit)), `${q}, ${systems ?? 'all'}, ${limit}`);
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
    assert.equal(storedPrefixTop(ctx, 'diabetes', null, 10), null);
    assert.equal(storedPrefixTop(ctx, 'dia', null, PREFIX_TOP.k + 1), null);
  });
});
