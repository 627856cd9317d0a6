import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readPlainText } from '../../../../src/formats/text/read-plain-text.ts';
import { writePlainText } from '../../../../src/formats/text/write-plain-text.ts';
import type { BilingualDocument } from '../../../../src/model/bilingual.ts';
import { repoPath } from '../../../helpers/run-cli.ts';

const read = (path: string) => readPlainText(readFileSync(repoPath(path)), path);

/** The document with unit `index`'s target replaced. */
function edit(doc: BilingualDocument, index: number, target: string): BilingualDocument {
  return { ...doc, units: doc.units.map((unit, position) => (position === index ? { ...unit, target } : unit)) };
}

describe('writePlainText', () => {
  test('gives back the sample byte for byte when nothing was edited', () => {
    const path = 'samples/china-denies-microsoft-hack.fr-mt.txt';
    assert.equal(writePlainText(read(path)), readFileSync(repoPath(path), 'utf8'));
  });

  test('gives back a CRLF text with no-break spaces and indentation unchanged', () => {
    const path = 'test/fixtures/text/crlf-press.fr.txt';
    assert.equal(writePlainText(read(path)), readFileSync(repoPath(path), 'utf8'));
  });

  test('writes an edited sentence in place, keeping the spacing around it', () => {
    const doc = read('samples/china-denies-microsoft-hack.fr-mt.txt');
    const strikes = doc.units.findIndex((unit) => unit.target?.startsWith('Cette année a vu une série de grèves'));
    const fixed = doc.units[strikes]!.target!.replace('grèves importantes', 'attaques importantes');
    const written = writePlainText(edit(doc, strikes, fixed));
    const original = readFileSync(repoPath('samples/china-denies-microsoft-hack.fr-mt.txt'), 'utf8');
    assert.equal(written, original.replace('grèves importantes', 'attaques importantes'));
  });

  test('writes back two sentences with no space between them unchanged (regression: a space was inserted)', () => {
    const text = 'Quoi?Rien. Bon!Allons-y.';
    const doc = readPlainText(new TextEncoder().encode(text), 'tight.txt');
    assert.equal(doc.units.length, 4);
    assert.equal(writePlainText(doc), text);
  });

  test('rebuilds paragraphs with blank lines when there is no skeleton', () => {
    const doc: BilingualDocument = {
      format: 'txt',
      sourceLang: 'en',
      targetLang: 'fr',
      units: [
        { id: 's1', source: 'One.', target: 'Un.', codes: [], notes: [], issues: [], paragraph: 0 },
        { id: 's2', source: 'Two.', target: 'Deux.', codes: [], notes: [], issues: [], paragraph: 0 },
        { id: 's3', source: 'Three.', target: null, codes: [], notes: [], issues: [], paragraph: 1 },
        { id: 's4', source: 'Four.', target: 'Quatre.', codes: [], notes: [], issues: [], paragraph: 2 },
      ],
    };
    assert.equal(writePlainText(doc), 'Un. Deux.\n\nQuatre.\n');
    assert.equal(writePlainText(doc, 'source'), 'One. Two.\n\nThree.\n\nFour.\n');
  });

  test('falls back to rebuilding when units were added since reading', () => {
    const doc = read('test/fixtures/text/crlf-press.fr.txt');
    const extra = { ...doc.units[0]!, id: 'x', target: 'Ajout.', paragraph: 3 };
    const written = writePlainText({ ...doc, units: [...doc.units, extra] });
    assert.ok(written.endsWith('3,5\u202f%.\n\nAjout.\n'), written);
  });

  test("drops the placeholders of the unit's inline codes and keeps a literal ⟨ that is no code (regression: ⟨1⟩ in the text)", () => {
    const codes = [
      { id: '1', kind: 'open', markup: '<pc id="1">' },
      { id: '1', kind: 'close', markup: '</pc>' },
      { id: '2', kind: 'standalone', markup: '<ph id="2"/>' },
    ] as const;
    const doc: BilingualDocument = {
      format: 'txt',
      sourceLang: 'en',
      targetLang: 'fr',
      units: [
        {
          id: 's1',
          source: '⟨1⟩Ransomware strikes⟨/1⟩ doubled.',
          target: '⟨1⟩Les attaques⟨/1⟩ ont doublé ⟨3⟩.',
          codes,
          notes: [],
          issues: [],
          paragraph: 0,
        },
        { id: 's2', source: 'Servers.⟨2/⟩', target: 'Serveurs.⟨2/⟩', codes, notes: [], issues: [], paragraph: 1 },
        {
          id: 's3',
          source: 'Typed.',
          target: 'Les chevrons ⟨1⟩ restent.',
          codes: [],
          notes: [],
          issues: [],
          paragraph: 1,
        },
      ],
    };
    assert.equal(writePlainText(doc), 'Les attaques ont doublé ⟨3⟩.\n\nServeurs. Les chevrons ⟨1⟩ restent.\n');
    assert.equal(writePlainText(doc, 'source'), 'Ransomware strikes doubled.\n\nServers. Typed.\n');
    const laidOut = {
      ...doc,
      preserved: { kind: 'plain-text', encoding: 'utf-8', bom: false, gaps: ['', ' ', '\n', '\n'] },
    };
    assert.equal(writePlainText(laidOut), 'Les attaques ont doublé ⟨3⟩. Serveurs.\nLes chevrons ⟨1⟩ restent.\n');
  });
});
