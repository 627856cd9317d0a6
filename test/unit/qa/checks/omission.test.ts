import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { omissionCheck } from '../../../../src/qa/checks/omission.ts';
import { contextFor, segment } from '../qa-fixtures.ts';

describe('omission check', () => {
  test('flags a French sentence that drops a clause with names and cognates', () => {
    const s = segment('Le piratage a touché au moins 30 000 organisations.', {
      source:
        'The hack affected at least 30,000 organizations, including local governments and institutions in Australia, Canada and New Zealand.',
    });
    const flags = omissionCheck.run(s, contextFor([s], 'source'));
    assert.equal(flags.length, 1);
    assert.match(String(flags[0]!.params['words']), /Australia/);
  });

  test('does not flag a faithful translation of the same sentence', () => {
    const s = segment(
      'Le piratage a touché au moins 30 000 organisations, dont des gouvernements locaux et des institutions en Australie, au Canada et en Nouvelle-Zélande.',
      {
        source:
          'The hack affected at least 30,000 organizations, including local governments and institutions in Australia, Canada and New Zealand.',
      },
    );
    assert.deepEqual(omissionCheck.run(s, contextFor([s], 'source')), []);
  });

  test('compares source and retranslation in retranslation mode', () => {
    const s = segment('Le piratage a touché des organisations.', {
      source: 'The hack affected organizations, local governments, universities and hospitals across Europe.',
      retranslation: 'The hack affected organizations.',
    });
    assert.equal(omissionCheck.run(s, contextFor([s], 'retranslation')).length, 1);
  });
});
