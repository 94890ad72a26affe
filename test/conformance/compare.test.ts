/** The runner's comparison rules on small cases: each rule can make a comparison fail. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Comparer } from './compare.js';
import { sortParameters } from './normalise.js';

const cmp = (expected: object, actual: object, patternMode = false) =>
  new Comparer({ patternMode, variables: { version: '4.0.1' } }).compareObjects('', expected as never, actual as never);

it('exact mode: extra and missing properties fail, $optional-properties$ and $optional$ items excuse them', () => {
  assert.match(cmp({ a: 1 }, { a: 1, b: 2 }) ?? '', /unexpected property b/);
  assert.match(cmp({ a: 1, b: 2 }, { a: 1 }) ?? '', /missing property b/);
  assert.equal(cmp({ a: 1, b: 2, '$optional-properties$': ['b'] }, { a: 1 }), null);
  assert.equal(cmp({ l: [{ x: 1 }, { $optional$: true, x: 2 }] }, { l: [{ x: 1 }] }), null);
  assert.match(cmp({ l: [{ x: 1 }, { x: 2 }] }, { l: [{ x: 1 }] }) ?? '', /count differs/);
  assert.match(cmp({ l: [{ x: 1 }] }, { l: [{ x: 2 }] }) ?? '', /number property values differ/);
});

it('templates: $string$, $choice$, $fragments$, $version$, $uuid$, $instant$', () => {
  assert.equal(cmp({ s: '$string$' }, { s: 'ok' }), null);
  assert.notEqual(cmp({ s: '$string$' }, { s: ' padded' }), null);
  assert.equal(cmp({ s: '$choice:a|b$' }, { s: 'b' }), null);
  assert.notEqual(cmp({ s: '$choice:a|b$' }, { s: 'c' }), null);
  assert.equal(cmp({ s: '$fragments:Unknown|E11$' }, { s: "unknown code 'E11.99'" }), null);
  assert.notEqual(cmp({ s: '$version$' }, { s: '5.0.0' }), null);
  assert.equal(
    cmp({ s: '$uuid$', t: '$instant$' }, { s: 'urn:uuid:8acdbfdc-e9d2-11ed-a05b-0242ac120003', t: '2026-12-04T10:00:00.123Z' }),
    null,
  );
  assert.notEqual(cmp({ t: '$instant$' }, { t: '2026-12-04' }), null);
  assert.throws(() => cmp({ s: '$nonsense$' }, { s: 'x' }), /Unhandled template/);
});

it('pattern mode allows extra content but wants every expected item in order', () => {
  assert.equal(cmp({ l: [{ a: 1 }, { a: 3 }] }, { l: [{ a: 1, z: 0 }, { a: 2 }, { a: 3 }], more: true }, true), null);
  assert.match(cmp({ l: [{ a: 3 }, { a: 1 }] }, { l: [{ a: 1 }, { a: 3 }] }, true) ?? '', /was not found/);
});

it('sorts parameters by name, properties by code, as the runner does', () => {
  const p = {
    parameter: [
      { name: 'version' },
      {
        name: 'property',
        part: [
          { name: 'value', valueCode: 'b' },
          { name: 'code', valueCode: 'child' },
        ],
      },
      { name: 'property', part: [{ name: 'code', valueCode: 'abstract' }] },
      { name: 'code' },
    ],
  };
  sortParameters(p as never);
  assert.deepEqual(
    p.parameter.map((x) => x.name),
    ['code', 'property', 'property', 'version'],
  );
  assert.equal(p.parameter[1]?.part?.[0]?.valueCode, 'abstract');
  assert.deepEqual(
    p.parameter[2]?.part?.map((x) => x.name),
    ['code', 'value'],
  );
});
