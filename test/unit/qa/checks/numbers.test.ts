import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { numbersCheck } from '../../../../src/qa/checks/numbers.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (target: string, source?: string) => {
  const s = segment(target, source ? { source } : {});
  return show(numbersCheck.run(s, contextFor([s], source ? 'source' : 'target-only')), target);
};

describe('numbers check', () => {
  test('accepts 30,000 → 30 000, 1.5 → 1,5 and 10 million → 10 millions', () => {
    assert.deepEqual(
      run(
        'au moins 30 000 organisations, 1,5 % et 10 millions de dollars',
        'at least 30,000 organizations, 1.5% and $10 million',
      ),
      [],
    );
  });

  test('flags a changed number and offers the English value', () => {
    assert.deepEqual(run('a touché 1 400 entreprises', 'hit 1,500 businesses'), [
      'numbers.changed [1 400] → 1\u00a0500',
    ]);
  });

  test('flags a number missing from the French', () => {
    const flags = run('entre 2011 et aujourd’hui', 'between 2011 and 2018');
    assert.deepEqual(flags, ['numbers.missing [entre 2011 et aujourd’hui]']);
  });

  test('flags a number the English does not have', () => {
    assert.deepEqual(run('quatre ressortissants en 2019 et 2020', 'four nationals in 2019'), ['numbers.extra [2020]']);
  });

  test('flags English digit grouping and a decimal point in French, even without English', () => {
    assert.deepEqual(run('au moins 30,000 organisations'), ['numbers.english-grouping [30,000] → 30\u00a0000']);
    assert.deepEqual(run('une hausse de 1.5 point'), ['numbers.decimal-point [1.5] → 1,5']);
  });

  test('does not take dates, versions and addresses for decimals', () => {
    assert.deepEqual(run('le 20 juillet 2021 sur https://example.org/2021-07/v1.2'), []);
  });
});
