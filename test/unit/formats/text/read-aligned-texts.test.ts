import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readAlignedTexts } from '../../../../src/formats/text/read-aligned-texts.ts';
import { writePlainText } from '../../../../src/formats/text/write-plain-text.ts';
import type { BilingualDocument } from '../../../../src/model/bilingual.ts';
import { repoPath } from '../../../helpers/run-cli.ts';

const FRENCH = 'samples/china-denies-microsoft-hack.fr-mt.txt';
const ENGLISH = 'samples/china-denies-microsoft-hack.en-retranslation.txt';
const frenchText = readFileSync(repoPath(FRENCH), 'utf8');
const englishText = readFileSync(repoPath(ENGLISH), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);

function read(english: string, french: string): BilingualDocument {
  return readAlignedTexts({ bytes: encode(english), file: 'en.txt' }, { bytes: encode(french), file: 'fr.txt' });
}

describe('readAlignedTexts', () => {
  test('pairs each retranslated sentence with its French as source and target', () => {
    const doc = read(englishText, frenchText);
    assert.equal(doc.units.length, 45);
    const strikes = doc.units.find((unit) => unit.target?.includes('grèves'))!;
    assert.ok(strikes.source.startsWith('This year saw a series of major strikes against ransomware'));
    assert.ok((strikes.alignmentConfidence ?? 0) > 0.5);
    assert.equal(doc.units[0]!.id, 's1');
    assert.equal(doc.units.at(-1)!.paragraph, 41);
  });

  test('rebuilds the French text exactly from an unedited aligned document', () => {
    assert.equal(writePlainText(read(englishText, frenchText)), frenchText);
  });

  test('gives an English sentence with no French an empty target, and a French one with no English an empty source', () => {
    const english = 'The hack hit 30,000 firms.\n\nChina denied it on Tuesday.\n\nNATO offered its solidarity.';
    const french =
      'Le piratage a touché 30 000 entreprises.\n\nL’OTAN a offert sa solidarité.\n\nLe MSS a été visé en 2019.';
    const doc = read(english, french);
    assert.deepEqual(
      doc.units.map((unit) => [unit.source, unit.target]),
      [
        ['The hack hit 30,000 firms.', 'Le piratage a touché 30 000 entreprises.'],
        ['China denied it on Tuesday.', ''],
        ['NATO offered its solidarity.', 'L’OTAN a offert sa solidarité.'],
        ['', 'Le MSS a été visé en 2019.'],
      ],
    );
    assert.equal(writePlainText(doc), french);
    // The reviewer fills in the omission: it lands between its neighbours, apart from the sentence before.
    const filled = {
      ...doc,
      units: doc.units.map((unit, index) => (index === 1 ? { ...unit, target: 'La Chine a démenti.' } : unit)),
    };
    assert.equal(writePlainText(filled), french.replace('entreprises.', 'entreprises. La Chine a démenti.'));
  });

  test('keeps the original separator between two French sentences of one pair', () => {
    const doc = read(
      'The hack, which China denied on Tuesday, hit 30,000 firms.',
      'Le piratage a touché 30 000 entreprises.\nLa Chine l’a démenti mardi.',
    );
    assert.equal(doc.units.length, 1);
    assert.equal(doc.units[0]!.target, 'Le piratage a touché 30 000 entreprises.\nLa Chine l’a démenti mardi.');
  });

  test('names the English file when it cannot be read', () => {
    assert.throws(
      () =>
        readAlignedTexts(
          { bytes: new Uint8Array(), file: 'missing-en.txt' },
          { bytes: encode(frenchText), file: FRENCH },
        ),
      /missing-en\.txt: file is empty/,
    );
  });
});
