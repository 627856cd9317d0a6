import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { falseFriendCheck } from '../../../../src/qa/checks/false-friend.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

describe('false-friend check', () => {
  test('flags actuellement when the source says actually', () => {
    const s = segment('Il est actuellement parti.', { source: 'He actually left.' });
    const flags = falseFriendCheck.run(s, contextFor([s], 'source'));
    assert.deepEqual(show(flags, s.target), ['lexicon.false-friend [actuellement] → en fait|en réalité']);
  });

  test('leaves actuellement alone when the source says currently', () => {
    const s = segment('Il est actuellement à Paris.', { source: 'He is currently in Paris.' });
    assert.deepEqual(falseFriendCheck.run(s, contextFor([s], 'source')), []);
  });

  test('needs the English for an entry that requires it, so French alone raises nothing', () => {
    const s = segment('Il est actuellement parti.');
    assert.deepEqual(falseFriendCheck.run(s, contextFor([s], 'target-only')), []);
  });

  test('matches an inflected verb and inflects its fixes like it (réalisé → constaté, compris)', () => {
    const s = segment('Elle a réalisé son erreur.', { source: 'She realized her mistake.' });
    const flags = falseFriendCheck.run(s, contextFor([s], 'source'));
    assert.deepEqual(show(flags, s.target), ['lexicon.false-friend [réalisé] → constaté|compris']);
  });
});
