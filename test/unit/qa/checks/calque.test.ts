import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calqueCheck } from '../../../../src/qa/checks/calque.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

describe('calque check', () => {
  test('flags "Cette année a vu" in French alone, keeping the capital in the fix', () => {
    const s = segment('Cette année a vu une série d’attaques.');
    const flags = calqueCheck.run(s, contextFor([s], 'target-only'));
    assert.deepEqual(show(flags, s.target), ['lexicon.calque [Cette année a vu] → Cette année a été marquée par']);
  });

  test('matches a pattern with a gap (ne fait aucun sens)', () => {
    const s = segment('Cela ne fait aucun sens.');
    assert.deepEqual(show(calqueCheck.run(s, contextFor([s], 'target-only')), s.target), [
      'lexicon.calque [fait aucun sens] → n’a du sens',
    ]);
  });

  test('does not flag "on a vu" after a comma', () => {
    const s = segment('Cette année, on a vu une série d’attaques.');
    assert.deepEqual(calqueCheck.run(s, contextFor([s], 'target-only')), []);
  });

  test('does not bridge a gap wider than four words', () => {
    const s = segment('Il fait un très long et bien pénible détour qui a du sens.');
    assert.deepEqual(calqueCheck.run(s, contextFor([s], 'target-only')), []);
  });
});
