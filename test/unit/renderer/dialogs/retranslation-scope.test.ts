import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultScope, type ScopeChoices, segmentIdsFor } from '../../../../renderer/dialogs/retranslation-scope.ts';

const filtered: ScopeChoices = { active: { id: 's7', number: 7 }, shownIds: ['s3', 's7', 's9'], total: 45 };

describe('segmentIdsFor', () => {
  test('asks for the active segment alone when the scope is this segment', () => {
    assert.deepEqual(segmentIdsFor('segment', filtered), ['s7']);
  });

  test('asks for the segments the filter shows, in display order', () => {
    assert.deepEqual(segmentIdsFor('shown', filtered), ['s3', 's7', 's9']);
  });

  test('asks for the whole document without listing its ids', () => {
    assert.equal(segmentIdsFor('all', filtered), 'all');
  });

  test('refuses an empty scope: no active segment, a filter that shows nothing, an empty document', () => {
    const empty: ScopeChoices = { active: null, shownIds: [], total: 0 };
    assert.deepEqual(
      (['segment', 'shown', 'all'] as const).map((scope) => segmentIdsFor(scope, empty)),
      [null, null, null],
    );
  });
});

describe('defaultScope', () => {
  test('offers the filtered segments first when the filter hides some', () => {
    assert.equal(defaultScope(filtered), 'shown');
  });

  test('offers the whole document when the filter shows every segment or none', () => {
    assert.equal(defaultScope({ shownIds: ['a', 'b'], total: 2 }), 'all');
    assert.equal(defaultScope({ shownIds: [], total: 2 }), 'all');
  });
});
