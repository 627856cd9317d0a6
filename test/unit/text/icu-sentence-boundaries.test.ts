import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { icuSentenceBoundaries } from '../../../src/text/icu-sentence-boundaries.ts';
import { repoPath } from '../../helpers/run-cli.ts';

/** ICU's boundaries in one pass over the whole text: what the windows must reproduce. */
function onePass(text: string, lang: 'fr' | 'en'): number[] {
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
    .map((part) => part.index)
    .filter((index) => index > 0);
}

// Pieces whose boundaries depend on what follows them: closing quotes and brackets, lowercase continuations after
// digits and brackets, ellipses, abbreviations, runs of spaces.
const PIECES = [
  'Il a dit. ',
  'M. Dupont arrive. ',
  '« Non ! » dit-il. ',
  'Voir p. 3 (2) et la suite. ',
  'Il hésita… Puis partit. ',
  'the U.S. He said. ',
  '(3) et ensuite. ',
  '"Yes." she said. ',
  '3,5 %. 30 000 euros. ',
  'Ok? Oui! ',
  '... et puis ',
  '» ',
  ') ',
  '   ',
];

describe('ICU sentence boundaries in windows', () => {
  test('are those of one pass over the whole text, on the sample and on text built to cross window edges', () => {
    const texts = [
      readFileSync(repoPath('samples/china-denies-microsoft-hack.fr-mt.txt'), 'utf8'),
      readFileSync(repoPath('samples/china-denies-microsoft-hack.en-retranslation.txt'), 'utf8'),
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 40; trial++) {
      let text = '';
      for (let piece = 0; piece < 150; piece++) text += PIECES[Math.floor(next() * PIECES.length)];
      texts.push(text);
    }
    for (const raw of texts) {
      const text = raw.replace(/[\r\n]/g, ' ');
      for (const lang of ['fr', 'en'] as const) {
        const expected = onePass(text, lang);
        for (const window of [40, 120, 500]) assert.deepEqual(icuSentenceBoundaries(text, lang, window), expected);
      }
    }
  });

  test('grow a window until it holds a boundary: one very long sentence comes out whole', () => {
    const text = `${'mot '.repeat(3_000)}fin. Et voilà.`;
    assert.deepEqual(icuSentenceBoundaries(text, 'fr', 100), onePass(text, 'fr'));
  });

  // One pass over 20,000 short sentences took about 20 s (Intl.Segmenter slows down with the square of the length).
  // The bound fails a return of that, not a slow machine.
  test('take time in line with the text: 100,000 sentences in one paragraph', () => {
    const text = 'Une phrase. '.repeat(100_000);
    const started = performance.now();
    const boundaries = icuSentenceBoundaries(text, 'fr');
    assert.equal(boundaries.length, 99_999);
    assert.ok(performance.now() - started < 20_000, `${(performance.now() - started).toFixed(0)} ms`);
  });
});
