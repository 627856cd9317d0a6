import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frenchLemmaCandidates } from '../../../../src/qa/lexicon/french-lemmas.ts';
import { compilePattern, PatternError } from '../../../../src/qa/lexicon/pattern.ts';
import { type MatchStats, PatternIndex } from '../../../../src/qa/lexicon/pattern-index.ts';
import { tokenizeFrench } from '../../../../src/qa/text/tokenize.ts';

function find(patterns: readonly string[], text: string, stats?: MatchStats): string[] {
  const index = new PatternIndex<string>();
  for (const pattern of patterns) index.add(compilePattern(pattern), pattern);
  const tokens = tokenizeFrench(text);
  const cache: (readonly string[])[] = [];
  const lemmasOf = (position: number) => {
    cache[position] ??= frenchLemmaCandidates(tokens[position]!.norm);
    return cache[position];
  };
  return index
    .match(tokens, lemmasOf, stats)
    .map((match) => `${match.payload}: ${text.slice(tokens[match.firstToken]!.start, tokens[match.lastToken]!.end)}`);
}

describe('pattern compiler', () => {
  test('expands alternatives of each token', () => {
    assert.equal(compilePattern('cette|cet année|mois =a|=avait vu').length, 8);
  });

  test('refuses a pattern that starts or ends with a gap, or an empty alternative', () => {
    assert.throws(() => compilePattern('… sens'), PatternError);
    assert.throws(() => compilePattern('faire …'), PatternError);
    assert.throws(() => compilePattern('faire|| sens'), PatternError);
    assert.throws(() => compilePattern('  '), PatternError);
  });
});

describe('pattern index', () => {
  test('matches inflected forms of a lemma', () => {
    assert.deepEqual(find(['réaliser'], 'Ils ont réalisé puis réaliseront.'), [
      'réaliser: réalisé',
      'réaliser: réaliseront',
    ]);
  });

  test('matches an exact form only as written', () => {
    assert.deepEqual(find(['cette année =a vu'], 'Cette année a vu des attaques.'), [
      'cette année =a vu: Cette année a vu',
    ]);
    assert.deepEqual(find(['cette année =a vu'], 'Cette année avait vu des attaques.'), []);
  });

  test('bridges gaps of up to four words and no more', () => {
    assert.deepEqual(find(['faire … sens'], 'Cela ne fait vraiment aucun sens.'), [
      'faire … sens: fait vraiment aucun sens',
    ]);
    assert.deepEqual(find(['faire … sens'], 'Il fait un long et pénible détour sens.'), []);
  });

  test('treats straight and typographic apostrophes alike', () => {
    assert.deepEqual(find(['en charge de|d’'], "Il est en charge d'un projet."), ["en charge de|d’: en charge d'"]);
  });

  test('does work per token that does not grow with the number of patterns', () => {
    const text =
      'Cette année a vu une série de grèves importantes contre les ransomwares qui ont perturbé un pipeline.';
    const small = Array.from({ length: 10 }, (_, index) => `motinexistant${index} suite`);
    const large = Array.from({ length: 1000 }, (_, index) => `motinexistant${index} suite`);
    const smallStats = { steps: 0 };
    const largeStats = { steps: 0 };
    find([...small, 'grève'], text, smallStats);
    find([...large, 'grève'], text, largeStats);
    assert.equal(largeStats.steps, smallStats.steps);
  });
});
