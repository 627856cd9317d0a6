import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { segmentSentences, type TextLang } from '../../../src/text/segment-sentences.ts';

/** Sentences of `text` joined by ` | `, after checking every offset points at its text. */
function split(text: string, lang: TextLang): string {
  const sentences = segmentSentences(text, lang);
  for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  return sentences.map((sentence) => sentence.text).join(' | ');
}

describe('list items', () => {
  test('keeps a list number with its item and starts each numbered line a new segment, in both languages', () => {
    assert.equal(split('1. Introduction\n2. Methods', 'en'), '1. Introduction | 2. Methods');
    assert.equal(split('1. Introduction\n2. Méthodes', 'fr'), '1. Introduction | 2. Méthodes');
  });

  test('reads 1), a., (a), iv. and nested 2.1. as list numbers', () => {
    assert.equal(split('1) First step\n2) Second step', 'en'), '1) First step | 2) Second step');
    assert.equal(split('a. Les pommes\nb. Les poires', 'fr'), 'a. Les pommes | b. Les poires');
    assert.equal(split('(a) Apples\n(b) Pears', 'en'), '(a) Apples | (b) Pears');
    assert.equal(split('iv. Results\nv. Discussion', 'en'), 'iv. Results | v. Discussion');
    assert.equal(split('2.1. Data\n2.2. Model', 'en'), '2.1. Data | 2.2. Model');
  });

  test('starts a new segment at each bullet line', () => {
    assert.equal(split('- du pain\n- du vin', 'fr'), '- du pain | - du vin');
    assert.equal(split('• Apples\n• Pears', 'en'), '• Apples | • Pears');
    assert.equal(split('Il faut :\n– du pain\n– du vin', 'fr'), 'Il faut : | – du pain | – du vin');
  });

  test('splits the sentences inside a list item as usual', () => {
    assert.equal(
      split('1. Open the file. Read it.\n2. Close it.', 'en'),
      '1. Open the file. | Read it. | 2. Close it.',
    );
  });

  test('keeps a numbered heading whole', () => {
    assert.equal(split('3. Résultats', 'fr'), '3. Résultats');
  });

  test('keeps offsets exact with CRLF line ends and indented items', () => {
    const text = 'Steps:\r\n  1. Open it.\r\n  2. Close it.';
    assert.equal(split(text, 'en'), 'Steps: | 1. Open it. | 2. Close it.');
    assert.deepEqual(
      segmentSentences(text, 'en').map((sentence) => sentence.start),
      [0, text.indexOf('1.'), text.indexOf('2.')],
    );
  });

  test('does not start a segment at a hard-wrapped line that only looks like an item', () => {
    assert.equal(
      split('The budget grew by about\n5. The year before it had\n- sadly - shrunk.', 'en'),
      'The budget grew by about\n5. | The year before it had\n- sadly - shrunk.',
    );
  });
});
