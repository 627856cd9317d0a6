import type { Settings } from '../../../src/api/views.ts';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { applyAction } from '../../../src/review/apply-action.ts';
import { EDITOR, sampleReview, stamp, TRANSLATOR } from '../review/review-fixture.ts';

/** Settings for exports: default MQM penalties, pass at 90. */
export const SETTINGS: Settings = {
  userName: 'Eddy',
  role: 'editor',
  uiLanguage: 'en',
  typography: 'nbsp',
  penalties: { minor: 1, major: 5, critical: 25 },
  passThreshold: 90,
};

/**
 * The sample review after work: s1 corrected (grèves → attaques), annotated and rejected, s2 commented and
 * confirmed, s3 approved as opened, plus a fourth status (draft) on nothing: every status but new is represented.
 */
export function reviewedSample(): ReviewDocument {
  let review = sampleReview();
  const act = (action: Parameters<typeof stamp>[0], actor = EDITOR) => {
    review = applyAction(review, stamp(action, actor));
  };
  act({
    type: 'annotate',
    segmentId: 's1',
    start: 4,
    end: 10,
    category: 'accuracy/mistranslation',
    severity: 'major',
    comment: 'strikes = attaques <pas grèves>',
    fromCheck: 'wrong-sense',
  });
  act({ type: 'reject', segmentId: 's1', reason: 'contresens sur « strikes »' });
  act({ type: 'comment', segmentId: 's2', text: 'Vérifier le "titre" & la source' }, TRANSLATOR);
  act({ type: 'edit', segmentId: 's2', text: 'La Chine dément.' }, TRANSLATOR);
  act({ type: 'confirm', segmentId: 's2' }, TRANSLATOR);
  return review;
}
