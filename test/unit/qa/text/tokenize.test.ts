import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenizeEnglish, tokenizeFrench } from '../../../../src/qa/text/tokenize.ts';

describe('French tokenizer', () => {
  test('splits elided articles off and keeps offsets into the text', () => {
    const text = 'L’ambassade d’Australie qu’aujourd’hui';
    const tokens = tokenizeFrench(text);
    assert.deepEqual(
      tokens.map((token) => token.text),
      ['L’', 'ambassade', 'd’', 'Australie', 'qu’', 'aujourd’hui'],
    );
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  });

  test('folds case, apostrophes and the œ ligature but keeps accents', () => {
    assert.deepEqual(
      tokenizeFrench('Œuvre d’État').map((token) => token.norm),
      ['oeuvre', "d'", 'état'],
    );
  });

  test('keeps hyphenated words whole and drops a closing straight quote', () => {
    assert.deepEqual(
      tokenizeFrench("les cyber-acteurs 'malveillants'").map((token) => token.text),
      ['les', 'cyber-acteurs', 'malveillants'],
    );
  });
});

describe('English tokenizer', () => {
  test('finds words with offsets', () => {
    assert.deepEqual(
      tokenizeEnglish('Ransomware strikes, again.').map((token) => [token.norm, token.start]),
      [
        ['ransomware', 0],
        ['strikes', 11],
        ['again', 20],
      ],
    );
  });
});
