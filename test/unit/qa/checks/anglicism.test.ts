import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anglicismCheck } from '../../../../src/qa/checks/anglicism.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

describe('anglicism check', () => {
  test('flags sponsorisent and conjugates the fix', () => {
    const s = segment('Ils sponsorisent des pirates.');
    const flags = anglicismCheck.run(s, contextFor([s], 'target-only'));
    assert.deepEqual(show(flags, s.target), ['lexicon.anglicism [sponsorisent] → parrainent|financent']);
    assert.equal(flags[0]!.severity, 'minor');
    assert.equal(flags[0]!.reference, 'test fixture');
  });

  test('does not flag parrainer', () => {
    const s = segment('Ils parrainent des pirates.');
    assert.deepEqual(anglicismCheck.run(s, contextFor([s], 'target-only')), []);
  });
});
