import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { namesAcronymsUrlsCheck } from '../../../../src/qa/checks/names-acronyms-urls.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (target: string, source: string) => {
  const s = segment(target, { source });
  return show(namesAcronymsUrlsCheck.run(s, contextFor([s], 'source')), target).map((line) =>
    line.replace(/ \[.*\]/, ''),
  );
};

describe('names, acronyms and URLs check', () => {
  test('flags a URL of the English missing from the French', () => {
    assert.deepEqual(run('Voir le site.', 'See https://techxplore.com/news for more.'), ['names-acronyms-urls.url']);
  });

  test('flags a lost acronym but accepts its French form (NATO → OTAN)', () => {
    assert.deepEqual(run('Le ministère a réagi.', 'The MSS reacted.'), ['names-acronyms-urls.acronym']);
    assert.deepEqual(run('L’OTAN a réagi.', 'NATO reacted.'), []);
  });

  test('flags a lost name but accepts French forms of places (Beijing → Pékin, Britain → Grande-Bretagne)', () => {
    assert.deepEqual(run('Le président a parlé.', 'President Joe Biden spoke.'), ['names-acronyms-urls.name']);
    assert.deepEqual(
      run('Pékin et la Grande-Bretagne ont parlé à la Chine.', 'Then Beijing and Britain spoke to China.'),
      [],
    );
  });

  test('does nothing without English', () => {
    const s = segment('Le président a parlé.');
    assert.deepEqual(namesAcronymsUrlsCheck.run(s, contextFor([s], 'target-only')), []);
  });
});
