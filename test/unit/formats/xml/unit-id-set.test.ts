import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UnitIdSet } from '../../../../src/formats/xml/unit-id-set.ts';

describe('UnitIdSet', () => {
  test('says an id is new the first time and repeated every time after, across growth', () => {
    const ids = new UnitIdSet();
    const count = 50_000;
    for (let index = 0; index < count; index++) assert.equal(ids.add(`u${index}`), true);
    for (let index = 0; index < count; index += 7) assert.equal(ids.add(`u${index}`), false);
    assert.equal(ids.add(`u${count}`), true);
  });

  test('tells apart ids that differ only in case, in order or in a non-ASCII letter', () => {
    const ids = new UnitIdSet();
    for (const id of ['ab', 'AB', 'ba', 'é', 'e', 'e\u0301', '', '1_2', '12']) assert.equal(ids.add(id), true, id);
    for (const id of ['ab', 'AB', 'ba', 'é', 'e', 'e\u0301', '', '1_2', '12']) assert.equal(ids.add(id), false, id);
  });
});
