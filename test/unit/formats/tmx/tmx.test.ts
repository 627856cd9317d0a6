import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTmx } from '../../../../src/formats/tmx/read-tmx.ts';
import { writeTmx } from '../../../../src/formats/tmx/write-tmx.ts';
import type { BilingualDocument, BilingualUnit } from '../../../../src/model/bilingual.ts';
import { validateBilingualFile } from '../../../../src/validate/validate-bilingual-file.ts';
import { changedLines, fixtureBytes, rejection, utf8 } from '../fixture.ts';

const bytes = fixtureBytes('memory.en-fr.utf16le.tmx');
// The BOM is kept as U+FEFF, so the UTF-8 output starts with a UTF-8 BOM as the input started with a UTF-16 one.
const originalText = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
const memory = readTmx(bytes, 'memory.en-fr.utf16le.tmx');

/** The document with unit `id` changed by `change`. */
function edit(document: BilingualDocument, id: string, change: Partial<BilingualUnit>): BilingualDocument {
  return { ...document, units: document.units.map((unit) => (unit.id === id ? { ...unit, ...change } : unit)) };
}

describe('readTmx', () => {
  test('reads a UTF-16 LE file with a BOM, taking the English and French variants', () => {
    assert.equal(bytes[0], 0xff);
    assert.deepEqual([memory.sourceLang, memory.targetLang], ['en-GB', 'fr-FR']);
    assert.deepEqual(
      memory.units.map((unit) => [unit.id, unit.source, unit.target]),
      [
        ['101', 'Ransomware ⟨1⟩strikes⟨/1⟩ are on the rise.', 'Les ⟨1⟩grèves⟨/1⟩ de rançongiciels sont en hausse.'],
        ['102', 'Press ⟨ph1/⟩contact: ⟨hi2⟩Jane Doe⟨/hi2⟩', 'Contact ⟨ph1/⟩presse : ⟨hi2⟩Jane Doe⟨/hi2⟩'],
        ['103', 'The trial opens on Monday.', null],
      ],
    );
  });

  test('keeps bpt and ept markup exactly, native code included', () => {
    assert.deepEqual(
      memory.units[0]!.codes.map((code) => code.markup),
      ['<bpt i="1" type="bold">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>'],
    );
  });

  test('reads note and prop as notes and creation and change records as provenance', () => {
    const unit = memory.units[0]!;
    assert.deepEqual(unit.notes, [
      { text: 'Imported from the 2023 security bulletin memory.' },
      { text: 'Cybersecurity', category: 'x-Domain' },
    ]);
    assert.deepEqual(unit.provenance, {
      createdBy: 'ANNA',
      createdAt: '2024-01-15T09:30:12Z',
      changedBy: 'MARC',
      changedAt: '2024-02-20T16:15:00Z',
    });
  });

  test('says an XLIFF file is not TMX', () => {
    assert.match(
      rejection(() => readTmx(fixtureBytes('memoq.en-fr.xlf'), 'x.tmx')),
      /this is an XLIFF 1\.2 file, not TMX/,
    );
  });
});

describe('writeTmx', () => {
  test('writes an unchanged UTF-16 file back as the same text, declared UTF-8', () => {
    const written = writeTmx(memory);
    assert.equal(written, originalText.replace('encoding="UTF-16"', 'encoding="UTF-8"'));
  });

  test('changes only the French seg and keeps the German variant', () => {
    const written = writeTmx(edit(memory, '101', { target: 'Les ⟨1⟩attaques⟨/1⟩ de rançongiciels sont en hausse.' }));
    assert.deepEqual(changedLines(originalText.replace('UTF-16', 'UTF-8'), written), [
      '-<tuv xml:lang="fr-FR"><seg>Les <bpt i="1" type="bold">&lt;b&gt;</bpt>grèves<ept i="1">&lt;/b&gt;</ept> de rançongiciels sont en hausse.</seg></tuv>',
      '+<tuv xml:lang="fr-FR"><seg>Les <bpt i="1" type="bold">&lt;b&gt;</bpt>attaques<ept i="1">&lt;/b&gt;</ept> de rançongiciels sont en hausse.</seg></tuv>',
    ]);
    assert.match(written, /<tuv xml:lang="de-DE"><seg>Ransomware-Angriffe nehmen zu\.<\/seg><\/tuv>/);
  });

  test('writes a changed provenance into the tu attributes in TMX date form', () => {
    const changed = edit(memory, '102', {
      provenance: { ...memory.units[1]!.provenance, changedBy: 'REVIEWER', changedAt: '2026-12-04T17:05:00.000Z' },
    });
    assert.match(
      writeTmx(changed),
      /<tu tuid="102" creationid="ANNA" creationdate="20240115T093100Z" changeid="REVIEWER" changedate="20261204T170500Z">/,
    );
  });

  test('adds a French variant to a unit that had none', () => {
    const written = writeTmx(edit(memory, '103', { target: 'Le procès s’ouvre lundi.' }));
    const again = readTmx(utf8(written), 'x.tmx');
    assert.equal(again.units[2]!.target, 'Le procès s’ouvre lundi.');
    assert.deepEqual(validateBilingualFile(utf8(written), 'x.tmx'), []);
  });

  test('generates a valid fresh TMX that reads back to the same texts, notes and provenance', () => {
    const fresh = writeTmx({ ...memory, preserved: undefined, format: 'xliff2' });
    assert.deepEqual(validateBilingualFile(utf8(fresh), 'fresh.tmx'), []);
    const again = readTmx(utf8(fresh), 'fresh.tmx');
    assert.deepEqual(
      again.units.map((unit) => [unit.id, unit.target?.replace(/⟨[^⟩]*⟩/g, ''), unit.notes, unit.provenance]),
      memory.units.map((unit) => [unit.id, unit.target?.replace(/⟨[^⟩]*⟩/g, ''), unit.notes, unit.provenance]),
    );
  });
});
