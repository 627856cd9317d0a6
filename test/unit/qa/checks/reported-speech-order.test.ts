import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportedSpeechOrderCheck } from '../../../../src/qa/checks/reported-speech-order.ts';
import { apply, contextFor, segment, show } from '../qa-fixtures.ts';

const run = (text: string) => {
  const s = segment(text);
  return reportedSpeechOrderCheck.run(s, contextFor([s], 'target-only'));
};

describe('reported-speech-order check', () => {
  test('flags a headline ending "…, les États-Unis et leurs alliés disent" and offers "selon"', () => {
    const text = 'Le piratage de Microsoft Exchange causé par la Chine, les États-Unis et leurs alliés disent';
    const flags = run(text);
    assert.deepEqual(
      show(flags, text).map((line) => line.split(' → ')[0]),
      ['reported-speech-order.trailing-verb [ les États-Unis et leurs alliés disent]'],
    );
    assert.equal(
      apply(text, flags[0]!.suggestions[0]!),
      'Le piratage de Microsoft Exchange causé par la Chine, selon les États-Unis et leurs alliés',
    );
  });

  test('leaves a French sentence whose verb has its object alone', () => {
    assert.deepEqual(run('Les responsables affirment que la Chine a protégé les pirates.'), []);
    assert.deepEqual(run('C’est ce que les experts disent depuis des années.'), []);
  });
});
