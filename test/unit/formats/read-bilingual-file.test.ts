import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import { writeBilingual } from '../../../src/formats/write-bilingual.ts';
import { fixtureBytes, rejection, utf8, xliff2 } from './fixture.ts';

describe('readBilingualFile', () => {
  test('reads each format the product knows through one entry point', () => {
    const formats = [
      ['samples/sample.en-fr.xlf', 'xliff2'],
      ['memoq.en-fr.xlf', 'xliff12'],
      ['trados-seg.en-fr.xlf', 'xliff12'],
      ['memory.en-fr.utf16le.tmx', 'tmx'],
      ['review.en-fr.csv', 'csv'],
      ['review.en-fr.tsv', 'tsv'],
    ];
    for (const [name, format] of formats) {
      const doc = readBilingualFile(fixtureBytes(name!), name!);
      assert.equal(doc.format, format, name);
      assert.ok(doc.units.length > 0, name);
    }
  });

  test('hands plain text to the plain-text reader, on the real AFP sample', () => {
    const doc = readBilingualFile(fixtureBytes('samples/china-denies-microsoft-hack.fr-mt.txt'), 'afp.txt');
    assert.equal(doc.format, 'txt');
    assert.ok(doc.units.some((unit) => (unit.target ?? '').includes('Microsoft')));
  });

  test('never leaves a unit field set to undefined, so deep comparisons and JSON agree', () => {
    for (const name of [
      'samples/sample.en-fr.xlf',
      'memoq.en-fr.xlf',
      'memory.en-fr.utf16le.tmx',
      'review.en-fr.tsv',
    ]) {
      for (const unit of readBilingualFile(fixtureBytes(name), name).units) {
        const empty = Object.entries(unit).filter(([, value]) => value === undefined);
        assert.deepEqual(empty, [], `${name} unit ${unit.id}`);
      }
    }
  });

  test('writes back every format unchanged, byte for byte', () => {
    for (const name of [
      'samples/sample.en-fr.xlf',
      'memoq.en-fr.xlf',
      'trados-seg.en-fr.xlf',
      'review.en-fr.csv',
      'review.en-fr.tsv',
    ]) {
      const bytes = fixtureBytes(name);
      const doc = readBilingualFile(bytes, name);
      assert.equal(writeBilingual(doc, doc.format), new TextDecoder().decode(bytes), name);
    }
  });

  test('refuses a file over the size limit with a clear message before parsing it', () => {
    const message = rejection(() =>
      readBilingualFile(fixtureBytes('samples/sample.en-fr.xlf'), 'big.xlf', { maxBytes: 1024 }),
    );
    assert.match(message, /^big\.xlf: file is [\d.]+ KiB, over the 1\.0 KiB limit; it was not read \(size limit\)$/);
  });

  test('refuses an empty file with its own message', () => {
    assert.equal(
      rejection(() => readBilingualFile(new Uint8Array(0), 'empty.xlf')),
      'empty.xlf: the file is empty (empty file)',
    );
  });

  test('names where a truncated XLIFF file ends', () => {
    const whole = xliff2('<unit id="u1"><segment><source>Hello</source><target>Bonjour</target></segment></unit>');
    const cut = whole.slice(0, whole.indexOf('Bonjour') + 3);
    const message = rejection(() => readBilingualFile(utf8(cut), 'cut.xlf'));
    assert.match(message, /^cut\.xlf:4:57: the file ends here, inside <target> opened at line 4, column 46/);
  });

  test('refuses a DOCTYPE with entity declarations instead of expanding them', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, n) => `<!ENTITY e${n} "${'&a;'.repeat(10)}">`).join('')}]><xliff version="2.1" srcLang="en">&e8;</xliff>`;
    assert.match(
      rejection(() => readBilingualFile(utf8(bomb), 'bomb.xlf')),
      /the DOCTYPE declares entities; such files are refused/,
    );
  });

  test('says a PDF is not a bilingual file', () => {
    assert.match(
      rejection(() => readBilingualFile(utf8('%PDF-1.4\n1 0 obj'), 'doc.xlf')),
      /this is a PDF, not a bilingual file/,
    );
  });

  test('throws only FileFormatError, even on markup nested to exhaust a recursive reader', () => {
    const deep = xliff2(`<unit id="u"><segment><source>${'<pc id="x">'.repeat(999)}</source></segment></unit>`);
    assert.match(
      rejection(() => readBilingualFile(utf8(deep), 'deep.xlf')),
      /deep\.xlf/,
    );
  });
});

describe('writeBilingual to plain text', () => {
  test('writes the French without code placeholders', () => {
    const doc = readBilingualFile(fixtureBytes('samples/sample.en-fr.xlf'), 'sample.en-fr.xlf');
    const text = writeBilingual(doc, 'txt');
    assert.match(text, /Les grèves de rançongiciels contre les hôpitaux/);
    assert.doesNotMatch(text, /⟨/);
  });
});
