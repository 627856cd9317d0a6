import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitElision, startsWithVowelSound } from '../../../../src/qa/lexicon/elision.ts';

// Applies the fitted fix of `target[start, end)` and returns the whole segment.
function fixed(target: string, word: string, text: string): string {
  const start = target.indexOf(word);
  const fix = fitElision(target, { start, end: start + word.length, text });
  return target.slice(0, fix.start) + fix.text + target.slice(fix.end);
}

describe('elision of suggestions', () => {
  test('turns "de" before a vowel fix into "d’" over both words', () => {
    assert.equal(fixed('une série de grèves importantes', 'grèves', 'attaques'), 'une série d’attaques importantes');
  });

  test('keeps the capital of the elided word and elides la, que and jusque', () => {
    assert.equal(fixed('De grèves en grèves.', 'grèves', 'attaques'), 'D’attaques en grèves.');
    assert.equal(fixed('Il vise la grève.', 'grève', 'attaque'), 'Il vise l’attaque.');
    assert.equal(fixed('Il dit que nous partons.', 'nous', 'elle'), 'Il dit qu’elle partons.');
    assert.equal(fixed('jusque demain', 'demain', 'aujourd’hui'), 'jusqu’aujourd’hui');
  });

  test('turns le or la into les before a plural fix of a singular word, rather than eliding', () => {
    assert.equal(
      fixed('La cyberactivité augmente.', 'cyberactivité', 'activités malveillantes'),
      'Les activités malveillantes augmente.',
    );
    assert.equal(fixed('contre la cyberactivité', 'cyberactivité', 'cyberattaques'), 'contre les cyberattaques');
    // A matched word already in -s or -x may be plural or not: the article is left alone.
    assert.equal(fixed('la voix', 'voix', 'paroles'), 'la paroles');
  });

  test('uses the straight apostrophe when the segment only uses that one', () => {
    assert.equal(fixed("l'été de grèves", 'grèves', 'attaques'), "l'été d'attaques");
  });

  test('restores "de" when an elided d’ comes before a consonant fix', () => {
    assert.equal(fixed('une série d’attaques', 'attaques', 'grèves'), 'une série de grèves');
    assert.equal(fixed('Qu’elle vienne.', 'elle', 'Marie'), 'Que Marie vienne.');
  });

  test('leaves l’ alone before a consonant, since le or la depends on the gender of the fix', () => {
    const fix = fitElision('l’attaque', { start: 2, end: 9, text: 'grève' });
    assert.deepEqual(fix, { start: 2, end: 9, text: 'grève' });
  });

  test('elides a fix that ends in "que" when the match ended on qu’', () => {
    const target = 'Il réalise qu’il a tort.';
    const start = target.indexOf('réalise');
    const fix = fitElision(target, { start, end: start + 'réalise qu’'.length, text: 'comprend que' });
    assert.equal(target.slice(0, fix.start) + fix.text + target.slice(fix.end), 'Il comprend qu’il a tort.');
  });

  test('does not elide before an aspirated h, nor the end of a longer word', () => {
    assert.equal(fixed('une série de grèves', 'grèves', 'hausses'), 'une série de hausses');
    assert.equal(fixed('le monde grèves', 'grèves', 'attaques'), 'le monde attaques');
    assert.equal(startsWithVowelSound('homme'), true);
    assert.equal(startsWithVowelSound('héros'), false);
  });
});
