import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TypographyPreset } from '../../../../src/qa/check.ts';
import { typographyCheck } from '../../../../src/qa/checks/typography.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (text: string, typography: TypographyPreset = 'nbsp', others: string[] = []) => {
  const segments = [segment(text), ...others.map((other, index) => segment(other, {}, index + 1))];
  return show(typographyCheck.run(segments[0]!, contextFor(segments, 'target-only', { typography })), text);
};

describe('typography check', () => {
  test('adds a no-break space before a colon with nothing before it', () => {
    assert.deepEqual(run('Citation: La Chine nie'), ['typography.space-before [:] → \u00a0:']);
  });

  test('replaces an ordinary space before ? with a narrow no-break space in the narrow preset', () => {
    assert.deepEqual(run('Pourquoi ?', 'narrow-nbsp'), ['typography.space-before [ ?] → \u202f?']);
  });

  test('puts no-break spaces inside guillemets', () => {
    assert.deepEqual(run('le « champion »'), [
      'typography.space-after [« ] → «\u00a0',
      'typography.space-before [ »] → \u00a0»',
    ]);
  });

  test('joins thousands with the house-style space', () => {
    assert.deepEqual(run('au moins 30 000 organisations', 'narrow-nbsp'), [
      'typography.thousands [30 000] → 30\u202f000',
    ]);
  });

  test('flags a straight apostrophe in a document that uses typographic ones', () => {
    assert.deepEqual(run("le géant de l'électronique", 'nbsp', ['l’ambassade d’Australie', 'l’OTAN']), [
      "typography.apostrophe ['] → ’",
    ]);
  });

  test('accepts correct spacing, times, URLs and a consistent apostrophe', () => {
    assert.deepEqual(run('Il a dit\u00a0: «\u00a0oui\u00a0» à 10:30 sur https://example.org/a?b=c'), []);
    assert.deepEqual(run("l'ambassade d'Australie"), []);
  });
});
