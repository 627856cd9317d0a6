import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FileFormatError } from '../../../src/model/errors.ts';
import { decodeText, encodeText } from '../../../src/text/decode-text.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  test('reads UTF-8 without a BOM and keeps CRLF, NBSP and U+202F as they are', () => {
    const text = 'Le «\u00a0piratage\u00a0»\r\nen 2021\u202f!';
    assert.deepEqual(decodeText(utf8(text), 'a.txt'), { text, encoding: 'utf-8' });
  });

  test('removes a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Déjà vu.')]);
    assert.deepEqual(decodeText(bytes, 'bom.txt'), { text: 'Déjà vu.', encoding: 'utf-8' });
  });

  test('reads UTF-16 little-endian with a BOM', () => {
    assert.deepEqual(decodeText(utf16('Élevé « oui »', true), 'le.txt'), {
      text: 'Élevé « oui »',
      encoding: 'utf-16le',
    });
  });

  test('reads UTF-16 big-endian with a BOM', () => {
    assert.deepEqual(decodeText(utf16('Élevé « oui »', false), 'be.txt'), {
      text: 'Élevé « oui »',
      encoding: 'utf-16be',
    });
  });

  test('detects Windows-1252 bytes of “café « élevé »”', () => {
    // c a f é ␠ « NBSP é l e v é NBSP »
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xab, 0xa0, 0xe9, 0x6c, 0x65, 0x76, 0xe9, 0xa0, 0xbb]);
    assert.deepEqual(decodeText(bytes, 'legacy.txt'), { text: 'café «\u00a0élevé\u00a0»', encoding: 'windows-1252' });
  });

  test('drops a UTF-8 BOM standing before Windows-1252 bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xe9]);
    assert.deepEqual(decodeText(bytes, 'mixed.txt'), { text: 'café', encoding: 'windows-1252' });
  });

  test('decodes the Windows-1252 curly apostrophe and euro sign', () => {
    const bytes = new Uint8Array([0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x35, 0x20, 0x80]);
    assert.equal(decodeText(bytes, 'euro.txt').text, 'l’été 5 €');
  });

  test('refuses an empty file, naming it', () => {
    assert.throws(
      () => decodeText(new Uint8Array(), 'vide.txt'),
      (error: unknown) => error instanceof FileFormatError && error.message === 'vide.txt: file is empty',
    );
  });

  test('refuses a file that holds only a BOM as empty', () => {
    assert.throws(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.txt'), /bom-only\.txt: file is empty/);
  });

  test('refuses binary input with NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.throws(
      () => decodeText(png, 'image.png'),
      (error: unknown) =>
        error instanceof FileFormatError &&
        error.file === 'image.png' &&
        /looks like a binary file, not text/.test(error.message),
    );
  });

  test('refuses input full of control characters even without NUL bytes', () => {
    const bytes = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    assert.throws(() => decodeText(bytes, 'blob.bin'), /blob\.bin: looks like a binary file/);
  });

  test('refuses a file over the size limit, giving the size and the limit', () => {
    const bytes = utf8('x'.repeat(3 * 1024));
    assert.throws(
      () => decodeText(bytes, 'big.txt', { maxBytes: 2048 }),
      (error: unknown) =>
        error instanceof FileFormatError &&
        error.message === 'big.txt: file is 3 KiB, over the 2 KiB limit for text files',
    );
  });

  test('accepts a file exactly at the size limit', () => {
    assert.equal(decodeText(utf8('abcd'), 'four.txt', { maxBytes: 4 }).text, 'abcd');
  });

  test('encodes text back into each encoding it decodes', () => {
    const text = 'café «\u00a0élevé\u00a0» l’été';
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const) {
      const bom = encoding.startsWith('utf-16');
      const decoded = decodeText(encodeText(text, encoding, bom), `x.${encoding}`);
      assert.deepEqual(decoded, { text, encoding });
    }
  });
});
