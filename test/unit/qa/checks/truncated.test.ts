import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { truncatedCheck } from '../../../../src/qa/checks/truncated.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (text: string) => {
  const s = segment(text);
  return show(truncatedCheck.run(s, contextFor([s], 'target-only')), text);
};

describe('truncated check', () => {
  test('flags a caption cut off after "dont"', () => {
    assert.deepEqual(run('Le piratage a touché au moins 30 000 organisations américaines, dont'), [
      'truncated.word [dont]',
    ]);
  });

  test('flags a sentence ending on "et", "de" or a comma', () => {
    assert.deepEqual(run('Les États-Unis et'), ['truncated.word [et]']);
    assert.deepEqual(run('Une série de'), ['truncated.word [de]']);
    assert.deepEqual(run('Les alliés ont réagi,'), ['truncated.punctuation [,]']);
    assert.deepEqual(run('Il a déclaré : «'), ['truncated.punctuation [«]']);
  });

  test('leaves finished sentences and one-word headings alone', () => {
    assert.deepEqual(run('La Chine nie toute responsabilité.'), []);
    assert.deepEqual(run('Des milliards de perdus'), []);
    assert.deepEqual(run('Et'), []);
  });
});

describe('truncated check with the English', () => {
  test('stays silent when the English source stops the same way', () => {
    const s = segment('intervalle incorrect sans limite de fin : -', { source: 'invalid range with no endpoint: -' });
    assert.deepEqual(truncatedCheck.run(s, contextFor([s], 'source')), []);
  });

  test('still flags a French cut where the English is complete', () => {
    const s = segment('Le piratage a touché 30 000 organisations, dont', {
      source: 'The hack hit 30,000 organizations, including local governments.',
    });
    assert.equal(truncatedCheck.run(s, contextFor([s], 'source')).length, 1);
  });
});
