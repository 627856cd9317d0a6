import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { consistencyCheck } from '../../../../src/qa/checks/consistency.ts';
import { contextFor, segment } from '../qa-fixtures.ts';

describe('consistency check', () => {
  test('flags the same English translated two ways', () => {
    const segments = [
      segment('Enregistrer le fichier sous un autre nom', { source: 'Save the file under another name' }, 0),
      segment('Sauvegarder le fichier sous un autre nom', { source: 'Save the file under another name' }, 1),
    ];
    const context = contextFor(segments, 'source');
    const flags = segments.map((s) => consistencyCheck.run(s, context).map((flag) => flag.messageKey));
    assert.deepEqual(flags, [['consistency.same-english'], ['consistency.same-english']]);
  });

  test('flags the same French standing for different English', () => {
    const segments = [
      segment('Ouvrir le fichier choisi', { source: 'Open the selected file' }, 0),
      segment('Ouvrir le fichier choisi', { source: 'Close the selected file' }, 1),
    ];
    const context = contextFor(segments, 'source');
    assert.deepEqual(
      consistencyCheck.run(segments[1]!, context).map((flag) => flag.messageKey),
      ['consistency.same-french'],
    );
  });

  test('accepts the same English translated the same way', () => {
    const segments = [0, 1].map((index) =>
      segment('Ouvrir le fichier choisi', { source: 'Open the selected file' }, index),
    );
    const context = contextFor(segments, 'source');
    assert.deepEqual(consistencyCheck.run(segments[1]!, context), []);
  });
});
