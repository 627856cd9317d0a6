import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bytesToBase64, guessFileRole, sortDroppedFiles } from '../../../../renderer/shell/files.ts';

describe('dropped files', () => {
  test('encodes bytes as base64 the same way Node does, past the 32 KiB chunk size', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 31) % 256);
    assert.equal(bytesToBase64(bytes), Buffer.from(bytes).toString('base64'));
  });

  test('tells the English source and a retranslation from the French by their names', () => {
    assert.equal(guessFileRole('article.fr-mt.txt'), 'french');
    assert.equal(guessFileRole('article.en.txt'), 'source');
    assert.equal(guessFileRole('article.retranslation.txt'), 'retranslation');
    assert.equal(guessFileRole('french.xlf'), 'french');
  });

  test('pairs a French file with the English dropped beside it, whatever the order', () => {
    const sorted = sortDroppedFiles([{ name: 'hack.en-retranslation.txt' }, { name: 'hack.fr-mt.txt' }]);
    assert.equal(sorted.french?.name, 'hack.fr-mt.txt');
    assert.equal(sorted.english?.name, 'hack.en-retranslation.txt');
    assert.equal(sorted.role, 'retranslation');
  });

  test('opens a single file as the French even when its name looks English', () => {
    assert.equal(sortDroppedFiles([{ name: 'source.xlf' }]).french?.name, 'source.xlf');
  });
});
