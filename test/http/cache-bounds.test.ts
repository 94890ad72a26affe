/**
 * Every in-memory cache of the serving path stays bounded (docs/deploy.md, "Memory"): each is
 * filled well past its bound with synthetic data, and what it holds is counted.
 */

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Medcodes } from '../../src/app/medcodes.js';
import { MAX_STEMS, stem, stemMemoSize } from '../../src/core/text.js';
import { RECENT_RESULTS, recentResultsHeld } from '../../src/db/recent.js';
import { MAX_STATEMENTS, statementsHeld } from '../../src/db/statements.js';
import { compiledPatterns, countConcepts, MAX_COMPILED_PATTERNS } from '../../src/features/codes/index.js';
import {
  AUTOCOMPLETE_CACHE,
  autocomplete,
  autocompleteCacheSize,
  PostingsReader,
  STATEMENT_CACHE,
  searchContext,
} from '../../src/features/search/index.js';
import { PAGE_CACHE_CHARS, PAGE_CACHE_ENTRIES, PageCache } from '../../src/http/pages/page-cache.js';
import { MAX_CLIENTS, RateLimiter } from '../../src/http/rate-limit.js';
import { buildSearchFixture } from '../search/fixture.js';
import { storeOf } from '../support/store-of.js';

describe('rendered code pages (PageCache)', () => {
  it(`keeps at most ${PAGE_CACHE_ENTRIES} pages, dropping the least recently read`, () => {
    const cache = new PageCache();
    const store = {};
    cache.set(store, '/code/x/kept', '<p>kept</p>');
    for (let i = 0; i < PAGE_CACHE_ENTRIES * 3; i++) {
      cache.set(store, `/code/x/${i}`, `<p>page ${i}</p>`);
      if (i % 100 === 0) assert.equal(cache.get(store, '/code/x/kept'), '<p>kept</p>');
    }
    assert.equal(cache.held(store).entries, PAGE_CACHE_ENTRIES);
    assert.equal(cache.get(store, '/code/x/0'), undefined, 'the oldest page is gone');
    assert.equal(cache.get(store, `/code/x/${PAGE_CACHE_ENTRIES * 3 - 1}`), `<p>page ${PAGE_CACHE_ENTRIES * 3 - 1}</p>`);
  });

  it(`keeps at most ${PAGE_CACHE_CHARS / 1024 / 1024} MiB of HTML, and never a page larger than that`, () => {
    const cache = new PageCache();
    const store = {};
    const page = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 100; i++) {
      cache.set(store, `/code/x/${i}`, `${i}${page}`);
      assert.ok(cache.held(store).chars <= PAGE_CACHE_CHARS, `after page ${i}: ${cache.held(store).chars} characters`);
    }
    assert.equal(cache.held(store).entries, 23);
    cache.set(store, '/code/x/huge', 'x'.repeat(PAGE_CACHE_CHARS + 1));
    assert.equal(cache.get(store, '/code/x/huge'), undefined);
    assert.equal(cache.held(store).entries, 23, 'the huge page evicted nothing');
    // Setting a page again replaces it: the count of characters stays exact.
    const before = cache.held(store).chars;
    cache.set(store, '/code/x/99', 'short');
    assert.equal(cache.held(store).chars, before - (page.length + 2) + 5);
  });

  it('starts empty for another open database (a reload)', () => {
    const cache = new PageCache();
    cache.set({}, '/code/x/1', 'a');
    assert.deepEqual(cache.held({}), { entries: 0, chars: 0 });
  });
});

describe('caches of an open database', () => {
  let medcodes: Medcodes;
  before(async () => {
    medcodes = await buildSearchFixture();
  });
  after(() => medcodes.close());

  it(`autocomplete keeps at most ${AUTOCOMPLETE_CACHE} answers`, () => {
    const answer = autocomplete(storeOf(medcodes), 'wob').hits;
    assert.ok(answer.length > 0);
    for (let i = 0; i < AUTOCOMPLETE_CACHE + 1500; i++) autocomplete(storeOf(medcodes), `zq${i.toString(36)}`);
    assert.equal(autocompleteCacheSize(storeOf(medcodes)), AUTOCOMPLETE_CACHE);
    assert.deepEqual(autocomplete(storeOf(medcodes), 'wob').hits, answer, 'an evicted answer is computed again, the same');
  });

  it(`search keeps at most ${STATEMENT_CACHE} prepared statements`, () => {
    const { reader } = searchContext(storeOf(medcodes).db);
    const all = { systems: null, maxId: null, path: null };
    const q909 = reader.docsByKey('Q909', all);
    assert.equal(q909.length, 1);
    // Each system list and each chunk length is its own statement.
    for (let i = 0; i < STATEMENT_CACHE * 2; i++) reader.docsByKey('Q909', { systems: [i % 8, i], maxId: null, path: null });
    for (let n = 1; n <= 200; n++) reader.docs(Array.from({ length: n }, (_, i) => i));
    assert.equal(reader.statementsHeld, STATEMENT_CACHE);
    assert.deepEqual(reader.docsByKey('Q909', all), q909, 'an evicted statement is prepared again');
  });

  it('posting lists are kept up to a number of postings, and words no doc holds are never kept', () => {
    const db = storeOf(medcodes).db;
    const tokens = new PostingsReader(db).tokens;
    assert.ok(tokens.length > 20, `${tokens.length} words`);
    const bound = 12;
    const postings = new PostingsReader(db, bound);
    let largest = 0;
    for (const t of [...tokens, ...tokens]) {
      largest = Math.max(largest, postings.get(t)?.docs.length ?? 0);
      const held = postings.cached();
      assert.ok(held.postings <= Math.max(bound, largest), `${held.lists} lists, ${held.postings} postings`);
    }
    assert.ok(postings.cached().lists < tokens.length, 'lists were dropped');
    const before = postings.cached();
    for (let i = 0; i < 10_000; i++) assert.equal(postings.get(`zzq${i}`), null);
    assert.deepEqual(postings.cached(), before);
  });

  it(`code queries keep at most ${MAX_STATEMENTS} prepared statements of varying text`, () => {
    const store = storeOf(medcodes);
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `Q9${i}`);
    const first = store.codesByKeys('icd10cm', '2026', keys(3));
    assert.ok(first.length > 0);
    // Each length of the IN list is its own statement text.
    for (let n = 1; n <= MAX_STATEMENTS * 2; n++) store.codesByKeys('icd10cm', '2026', keys(n));
    assert.equal(statementsHeld(store.db), MAX_STATEMENTS);
    assert.deepEqual(store.codesByKeys('icd10cm', '2026', keys(3)), first, 'an evicted statement is prepared again');
  });

  it(`point queries keep at most ${RECENT_RESULTS} recent results, and hand out fresh rows`, () => {
    const store = storeOf(medcodes);
    const q909 = store.code('icd10cm', '2026', 'Q909');
    assert.ok(q909);
    const copy = structuredClone(q909);
    q909.display = 'changed by a caller';
    assert.deepEqual(store.code('icd10cm', '2026', 'Q909'), copy, 'a kept result is not the object handed out');
    for (let i = 0; i < RECENT_RESULTS * 2; i++) store.code('icd10cm', '2026', `ZQ${i}`);
    assert.equal(recentResultsHeld(store.db), RECENT_RESULTS);
    assert.deepEqual(store.code('icd10cm', '2026', 'Q909'), copy, 'an evicted result is read again');
  });

  it(`the code REGEXP keeps at most ${MAX_COMPILED_PATTERNS} compiled patterns`, () => {
    const c = { system: 'icd10cm', release: '2026' };
    assert.equal(countConcepts(storeOf(medcodes), { ...c, codeRegex: 'Q9[0-4](\\..*)?' }), 10);
    for (let i = 0; i < MAX_COMPILED_PATTERNS * 2; i++) {
      countConcepts(storeOf(medcodes), { ...c, codeRegex: `Q${i}.*` });
      assert.ok(compiledPatterns() <= MAX_COMPILED_PATTERNS);
    }
    assert.equal(countConcepts(storeOf(medcodes), { ...c, codeRegex: 'Q9[0-4](\\..*)?' }), 10);
  });
});

describe('process-wide caches', () => {
  it(`the stemmer's memo keeps at most ${MAX_STEMS} words, none longer than 40 letters`, () => {
    assert.equal(stem('fractured'), 'fractur');
    for (let i = 0; i < MAX_STEMS * 1.5; i++) {
      stem(`qz${i.toString(36)}ing`);
      if (i % 10_000 === 0) assert.ok(stemMemoSize() <= MAX_STEMS);
    }
    assert.ok(stemMemoSize() <= MAX_STEMS);
    const size = stemMemoSize();
    for (let i = 0; i < 1000; i++) stem(`${'q'.repeat(60)}${i}ing`);
    assert.equal(stemMemoSize(), size, 'long words are not kept');
    assert.equal(stem('fractured'), 'fractur');
  });

  it(`rate limiting keeps at most ${MAX_CLIENTS} client buckets`, () => {
    let now = 0;
    const limiter = new RateLimiter(60, true, () => now);
    for (let i = 0; i < MAX_CLIENTS * 1.5; i++) {
      now += 1;
      assert.equal(limiter.take(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`).allowed, true);
    }
    assert.ok(limiter.clients <= MAX_CLIENTS, `${limiter.clients} buckets`);
    // A client out of tokens is still limited while the map is full.
    const client = '192.0.2.1';
    for (let i = 0; i < 15; i++) limiter.take(client);
    assert.equal(limiter.take(client).allowed, false);
  });
});
