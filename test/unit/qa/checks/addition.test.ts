import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { additionCheck } from '../../../../src/qa/checks/addition.ts';
import { contextFor, segment } from '../qa-fixtures.ts';

describe('addition check', () => {
  test('flags French that adds names and facts the English lacks', () => {
    const s = segment(
      'Le piratage a touché des organisations, notamment en Australie, au Canada, en Allemagne et en Nouvelle-Zélande, selon la Commission européenne.',
      { source: 'The hack affected organizations.' },
    );
    const flags = additionCheck.run(s, contextFor([s], 'source'));
    assert.equal(flags.length, 1);
    assert.match(String(flags[0]!.params['words']), /Australie/);
  });

  test('does not flag a French sentence that is merely longer', () => {
    const s = segment('Le piratage a touché un grand nombre d’organisations dans le monde entier.', {
      source: 'The hack affected many organizations worldwide.',
    });
    assert.deepEqual(additionCheck.run(s, contextFor([s], 'source')), []);
  });

  test('compares retranslation and source in retranslation mode', () => {
    const s = segment('…', {
      source: 'The hack affected organizations.',
      retranslation: 'The hack affected organizations, universities, hospitals and ministries across Europe.',
    });
    assert.equal(additionCheck.run(s, contextFor([s], 'retranslation')).length, 1);
  });
});
