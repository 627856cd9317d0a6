import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { retranslationComparisonCheck } from '../../../../src/qa/checks/retranslation-comparison.ts';
import { contextFor, segment } from '../qa-fixtures.ts';

describe('retranslation-comparison check', () => {
  test('flags a retranslation far from the source, with the words it lost', () => {
    const s = segment('Une série de grèves a eu lieu.', {
      source: 'This year saw a string of major ransomware attacks on pipelines.',
      retranslation: 'A number of labour walkouts took place.',
    });
    const flags = retranslationComparisonCheck.run(s, contextFor([s], 'retranslation'));
    assert.equal(flags.length, 1);
    assert.match(String(flags[0]!.params['missing']), /ransomware/);
  });

  test('accepts a retranslation close to the source', () => {
    const s = segment('…', {
      source: 'This year saw a string of major ransomware attacks.',
      retranslation: 'This year saw a series of major ransomware attacks.',
    });
    assert.deepEqual(retranslationComparisonCheck.run(s, contextFor([s], 'retranslation')), []);
  });

  test('runs only in retranslation mode', () => {
    assert.deepEqual(retranslationComparisonCheck.needs, ['retranslation']);
  });
});
