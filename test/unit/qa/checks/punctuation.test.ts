import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { punctuationCheck } from '../../../../src/qa/checks/punctuation.ts';
import { apply, contextFor, segment, show } from '../qa-fixtures.ts';

const run = (text: string) => {
  const s = segment(text);
  return punctuationCheck.run(s, contextFor([s], 'target-only'));
};

describe('punctuation check', () => {
  test('flags the stray ". ." before a closing guillemet and removes it', () => {
    const text = 'notre sécurité économique et nationale. . »';
    const flags = run(text);
    assert.deepEqual(show(flags, text), ['punctuation.doubled-period [. .] → .']);
    assert.equal(apply(text, flags[0]!.suggestions[0]!), 'notre sécurité économique et nationale. »');
  });

  test("flags the reversed guillemet in d' »imprudente » and turns it into d’« ", () => {
    const text = "qualifiant la cyberattaque d' »imprudente ».";
    const flags = run(text);
    assert.deepEqual(show(flags, text), ["punctuation.reversed-guillemet [' »] → ’«\u00a0"]);
    assert.equal(apply(text, flags[0]!.suggestions[0]!), 'qualifiant la cyberattaque d’«\u00a0imprudente ».');
  });

  test('flags a space before a comma', () => {
    assert.deepEqual(show(run('Pékin , Washington'), 'Pékin , Washington'), ['punctuation.space-before [ ,] → ,']);
  });

  test('flags a closing guillemet with no opening one when the segment opens another quote', () => {
    const text = 'Il a dit » non « et « oui ».';
    assert.ok(show(run(text), text).includes('punctuation.unbalanced-guillemet [«]'));
  });

  test('leaves a quotation that runs into the next sentence alone', () => {
    assert.deepEqual(run('« Nous savons que nous serons plus forts.'), []);
  });

  test('turns straight double quotes into guillemets', () => {
    const text = 'le "champion du monde" des cyberattaques';
    assert.deepEqual(show(run(text), text), [
      'punctuation.straight-quotes ["champion du monde"] → «\u00a0champion du monde\u00a0»',
    ]);
  });

  test('leaves correct French punctuation alone', () => {
    assert.deepEqual(run('Il a dit : « C’est le champion du monde. » Puis il est parti…'), []);
  });
});
