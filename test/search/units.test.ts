/** Unit tests of the pure pieces of search. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { essentialText, exactKey, stem } from '../../src/core/text.js';
import {
  ABBREVIATIONS,
  abbreviationPairs,
  BODY_PARTS,
  editDistance,
  LAY_WORDS,
  negations,
  PHRASES,
  PROCEDURE_SUFFIXES,
  PROCEDURE_WORDS,
  parseQuery,
  Speller,
  wordParts,
} from '../../src/features/search/index.js';
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
    });
    const r = negations(['reduction', 'without', 'internal', 'fixation', 'femur']);
    assert.deepEqual(r.words, ['reduction', 'without', 'internal', 'fixation', 'femur']);
    assert.deepEqual(
      r.negated.map((n) => n.stem),
      [stem('internal'), stem('fixation')],
    );
  });
});
