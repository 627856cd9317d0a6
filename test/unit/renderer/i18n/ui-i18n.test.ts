import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { errorMessage, resetI18n } from '../../../../renderer/i18n/ui-i18n.ts';

// As the core sends a refusal: the `review` key, its parameters with the internal segment id, and English words.
const locked = {
  message: 'Segment s1 is approved and locked: an editor must reopen it first.',
  key: 'review:approvedLocked',
  params: { segment: 's1', attempted: 'edit' },
};
const numbers = new Map([
  ['s1', 1],
  ['s7', 7],
]);
const segmentNumber = (segmentId: string) => numbers.get(segmentId);

describe('errorMessage', () => {
  afterEach(() => resetI18n('en'));

  test('names the segment by its number in the grid, not by its internal id', () => {
    assert.equal(
      errorMessage(locked, segmentNumber),
      'Segment 1 is approved and locked: an editor must reopen it first.',
    );
  });

  test('says it in French, with the status in French', () => {
    resetI18n('fr');
    assert.equal(
      errorMessage(locked, segmentNumber),
      'Le segment 1 est approuvé et verrouillé : un réviseur doit d’abord le rouvrir.',
    );
    const notApproved = {
      message: 'Segment s7 is not approved (draft), so there is nothing to reopen.',
      key: 'review:notApproved',
      params: { segment: 's7', status: 'draft' },
    };
    assert.equal(
      errorMessage(notApproved, segmentNumber),
      'Le segment 7 n’est pas approuvé (Brouillon) : il n’y a rien à rouvrir.',
    );
  });

  test('falls back to the review catalogue when the segment is not in the grid', () => {
    assert.equal(
      errorMessage({ ...locked, params: { segment: 'gone' } }, segmentNumber),
      'Segment gone is approved and locked: an editor must reopen it first.',
    );
    assert.equal(errorMessage({ message: 'plain failure' }, segmentNumber), 'plain failure');
  });
});
