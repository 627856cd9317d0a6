import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isPlainTextSkeleton } from '../../../../src/formats/text/plain-text-skeleton.ts';
import { readPlainText } from '../../../../src/formats/text/read-plain-text.ts';
import { FileFormatError } from '../../../../src/model/errors.ts';
import { repoPath } from '../../../helpers/run-cli.ts';

const SAMPLE = 'samples/china-denies-microsoft-hack.fr-mt.txt';

describe('readPlainText', () => {
  test('reads the sample as 45 French units with ids, paragraphs and no source', () => {
    const doc = readPlainText(readFileSync(repoPath(SAMPLE)), SAMPLE);
    assert.equal(doc.format, 'txt');
    assert.equal(doc.sourceLang, 'en');
    assert.equal(doc.targetLang, 'fr');
    assert.equal(doc.units.length, 45);
    assert.deepEqual(
      doc.units.slice(0, 3).map((unit) => [unit.id, unit.paragraph, unit.source]),
      [
        ['s1', 0, ''],
        ['s2', 1, ''],
        ['s3', 2, ''],
      ],
    );
    assert.equal(
      doc.units[0]!.target,
      'La Chine dément le piratage de Microsoft et condamne les alliés des États-Unis',
    );
    const last = doc.units.at(-1)!;
    assert.deepEqual(
      [last.id, last.paragraph, last.target],
      ['s45', 41, 'Le contenu est fourni seulement pour information.'],
    );
    for (const unit of doc.units) {
      assert.deepEqual([unit.codes, unit.notes, unit.issues], [[], [], []]);
    }
  });

  test('keeps the text between sentences and the encoding in preserved', () => {
    const doc = readPlainText(readFileSync(repoPath('test/fixtures/text/crlf-press.fr.txt')), 'crlf-press.fr.txt');
    assert.ok(isPlainTextSkeleton(doc.preserved));
    assert.equal(doc.preserved.encoding, 'utf-8');
    assert.equal(doc.preserved.bom, false);
    assert.deepEqual(doc.preserved.gaps, ['', '\r\n\r\n', ' ', '\r\n', '\r\n\r\n\r\n  ', '  \r\n']);
    assert.deepEqual(
      doc.units.map((unit) => unit.paragraph),
      [0, 1, 1, 1, 2],
    );
  });

  test('records a UTF-16 input with its BOM', () => {
    const text = 'Bonjour. Au revoir.';
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const doc = readPlainText(bytes, 'utf16.txt');
    assert.deepEqual(
      doc.units.map((unit) => unit.target),
      ['Bonjour.', 'Au revoir.'],
    );
    assert.ok(isPlainTextSkeleton(doc.preserved));
    assert.deepEqual([doc.preserved.encoding, doc.preserved.bom], ['utf-16le', true]);
  });

  test('names the file when it is empty, binary or too big', () => {
    assert.throws(() => readPlainText(new Uint8Array(), 'empty.txt'), FileFormatError);
    assert.throws(
      () => readPlainText(new Uint8Array([0x41, 0, 0x42]), 'nul.txt'),
      /nul\.txt: looks like a binary file/,
    );
    assert.throws(
      () => readPlainText(new TextEncoder().encode('Trop long.'), 'long.txt', { maxBytes: 4 }),
      /long\.txt: file is 10 bytes, over the 4 bytes limit/,
    );
  });
});
