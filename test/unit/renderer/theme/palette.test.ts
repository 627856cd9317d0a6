import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { contrastRatio } from '../../../../renderer/theme/contrast.ts';
import { PALETTE, SEVERITY_SHAPES, TEXT_PAIRS } from '../../../../renderer/theme/palette.ts';

describe('palette', () => {
  test('computes the known extremes of the contrast formula', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    assert.ok(Math.abs(contrastRatio('#767676', '#ffffff') - 4.54) < 0.01);
  });

  for (const [name, foreground, background] of TEXT_PAIRS) {
    test(`gives ${name} at least the 4.5:1 contrast WCAG AA asks of text`, () => {
      const ratio = contrastRatio(foreground, background);
      assert.ok(ratio >= 4.5, `${foreground} on ${background}: ${ratio.toFixed(2)}`);
    });
  }

  test('draws each severity with its own shape, so colour is never the only cue', () => {
    assert.equal(new Set(Object.values(SEVERITY_SHAPES)).size, 3);
  });

  test('uses the same colours in the stylesheet as in the tested palette', () => {
    const css = readFileSync('renderer/styles.css', 'utf8');
    for (const [name, color] of Object.entries(PALETTE)) {
      assert.ok(css.toLowerCase().includes(color), `${name} ${color} is missing from styles.css`);
    }
  });
});
