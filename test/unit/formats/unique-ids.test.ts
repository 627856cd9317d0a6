import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UniqueIds } from '../../../src/formats/unique-ids.ts';

/** The ids of `ids` that `UniqueIds` refuses as taken, in order. */
function refused(ids: readonly string[]): string[] {
  const taken = new UniqueIds();
  return ids.filter((id) => !taken.add(id));
}

describe('UniqueIds', () => {
  test('refuses a numbered id given twice, however far apart and however large the number', () => {
    const ids = Array.from({ length: 50_000 }, (_, index) => `u${index + 1}`);
    assert.deepEqual(refused([...ids, 'u1', 'u50000', 'u9999999', 'u9999999']), ['u1', 'u50000', 'u9999999']);
  });

  test('tells apart ids that share a number: leading zeros, another prefix, no prefix', () => {
    assert.deepEqual(refused(['u7', 'u07', 'u007', 'tu7', '7', 'U7', 'u7']), ['u7']);
    assert.deepEqual(refused(['u07', 'u07', 'x', 'x', '', '']), ['u07', 'x', '']);
  });

  test('keeps ids with numbers too long for bits, and ids without a number, in the set', () => {
    assert.deepEqual(refused(['u12345678', 'u12345678', 'intro', 'intro', 'u1_2', 'u1_2']), [
      'u12345678',
      'intro',
      'u1_2',
    ]);
  });

  test('a bare number is numbered under the empty prefix', () => {
    assert.deepEqual(refused(['1', '2', '10', '2', 'a1', 'a1']), ['2', 'a1']);
  });
});
