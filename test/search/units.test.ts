/** Unit tests of the pure pieces of search. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { essentialText, exactKey, stem } from '../../src/core/text.js';
import { ABBREVIATIONS } from '../../src/features/search/abbreviations.js';
import { abbreviationPairs } from '../../src/features/search/build-vocab.js';
import { clauseStarts, parseQuery } from '../../src/features/search/query.js';
import { type GroupContext, negations, queryGroups, singular, WEIGHT, wordParts } from '../../src/features/search/query-groups.js';
import { editDistance, Speller } from '../../src/features/search/spelling.js';
import { BODY_PARTS, LAY_WORDS, PHRASES, PROCEDURE_SUFFIXES, PROCEDURE_WORDS } from '../../src/features/search/vocabulary.js';
import { buildExpansions } from '../../src/features/search/word-groups.js';
import { parseTriple } from '../../src/sources/files/ntriples.js';
import { tarMembers } from '../../src/sources/files/tar.js';

describe('parseQuery', () => {
  const cases: Array<[string, unknown]> = [
    ['E11.9', { kind: 'code', key: 'E119' }],
    ['e119', { kind: 'code', key: 'E119' }],
    ['E11.', { kind: 'code', key: 'E11' }],
    [' 0src0jz ', { kind: 'code', key: '0SRC0JZ' }],
    ['S52.5-', { kind: 'code', key: 'S525' }],
    ['63295', { kind: 'code', key: '63295' }],
    ['A15-A19', { kind: 'range', from: 'A15', to: 'A19' }],
    ['E11.1 – E11.0', { kind: 'range', from: 'E110', to: 'E111' }],
    ['63001-63048', { kind: 'range', from: '63001', to: '63048' }],
    ['E11.*', { kind: 'wildcard', glob: 'E11*' }],
    ['0SR*0JZ', { kind: 'wildcard', glob: '0SR*0JZ' }],
    ['heart attack', null],
    ['diabetes', null],
  ];
  for (const [q, code] of cases) it(`${JSON.stringify(q)} → ${JSON.stringify(code)}`, () => assert.deepEqual(parseQuery(q).code, code));

  it('words: lower case, stop words dropped, w/o rewritten, at most 12', () => {
    assert.deepEqual(parseQuery('Fracture OF the Radius w/o displacement').words, ['fracture', 'radius', 'without', 'displacement']);
    assert.equal(parseQuery('a b c d e f g h i j k l m n o p q'.replace(/ /g, 'x ')).words.length, 12);
    assert.deepEqual(parseQuery('of the').words, ['of', 'the']);
  });
});

describe('spelling', () => {
  it('Damerau-Levenshtein distance with transpositions', () => {
    assert.equal(editDistance('pnuemonia', 'pneumonia', 2), 1);
    assert.equal(editDistance('alzimer', 'alzheimer', 2), 2);
    assert.equal(editDistance('diabetis', 'diabetes', 2), 1);
    assert.equal(editDistance('abc', 'xyzuvw', 2), 3);
  });
  it('corrects unknown words to the nearest, most frequent vocabulary word', () => {
    const s = new Speller([
      { word: 'alzheimer', freq: 10 },
      { word: 'diabetes', freq: 50 },
      { word: 'diabetic', freq: 40 },
      { word: 'pneumonia', freq: 30 },
    ]);
    assert.equal(s.correct('alzimer'), 'alzheimer');
    assert.equal(s.correct('diabetis'), 'diabetes');
    assert.equal(s.correct('pnuemonia'), 'pneumonia');
    assert.equal(s.correct('diabetes'), null);
    assert.equal(s.correct('zzzzzz'), null);
  });
});

describe('text normalisation', () => {
  it('light stemming makes inflections equal', () => {
    for (const [a, b] of [
      ['infarction', 'infarct'],
      ['myocardial', 'myocardium'],
      ['fractured', 'fracture'],
      ['diabetes', 'diabetic'],
      ['injuries', 'injury'],
    ])
      assert.equal(stem(a as string), stem(b as string), `${a} ~ ${b}`);
  });
  it('exactKey ignores order, case, stop and filler words; essentialText drops modifiers', () => {
    assert.equal(exactKey('Pain, unspecified'), exactKey('pain'));
    assert.equal(exactKey('Fracture of radius'), exactKey('radius fractures'));
    assert.equal(essentialText('Diabetes, diabetic (mellitus) (sugar)').trim(), 'Diabetes, diabetic');
  });
  it('exactKey is idempotent on its own output', () => {
    fc.assert(fc.property(fc.string(), (s) => exactKey(exactKey(s)) === exactKey(s)));
  });
});

describe('abbreviations', () => {
  it('every curated abbreviation cites a source', () => {
    for (const a of ABBREVIATIONS) assert.ok(a.source.length > 10 && a.expansion.length > 0, a.abbr);
  });
  it('pairs are learned from a short title and its long title (letters in order: "fx" is not one, the curated list has it)', () => {
    assert.deepEqual(
      abbreviationPairs('Unsp fx lower end r radius, init', 'Unspecified fracture of the lower end of right radius, initial encounter'),
      [
        ['unsp', 'unspecified'],
        ['init', 'initial'],
      ],
    );
  });
});

describe('lexicon parsing', () => {
  it('reads N-Triples literals with escapes and IRIs', () => {
    assert.deepEqual(parseTriple('<http://x/D1> <http://www.w3.org/2004/02/skos/core#altLabel> "Heart \\"Attack\\" \\u00e9"@en .'), {
      subject: 'http://x/D1',
      predicate: 'http://www.w3.org/2004/02/skos/core#altLabel',
      object: 'Heart "Attack" é',
      literal: true,
    });
    assert.equal(parseTriple('# comment'), null);
    assert.throws(() => parseTriple('<a> broken'));
  });
  it('reads tar members', () => {
    const header = Buffer.alloc(512);
    header.write('dir/a.xml', 0);
    header.write('00000000005\0', 124);
    header.write('0', 156);
    const body = Buffer.alloc(512);
    body.write('hello');
    const members = [...tarMembers(Buffer.concat([header, body, Buffer.alloc(1024)]))];
    assert.deepEqual(
      members.map((m) => [m.name, m.body.toString()]),
      [['dir/a.xml', 'hello']],
    );
  });
});

describe('procedure and lay vocabulary (src/features/search/vocabulary.ts)', () => {
  const all = [...PROCEDURE_SUFFIXES, ...BODY_PARTS, ...PROCEDURE_WORDS, ...PHRASES, ...LAY_WORDS];
  it('names a public source for every entry and maps to at least one word', () => {
    for (const e of all) {
      assert.match(e.source, /(MW|PCSD|PCSI|CMI|MLP|MeSH|ICD-10-PCS|CMS)\b/, `${e.from}: ${e.source}`);
      assert.ok(e.to.length > 0 && e.to.every((p) => p.length > 0), e.from);
      assert.equal(e.from, e.from.toLowerCase());
    }
  });

  it('reads procedure words by their parts: body-part forms, then the suffix', () => {
    assert.deepEqual(wordParts('hepatectomy')?.parts, [['liver'], [stem('resection'), stem('excision')]]);
    assert.deepEqual(wordParts('cholecystectomy')?.parts[0], ['gallbladder']);
    assert.equal(wordParts('gastroenterostomy')?.note, 'gastroenterostomy = gastr+enter+ostomy');
    assert.equal(wordParts('sphenoidectomy')?.note, 'sphenoidectomy = sphenoid+ectomy', 'an unlisted part is the body part itself');
    assert.equal(wordParts('fever'), null);
  });

  it('splits off negated words: "non" and "not" drop the next word, "without" marks words for procedure codes', () => {
    assert.deepEqual(negations(['non', 'congenital', 'cyst', 'kidney']), {
      words: ['cyst', 'kidney'],
      negated: [{ stem: stem('congenital'), procedureOnly: false }],
      optional: new Set(),
    });
    const r = negations(['reduction', 'without', 'internal', 'fixation', 'femur']);
    assert.deepEqual(r.words, ['reduction', 'without', 'internal', 'fixation', 'femur']);
    assert.deepEqual(
      r.negated.map((n) => n.stem),
      [stem('internal'), stem('fixation')],
    );
  });

  it('-otomy also reads as Extirpation (cutting into to take matter out), and "ventricul" is a ventricle', () => {
    assert.ok(wordParts('lithotomy')?.parts.at(-1)?.includes(stem('extirpation')));
    assert.deepEqual(wordParts('ventriculotomy')?.parts[0], [stem('ventricle')]);
  });

  it('"without" stops at the end of its clause, makes its words optional and negates their procedure readings', () => {
    const r = negations(['removal', 'without', 'replacement', 'knee'], new Set(['knee']));
    assert.deepEqual(
      r.negated.map((n) => n.stem),
      [stem('replacement')],
      '"…without replacement, knee" does not negate the knee',
    );
    assert.deepEqual([...r.optional], ['without', 'replacement']);
    const reduction = negations(['fixation', 'without', 'reduction']).negated.map((n) => n.stem);
    assert.ok(reduction.includes(stem('reposition')), 'reduction is read as Reposition');
    const parts = negations(['gastrectomy', 'without', 'colectomy']).negated.map((n) => n.stem);
    assert.ok(parts.includes(stem('colon')) && !parts.includes(stem('resection')), 'the body part named by the parts, not the operation');
  });

  it('plural words find their singular vocabulary entry', () => {
    assert.equal(singular('defects'), 'defect');
    assert.equal(singular('arteries'), 'artery');
    assert.equal(singular('fistulae'), 'fistula');
    assert.equal(singular('abscess'), null);
    assert.equal(singular('uterus'), null);
  });
});

/** Query groups against a made-up vocabulary: the stems a doc holds, nothing from the real files. */
function groupContext(held: string[], speller: Array<{ word: string; freq: number }> = []): GroupContext {
  const stems = new Set(held.map((w) => stem(w)));
  const postings = { df: (t: string) => (stems.has(t) ? 10 : 0), withPrefix: () => [], docCount: 1000 };
  return {
    postings: postings as unknown as GroupContext['postings'],
    expansions: buildExpansions([]),
    speller: () => new Speller(speller),
  };
}

describe('query groups (src/features/search/query-groups.ts)', () => {
  const alternatives = (ctx: GroupContext, words: string[]) =>
    queryGroups(ctx, words, false, true).map((g) => ({ word: g.word, parts: g.alternatives.map((a) => a.parts.flat()) }));

  it('"foreign body" reads as Extirpation, the root operation that takes solid matter out', () => {
    const ctx = groupContext(['extirpation', 'foreign', 'body', 'splinter', 'thumb']);
    const groups = alternatives(ctx, ['splinter', 'foreign', 'body', 'thumb']);
    assert.deepEqual(
      groups.map((g) => g.word),
      ['splinter', 'foreign body', 'thumb'],
    );
    assert.ok(groups[1]?.parts.some((p) => p.includes(stem('extirpation'))));
  });

  it('"without incision" reads as the approaches that cut nothing: External, Via Natural or Artificial Opening', () => {
    const ctx = groupContext(['external', 'natural', 'incision', 'removal', 'pebble', 'ear']);
    const group = alternatives(ctx, ['removal', 'pebble', 'ear', 'without', 'incision']).find((g) => g.word === 'without incision');
    assert.ok(group?.parts.some((p) => p.includes(stem('external')) && p.includes(stem('natural'))));
  });

  it('older procedure words: closure of a fistula may be Repair, a revision of a body part is Repair, antitoxin is a serum', () => {
    const ctx = groupContext(['repair', 'occlusion', 'bypass', 'drainage', 'revision', 'removal', 'serum', 'toxoid', 'vaccine']);
    const parts = (w: string) => alternatives(ctx, [w])[0]?.parts.flat() ?? [];
    assert.ok(parts('fistula').includes(stem('repair')));
    assert.ok(parts('revision').includes(stem('repair')));
    assert.ok(parts('antitoxins').includes(stem('serum')));
  });

  it('a reading whose word part no doc holds keeps only its share: half a meaning is not the whole of "-plasty"', () => {
    const ctx = groupContext(['repair', 'replacement', 'supplement', 'reposition']);
    const [group] = queryGroups(ctx, ['zorboplasty'], false, true);
    const reading = group?.alternatives.find((a) => a.via === 'word parts');
    assert.equal(reading?.parts.length, 1);
    assert.equal(reading?.weight, WEIGHT.wordParts / 2);
  });

  it('clause starts: the first word after a comma or bracket', () => {
    assert.deepEqual([...clauseStarts('removal of pin without replacement, of the knee (left)')], ['knee', 'left']);
  });

  it('Roman numerals read as the titles write numbers: Arabic numerals and ordinals', () => {
    const ctx = groupContext(['2', 'second', '3', 'third', 'type', 'nerve']);
    const [, type] = alternatives(ctx, ['type', 'ii']);
    assert.ok(type?.parts.some((p) => p.includes('2')));
    const [nerve] = alternatives(ctx, ['iii', 'nerve']);
    assert.ok(nerve?.parts.some((p) => p.includes(stem('third'))));
  });

  it('a word understood from its parts is not "corrected" to a look-alike', () => {
    const ctx = groupContext(['liver', 'repair', 'septoplasty'], [{ word: 'septoplasty', freq: 50 }]);
    const [group] = queryGroups(ctx, ['hepatoplasty'], false, true);
    assert.equal(group?.correctedTo, undefined);
    assert.ok(group?.alternatives.every((a) => a.via !== 'correction'));
    const [typo] = queryGroups(ctx, ['septoplsty'], false, true);
    assert.equal(typo?.correctedTo, 'septoplasty', 'an unknown word with no reading is still corrected');
  });

  it('generic head words ("disease", "system") are optional beside a word that names the condition', () => {
    const ctx = groupContext(['wobbly', 'disease', 'system']);
    const groups = queryGroups(ctx, ['wobbly', 'system', 'disease'], false, true);
    assert.deepEqual(
      groups.map((g) => g.optional ?? false),
      [false, true, true],
    );
    assert.ok(
      queryGroups(ctx, ['disease'], false, true).every((g) => !g.optional),
      'a query of generic words alone keeps them',
    );
  });
});
