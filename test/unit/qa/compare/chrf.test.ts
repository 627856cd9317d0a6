import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chrF } from '../../../../src/qa/compare/chrf.ts';
import { renderWordDiff, wordDiff } from '../../../../src/qa/compare/word-diff.ts';

describe('chrF', () => {
  test('is 1 for identical texts and 0 for texts with no character in common', () => {
    assert.equal(chrF('ransomware strikes', 'ransomware strikes'), 1);
    assert.equal(chrF('abc', 'xyz'), 0);
  });

  test('ranks a close paraphrase above an unrelated sentence', () => {
    const source = 'This year saw a string of major ransomware attacks.';
    const close = chrF('This year saw a series of major ransomware attacks.', source);
    const far = chrF('Labour walkouts took place across the country.', source);
    assert.ok(close > 0.7, String(close));
    assert.ok(far < 0.35, String(far));
  });

  test('ignores whitespace and case', () => {
    assert.equal(chrF('Ransomware  Strikes', 'ransomware strikes'), 1);
  });
});

describe('word diff', () => {
  test('shows the words the retranslation dropped and added', () => {
    assert.equal(
      renderWordDiff(wordDiff('major ransomware strikes', 'major labour strikes')),
      'major <del>ransomware</del><ins>labour</ins> strikes',
    );
  });
});
