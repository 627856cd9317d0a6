import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { applyAction } from '../../../src/review/apply-action.ts';
import { DEFAULT_PENALTIES, MATECAT_PENALTIES, scoreReview } from '../../../src/review/mqm-score.ts';
import { summariseReview } from '../../../src/review/summarise-review.ts';
import { EDITOR, sampleReview, stamp } from './review-fixture.ts';

// s1's English "Ransomware strikes hit hospitals." has 4 words; s2's "China denies it." 3; s3 (approved) 3.
function annotated(): ReviewDocument {
  let review = sampleReview();
  const mark = (segmentId: string, severity: 'minor' | 'major' | 'critical') => {
    review = applyAction(
      review,
      stamp({ type: 'annotate', segmentId, start: 0, end: 1, category: 'terminology', severity, comment: '' }, EDITOR),
    );
  };
  mark('s1', 'major');
  mark('s1', 'minor');
  mark('s2', 'critical');
  review = applyAction(review, stamp({ type: 'reject', segmentId: 's1', reason: 'grèves' }, EDITOR));
  return review;
}

describe('scoreReview', () => {
  test('has no score until an editor has reviewed a segment', () => {
    let review = sampleReview();
    review = applyAction(review, stamp({ type: 'reopen', segmentId: 's3' }, EDITOR));
    const score = scoreReview(review, { penalties: DEFAULT_PENALTIES, passThreshold: 90 });
    assert.equal(score.score, null);
    assert.equal(score.passed, null);
  });

  test('counts penalties of reviewed segments per reviewed English word', () => {
    // Reviewed: s1 (rejected, 4 words, major 5 + minor 1) and s3 (approved, 3 words). s2 is not reviewed.
    const score = scoreReview(annotated(), { penalties: DEFAULT_PENALTIES, passThreshold: 0 });
    assert.equal(score.penaltyPoints, 6);
    assert.equal(score.reviewedWords, 7);
    assert.ok(Math.abs(score.score! - 100 * (1 - 6 / 7)) < 1e-9);
    assert.ok(Math.abs(score.penaltiesPerThousandWords! - (6 / 7) * 1000) < 1e-9);
    assert.equal(score.passed, true);
  });

  test('uses the configured penalties and pass threshold', () => {
    const matecat = scoreReview(annotated(), { penalties: MATECAT_PENALTIES, passThreshold: 80 });
    assert.equal(matecat.penaltyPoints, 2.5);
    assert.ok(Math.abs(matecat.score! - 100 * (1 - 2.5 / 7)) < 1e-9);
    assert.equal(matecat.passed, false);
    const lenient = scoreReview(annotated(), { penalties: { minor: 0, major: 0.07, critical: 0 }, passThreshold: 99 });
    assert.equal(lenient.passed, true);
  });

  test('summarises statuses, active flags and dismissals', () => {
    let review = annotated();
    review = applyAction(
      review,
      stamp({ type: 'dismissFlag', segmentId: 's2', flagId: 'f2', check: 'anglicism' }, EDITOR),
    );
    const flag = (id: string, check: string) =>
      ({
        id,
        check,
        category: 'style/calque',
        severity: 'minor',
        start: 0,
        end: 1,
        messageKey: 'x',
        params: {},
        suggestions: [],
      }) as const;
    const summary = summariseReview(review, [[flag('f1', 'wrong-sense')], [flag('f2', 'anglicism')], []], {
      penalties: DEFAULT_PENALTIES,
      passThreshold: 50,
    });
    assert.deepEqual(summary.byStatus, { new: 0, draft: 0, translated: 1, approved: 1, rejected: 1 });
    assert.deepEqual(summary.flagsByCheck, { 'wrong-sense': 1 });
    assert.equal(summary.dismissedFlags, 1);
    assert.equal(summary.words, 10);
    assert.equal(summary.passed, false);
  });
});
