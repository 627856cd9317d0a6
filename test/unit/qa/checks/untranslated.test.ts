import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { untranslatedCheck } from '../../../../src/qa/checks/untranslated.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (target: string, source?: string) => {
  const s = segment(target, source ? { source } : {});
  return show(untranslatedCheck.run(s, contextFor([s], source ? 'source' : 'target-only')), target);
};

describe('untranslated check', () => {
  test('flags French identical to the English', () => {
    assert.deepEqual(run('China denies the Microsoft hack.', 'China denies the Microsoft hack.'), [
      'untranslated.segment [China denies the Microsoft hack.]',
    ]);
  });

  test('flags English words left in the French, even with no source', () => {
    assert.deepEqual(run('Les alliés ont condamné the attack on their networks.'), [
      'untranslated.words [the attack on their networks]',
    ]);
  });

  test('leaves names, URLs, code and quoted terms alone', () => {
    assert.deepEqual(run('Il lit The Wall Street Journal et la Bank of America.'), []);
    assert.deepEqual(run('Voir https://example.org/the-end-of-it et l’option --with-the-flag.'), []);
    assert.deepEqual(run('Le mot « the » est un article.'), []);
  });

  test('flags a segment with English and no French, at the start of the empty text', () => {
    for (const empty of ['', '  ']) {
      const s = segment(empty, { source: 'A spokesperson declined to comment.' });
      const flags = untranslatedCheck.run(s, contextFor([s], 'source'));
      assert.deepEqual(
        flags.map((flag) => [flag.messageKey, flag.severity, flag.start, flag.end]),
        [['untranslated.empty', 'major', 0, 0]],
      );
    }
    // With no English to translate (a French-only review), an empty segment is nothing to flag.
    assert.deepEqual(run(''), []);
  });

  test('leaves ordinary French alone', () => {
    assert.deepEqual(run('Le président a parlé de son but, or il était tard.'), []);
  });
});
