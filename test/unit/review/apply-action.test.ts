import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReviewDocument, ReviewSegment } from '../../../src/model/review.ts';
import { applyAction } from '../../../src/review/apply-action.ts';
import { ReviewRuleError } from '../../../src/review/review-rule-error.ts';
import { EDITOR, sampleReview, stamp, TRANSLATOR } from './review-fixture.ts';

function segment(review: ReviewDocument, id: string): ReviewSegment {
  const found = review.segments.find((s) => s.id === id);
  assert.ok(found, `segment ${id}`);
  return found;
}

function refusedWith(key: string): (error: unknown) => boolean {
  return (error) => error instanceof ReviewRuleError && error.key === key;
}

describe('applyAction workflow', () => {
  test('an edit turns a new segment into a draft and records who changed it', () => {
    const review = applyAction(
      sampleReview(),
      stamp({ type: 'edit', segmentId: 's1', text: 'Des attaques' }, TRANSLATOR),
    );
    const s1 = segment(review, 's1');
    assert.equal(s1.status, 'draft');
    assert.equal(s1.target, 'Des attaques');
    assert.equal(s1.versions.length, 2);
    assert.deepEqual(
      s1.statusChanges.map((c) => `${c.from}→${c.to} by ${c.author}`),
      ['new→draft by Tina'],
    );
  });

  test('refuses approval by a translator', () => {
    assert.throws(
      () => applyAction(sampleReview(), stamp({ type: 'approve', segmentId: 's2' }, TRANSLATOR)),
      refusedWith('editorOnly'),
    );
  });

  test('refuses rejection and reopening by a translator', () => {
    assert.throws(
      () => applyAction(sampleReview(), stamp({ type: 'reject', segmentId: 's2', reason: 'x' }, TRANSLATOR)),
      refusedWith('editorOnly'),
    );
    assert.throws(
      () => applyAction(sampleReview(), stamp({ type: 'reopen', segmentId: 's3' }, TRANSLATOR)),
      refusedWith('editorOnly'),
    );
  });

  test('an approved segment cannot be edited, annotated or confirmed until an editor reopens it', () => {
    const review = sampleReview();
    assert.throws(
      () => applyAction(review, stamp({ type: 'edit', segmentId: 's3', text: 'autre' }, EDITOR)),
      refusedWith('approvedLocked'),
    );
    assert.throws(
      () => applyAction(review, stamp({ type: 'confirm', segmentId: 's3' }, TRANSLATOR)),
      refusedWith('approvedLocked'),
    );
    const annotate = {
      type: 'annotate',
      segmentId: 's3',
      start: 0,
      end: 3,
      category: 'terminology',
      severity: 'minor',
      comment: '',
    } as const;
    assert.throws(() => applyAction(review, stamp(annotate, EDITOR)), refusedWith('approvedLocked'));
    const reopened = applyAction(review, stamp({ type: 'reopen', segmentId: 's3' }, EDITOR));
    assert.equal(segment(reopened, 's3').status, 'translated');
    const edited = applyAction(
      reopened,
      stamp({ type: 'edit', segmentId: 's3', text: 'Microsoft l’a affirmé.' }, TRANSLATOR),
    );
    assert.equal(segment(edited, 's3').status, 'draft');
  });

  test('a rejection needs a non-empty reason and records it', () => {
    const review = sampleReview();
    assert.throws(
      () => applyAction(review, stamp({ type: 'reject', segmentId: 's2', reason: '   ' }, EDITOR)),
      refusedWith('rejectionNeedsReason'),
    );
    const rejected = applyAction(review, stamp({ type: 'reject', segmentId: 's2', reason: 'sens faux' }, EDITOR));
    const s2 = segment(rejected, 's2');
    assert.equal(s2.status, 'rejected');
    assert.equal(s2.statusChanges.at(-1)?.reason, 'sens faux');
    assert.equal(s2.statusChanges.at(-1)?.author, 'Eddy');
  });

  test('a rejected segment goes back to draft when edited, then to translated when confirmed', () => {
    let review = applyAction(sampleReview(), stamp({ type: 'reject', segmentId: 's2', reason: 'faux' }, EDITOR));
    review = applyAction(review, stamp({ type: 'edit', segmentId: 's2', text: 'Pékin dément.' }, TRANSLATOR));
    assert.equal(segment(review, 's2').status, 'draft');
    review = applyAction(review, stamp({ type: 'confirm', segmentId: 's2' }, TRANSLATOR));
    assert.equal(segment(review, 's2').status, 'translated');
    review = applyAction(review, stamp({ type: 'approve', segmentId: 's2' }, EDITOR));
    assert.deepEqual(
      segment(review, 's2').statusChanges.map((c) => c.to),
      ['rejected', 'draft', 'translated', 'approved'],
    );
  });

  test('an edit identical to the current text changes nothing', () => {
    const review = sampleReview();
    const same = applyAction(
      review,
      stamp({ type: 'edit', segmentId: 's1', text: segment(review, 's1').target }, TRANSLATOR),
    );
    assert.equal(same, review);
  });

  test('undo and redo move through the versions, and a new edit drops what was undone', () => {
    let review = sampleReview();
    review = applyAction(review, stamp({ type: 'edit', segmentId: 's1', text: 'v1' }, TRANSLATOR));
    review = applyAction(review, stamp({ type: 'edit', segmentId: 's1', text: 'v2' }, TRANSLATOR));
    review = applyAction(review, stamp({ type: 'undo', segmentId: 's1' }, TRANSLATOR));
    assert.equal(segment(review, 's1').target, 'v1');
    review = applyAction(review, stamp({ type: 'undo', segmentId: 's1' }, TRANSLATOR));
    assert.equal(segment(review, 's1').target, segment(review, 's1').mt);
    assert.throws(
      () => applyAction(review, stamp({ type: 'undo', segmentId: 's1' }, TRANSLATOR)),
      refusedWith('nothingToUndo'),
    );
    review = applyAction(review, stamp({ type: 'redo', segmentId: 's1' }, TRANSLATOR));
    assert.equal(segment(review, 's1').target, 'v1');
    review = applyAction(review, stamp({ type: 'edit', segmentId: 's1', text: 'v3' }, TRANSLATOR));
    assert.deepEqual(
      segment(review, 's1')
        .versions.map((v) => v.text)
        .slice(1),
      ['v1', 'v3'],
    );
    assert.throws(
      () => applyAction(review, stamp({ type: 'redo', segmentId: 's1' }, TRANSLATOR)),
      refusedWith('nothingToRedo'),
    );
  });

  test('turns a flag into an annotation and records dismissed flags once', () => {
    let review = sampleReview();
    review = applyAction(
      review,
      stamp(
        {
          type: 'annotate',
          segmentId: 's1',
          start: 4,
          end: 10,
          category: 'accuracy/mistranslation',
          severity: 'major',
          comment: 'strikes = attaques',
          fromCheck: 'wrong-sense',
        },
        EDITOR,
      ),
    );
    const annotation = segment(review, 's1').annotations[0]!;
    assert.equal(segment(review, 's1').target.slice(annotation.start, annotation.end), 'grèves');
    assert.equal(annotation.fromCheck, 'wrong-sense');
    const dismiss = { type: 'dismissFlag', segmentId: 's1', flagId: 'f1', check: 'anglicism' } as const;
    review = applyAction(review, stamp(dismiss, TRANSLATOR));
    const again = applyAction(review, stamp(dismiss, TRANSLATOR));
    assert.equal(again, review);
    assert.equal(segment(review, 's1').dismissed.length, 1);
    review = applyAction(
      review,
      stamp({ type: 'removeAnnotation', segmentId: 's1', annotationId: annotation.id }, EDITOR),
    );
    assert.equal(segment(review, 's1').annotations.length, 0);
  });

  test('refuses an annotation whose span lies outside the French', () => {
    const action = {
      type: 'annotate',
      segmentId: 's1',
      start: 5,
      end: 999,
      category: 'terminology',
      severity: 'minor',
      comment: '',
    } as const;
    assert.throws(() => applyAction(sampleReview(), stamp(action, EDITOR)), refusedWith('badSpan'));
  });

  test('keeps comments and the retranslation', () => {
    let review = applyAction(sampleReview(), stamp({ type: 'comment', segmentId: 's2', text: 'à vérifier' }, EDITOR));
    review = applyAction(review, stamp({ type: 'comment', segmentId: 's2', text: 'vu' }, TRANSLATOR));
    review = applyAction(
      review,
      stamp({ type: 'setRetranslation', segmentId: 's2', text: 'China denies it.' }, TRANSLATOR),
    );
    const s2 = segment(review, 's2');
    assert.deepEqual(
      s2.comments.map((c) => `${c.id} ${c.author}: ${c.text}`),
      ['c1 Eddy: à vérifier', 'c2 Tina: vu'],
    );
    assert.equal(s2.retranslation, 'China denies it.');
    assert.throws(
      () => applyAction(review, stamp({ type: 'comment', segmentId: 's2', text: ' ' }, EDITOR)),
      refusedWith('emptyComment'),
    );
  });

  test('refuses an unknown segment', () => {
    assert.throws(
      () => applyAction(sampleReview(), stamp({ type: 'confirm', segmentId: 'nope' }, EDITOR)),
      refusedWith('unknownSegment'),
    );
  });
});
