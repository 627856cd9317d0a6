import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectFormat } from '../../../src/formats/detect-format.ts';
import { fixtureBytes, rejection, utf8 } from './fixture.ts';

describe('detectFormat', () => {
  test('tells XLIFF 2, XLIFF 1.2 and TMX apart by content, whatever the extension', () => {
    assert.equal(detectFormat(fixtureBytes('samples/sample.en-fr.xlf'), 'renamed.txt'), 'xliff2');
    assert.equal(detectFormat(fixtureBytes('memoq.en-fr.xlf'), 'memoq.xml'), 'xliff12');
    assert.equal(detectFormat(fixtureBytes('memory.en-fr.utf16le.tmx'), 'memory.xlf'), 'tmx');
  });

  test('uses the extension for CSV and TSV, and the header when the extension says nothing', () => {
    assert.equal(detectFormat(fixtureBytes('review.en-fr.csv'), 'review.csv'), 'csv');
    assert.equal(detectFormat(fixtureBytes('review.en-fr.tsv'), 'review.tsv'), 'tsv');
    assert.equal(detectFormat(fixtureBytes('review.en-fr.tsv'), 'review.txt'), 'tsv');
    assert.equal(detectFormat(utf8('source,target\na,b\n'), 'export'), 'csv');
  });

  test('takes other text for plain text', () => {
    assert.equal(detectFormat(fixtureBytes('samples/china-denies-microsoft-hack.fr-mt.txt'), 'article.txt'), 'txt');
  });

  test('says a PDF is not a bilingual file', () => {
    assert.match(
      rejection(() => detectFormat(utf8('%PDF-1.7\n%âãÏÓ\n'), 'contract.pdf')),
      /this is a PDF, not a bilingual file/,
    );
  });

  test('says a DOCX (ZIP) is not a bilingual file', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    assert.match(
      rejection(() => detectFormat(zip, 'letter.docx')),
      /this is a ZIP archive \(DOCX, XLSX, ODT or similar\), not a bilingual file/,
    );
  });

  test('says an HTML page or another XML file is not a bilingual file', () => {
    assert.match(
      rejection(() => detectFormat(utf8('<!DOCTYPE html>\n<html><body/></html>'), 'page.xlf')),
      /this is an HTML page/,
    );
    assert.match(
      rejection(() => detectFormat(utf8('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.xml')),
      /an XML file with root <svg>/,
    );
  });

  test('says a non-XML file named .xlf is not XLIFF', () => {
    assert.match(
      rejection(() => detectFormat(utf8('Bonjour tout le monde'), 'oops.xlf')),
      /this is not XML, so not an XLIFF file/,
    );
  });

  test('says an empty or blank file is empty', () => {
    assert.match(
      rejection(() => detectFormat(new Uint8Array(0), 'e.xlf')),
      /the file is empty/,
    );
    assert.match(
      rejection(() => detectFormat(utf8(' \n\t\n'), 'blank.xlf')),
      /only white space/,
    );
  });
});

test('reads a .txt file that happens to start with markup as plain text', () => {
  const bytes = new TextEncoder().encode('<script>alert(1)</script> est affiché tel quel.\n');
  assert.equal(detectFormat(bytes, 'notes.txt'), 'txt');
  assert.throws(() => detectFormat(bytes, 'notes.xlf'), /not a bilingual file/);
});
