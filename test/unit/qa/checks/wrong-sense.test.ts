import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { wrongSenseCheck } from '../../../../src/qa/checks/wrong-sense.ts';
import { apply, contextFor, segment, show } from '../qa-fixtures.ts';

describe('wrong-sense check', () => {
  test('flags grèves when the French speaks of ransomware, with the fix d’attaques in the same number and elided', () => {
    const s = segment('Cette année a vu une série de grèves importantes contre les ransomwares.');
    const flags = wrongSenseCheck.run(s, contextFor([s], 'target-only'));
    assert.deepEqual(show(flags, s.target), ['lexicon.wrong-sense [grèves] → d’attaques|frappes']);
    assert.equal(flags[0]!.severity, 'major');
    assert.equal(
      apply(s.target, flags[0]!.suggestions[0]!),
      'Cette année a vu une série d’attaques importantes contre les ransomwares.',
    );
  });

  test('flags grèves when the source speaks of ransomware strikes', () => {
    const s = segment('Une série de grèves a touché le pays.', {
      source: 'A series of ransomware strikes hit the country.',
    });
    const flags = wrongSenseCheck.run(s, contextFor([s], 'source'));
    assert.equal(flags.length, 1);
    assert.deepEqual(flags[0]!.english && s.source!.slice(flags[0]!.english.start, flags[0]!.english.end), 'strikes');
  });

  test('leaves grève alone when the sentence is about rail workers and unions', () => {
    const s = segment('Les cheminots sont en grève contre la réforme, à l’appel des syndicats et des cyber-militants.');
    assert.deepEqual(wrongSenseCheck.run(s, contextFor([s], 'target-only')), []);
  });

  test('leaves grève alone when no context word makes it wrong', () => {
    const s = segment('La grève a duré trois jours.');
    assert.deepEqual(wrongSenseCheck.run(s, contextFor([s], 'target-only')), []);
  });

  test('stays silent in source mode when the English does not say strike', () => {
    const s = segment('Des grèves contre les ransomwares.', { source: 'Walkouts against ransomware.' });
    assert.deepEqual(wrongSenseCheck.run(s, contextFor([s], 'source')), []);
  });

  test('flags grèves even when the retranslation agrees with the source: agreement is not proof', () => {
    const s = segment('Une série de grèves contre les ransomwares.', {
      source: 'A series of ransomware strikes.',
      retranslation: 'A series of ransomware strikes.',
    });
    const flags = wrongSenseCheck.run(s, contextFor([s], 'retranslation'));
    assert.deepEqual(show(flags, s.target), ['lexicon.wrong-sense [grèves] → d’attaques|frappes']);
  });

  test('gives the flag an id that survives edits elsewhere in the segment', () => {
    const before = segment('Des grèves contre les ransomwares.');
    const after = segment('Hier, des grèves massives contre les ransomwares.');
    const [a] = wrongSenseCheck.run(before, contextFor([before], 'target-only'));
    const [b] = wrongSenseCheck.run(after, contextFor([after], 'target-only'));
    assert.equal(a!.id, b!.id);
  });
});
