import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diffWords, renderWordDiff } from '../../../src/review/word-diff.ts';

describe('diffWords', () => {
  test('shows grèves replaced by attaques', () => {
    const rendered = renderWordDiff(diffWords('Des grèves de rançongiciels', 'Des attaques de rançongiciels'));
    assert.equal(rendered, 'Des <del>grèves</del><ins>attaques</ins> de rançongiciels');
  });

  test('escapes every piece with the given escaper', () => {
    const rendered = renderWordDiff(diffWords('a <b>', 'a <c>'), (t) => t.replaceAll('<', '&lt;'));
    assert.ok(!rendered.includes('<b>') && !rendered.includes('<c>'));
  });
});
