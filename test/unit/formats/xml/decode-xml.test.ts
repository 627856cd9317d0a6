import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSize, decodeXml } from '../../../../src/formats/xml/decode-xml.ts';
import { rejection, utf8 } from '../fixture.ts';

describe('decodeXml', () => {
  test('decodes UTF-16 LE with a BOM and keeps the BOM for write-back', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('<a>é</a>', 'utf16le')]);
    const decoded = decodeXml(bytes, 'm.tmx');
    assert.equal(decoded.encoding, 'utf-16le');
    assert.equal(decoded.text, '\uFEFF<a>é</a>');
  });

  test('decodes UTF-16 BE with a BOM', () => {
    const le = Buffer.from('<a>grève</a>', 'utf16le');
    const be = Buffer.from(le.swap16());
    const decoded = decodeXml(new Uint8Array([0xfe, 0xff, ...be]), 'm.tmx');
    assert.equal(decoded.encoding, 'utf-16be');
    assert.equal(decoded.text, '\uFEFF<a>grève</a>');
  });

  test('follows the encoding of the XML declaration', () => {
    const bytes = new Uint8Array([...utf8('<?xml version="1.0" encoding="windows-1252"?><a>'), 0xe9, ...utf8('</a>')]);
    assert.equal(decodeXml(bytes, 'f.xlf').text.endsWith('<a>é</a>'), true);
  });

  test('names the line of bytes that are not valid UTF-8', () => {
    const bytes = new Uint8Array([...utf8('<a>\nok\n'), 0xc3, 0x28, ...utf8('</a>')]);
    assert.match(
      rejection(() => decodeXml(bytes, 'f.xlf')),
      /^f\.xlf:3:1: bytes that are not valid UTF-8/,
    );
  });

  test('refuses a UTF-16 declaration on single-byte content', () => {
    const message = rejection(() => decodeXml(utf8('<?xml version="1.0" encoding="UTF-16"?><a/>'), 'f.tmx'));
    assert.match(message, /says utf-16 but the bytes are not UTF-16/);
  });

  test('refuses an unknown encoding name', () => {
    const message = rejection(() => decodeXml(utf8('<?xml version="1.0" encoding="klingon-8"?><a/>'), 'f.xlf'));
    assert.match(message, /unknown encoding "klingon-8"/);
  });

  test('refuses a UTF-16 file cut in the middle of a character', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61]);
    assert.match(
      rejection(() => decodeXml(bytes, 'f.tmx')),
      /odd number of bytes/,
    );
  });

  test('refuses a file over the size limit before decoding it', () => {
    assert.match(
      rejection(() => checkSize(new Uint8Array(2048), 'big.xlf', 1024)),
      /file is 2\.0 KiB, over the 1\.0 KiB limit; it was not read/,
    );
  });

  test('refuses an empty file', () => {
    assert.match(
      rejection(() => checkSize(new Uint8Array(0), 'empty.xlf')),
      /^empty\.xlf: the file is empty/,
    );
  });
});
