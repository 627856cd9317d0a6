import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jsonTextBytes, splitIntoBatches, utf8Length } from '../../../src/mt/batch-texts.ts';

describe('splitting texts into batches', () => {
  test('cuts at the text count limit', () => {
    const batches = splitIntoBatches(['a', 'b', 'c', 'd', 'e'], (text) => text, { maxTexts: 2, maxBytes: 1000 });
    assert.deepEqual(batches, [['a', 'b'], ['c', 'd'], ['e']]);
  });

  test('cuts before a text that would push the batch over the byte limit', () => {
    const texts = ['x'.repeat(40), 'y'.repeat(40), 'z'.repeat(40)];
    const batches = splitIntoBatches(texts, (text) => text, { maxTexts: 50, maxBytes: 100 });
    assert.deepEqual(
      batches.map((batch) => batch.length),
      [2, 1],
    );
    for (const batch of batches) {
      assert.ok(batch.reduce((sum, text) => sum + jsonTextBytes(text), 0) <= 100);
    }
  });

  test('gives a text bigger than the byte limit a batch of its own', () => {
    const batches = splitIntoBatches(['small', 'L'.repeat(500), 'small too'], (text) => text, {
      maxTexts: 10,
      maxBytes: 100,
    });
    assert.deepEqual(
      batches.map((batch) => batch.length),
      [1, 1, 1],
    );
  });

  test('counts bytes of the escaped JSON form, so quotes and accents weigh what they weigh on the wire', () => {
    assert.equal(jsonTextBytes('é"'), Buffer.byteLength(JSON.stringify('é"')) + 1);
  });

  test('measures UTF-8 length like Buffer.byteLength, surrogate pairs and lone surrogates included', () => {
    const samples = ['', 'abc', 'grève « x »', 'nbsp\u00a0et\u202f', '😀 emoji', 'lone \ud800 high', 'lone \udc00 low'];
    for (const sample of samples) assert.equal(utf8Length(sample), Buffer.byteLength(sample, 'utf8'), sample);
  });
});
