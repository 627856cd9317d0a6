import type { ReviewSummary } from '../api/views.ts';
import type { Flag, MqmCategory, Severity } from '../model/flag.ts';
import type { ReviewDocument } from '../model/review.ts';
import type { SegmentStatus } from '../model/segment.ts';
import { type ScoreSettings, scoreReview, segmentWords } from './mqm-score.ts';

/**
 * Summarises a review for the status bar and reports: segments by status, active flags (`flags[i]` are segment
 * i's, dismissed ones left out) by severity, category and check, dismissed flags, words and the MQM score.
 */
export function summariseReview(
  review: ReviewDocument,
  flags: readonly (readonly Flag[])[],
  settings: ScoreSettings,
): ReviewSummary {
  const byStatus: Record<SegmentStatus, number> = { new: 0, draft: 0, translated: 0, approved: 0, rejected: 0 };
  const flagsBySeverity: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  const flagsByCategory: Partial<Record<MqmCategory, number>> = {};
  const flagsByCheck: Record<string, number> = {};
  let dismissedFlags = 0;
  let words = 0;
  review.segments.forEach((segment, index) => {
    byStatus[segment.status]++;
    words += segmentWords(segment);
    dismissedFlags += segment.dismissed.length;
    const dismissed = new Set(segment.dismissed.map((entry) => entry.flagId));
    for (const flag of flags[index] ?? []) {
      if (dismissed.has(flag.id)) continue;
      flagsBySeverity[flag.severity]++;
      flagsByCategory[flag.category] = (flagsByCategory[flag.category] ?? 0) + 1;
      flagsByCheck[flag.check] = (flagsByCheck[flag.check] ?? 0) + 1;
    }
  });
  const score = scoreReview(review, settings);
  return {
    total: review.segments.length,
    byStatus,
    flagsBySeverity,
    flagsByCategory,
    flagsByCheck,
    dismissedFlags,
    words,
    reviewedWords: score.reviewedWords,
    penaltyPoints: score.penaltyPoints,
    score: score.score,
    passThreshold: settings.passThreshold,
    passed: score.passed,
  };
}
