import type { Severity } from '../model/flag.ts';
import type { ReviewDocument, ReviewSegment } from '../model/review.ts';
import { countWords } from './count-words.ts';

/** Penalty points per severity and the lowest passing score. */
export interface ScoreSettings {
  readonly penalties: Readonly<Record<Severity, number>>;
  readonly passThreshold: number;
}

/** MQM's usual weights: minor 1, major 5, critical 25 penalty points. */
export const DEFAULT_PENALTIES: Readonly<Record<Severity, number>> = { minor: 1, major: 5, critical: 25 };

/** MateCat's lighter weights: minor 0.5, major 2, critical 10. */
export const MATECAT_PENALTIES: Readonly<Record<Severity, number>> = { minor: 0.5, major: 2, critical: 10 };

/** The reference word count MQM norms penalties to. */
export const REFERENCE_WORD_COUNT = 1000;

/** The score of a review under MQM's raw scoring model. */
export interface MqmScore {
  /** Absolute penalty total: the sum of the penalty points of every error in the reviewed segments. */
  readonly penaltyPoints: number;
  /** Evaluation word count: words of the segments approved or rejected. */
  readonly reviewedWords: number;
  /** Penalty points normed to 1,000 reviewed words. */
  readonly penaltiesPerThousandWords: number | null;
  /** 100 × (1 − penaltyPoints / reviewedWords); null until a segment with words has been reviewed. */
  readonly score: number | null;
  readonly passed: boolean | null;
}

/** Whether an editor has judged the segment, which puts it in the evaluation. */
export function isReviewed(segment: ReviewSegment): boolean {
  return segment.status === 'approved' || segment.status === 'rejected';
}

/** The words the evaluation counts for a segment: its English source when there is one, else its French. */
export function segmentWords(segment: ReviewSegment): number {
  return countWords(segment.source ?? segment.target);
}

/**
 * Scores a review with MQM's raw (uncalibrated) scoring model: absolute penalty total APT = Σ penalties, per-word
 * penalty total PWPT = APT / EWC (evaluation word count = reviewed words), quality score = 100 × (1 − PWPT), and
 * the normed penalty total = PWPT × 1,000 reference words. The score is not clamped, so it can fall below zero
 * when errors outnumber words, as the raw model allows. Only annotations in reviewed segments count.
 */
export function scoreReview(review: ReviewDocument, settings: ScoreSettings): MqmScore {
  let penaltyPoints = 0;
  let reviewedWords = 0;
  for (const segment of review.segments) {
    if (!isReviewed(segment)) continue;
    reviewedWords += segmentWords(segment);
    for (const annotation of segment.annotations) penaltyPoints += settings.penalties[annotation.severity] ?? 0;
  }
  if (reviewedWords === 0) {
    return { penaltyPoints, reviewedWords, penaltiesPerThousandWords: null, score: null, passed: null };
  }
  const perWord = penaltyPoints / reviewedWords;
  const score = 100 * (1 - perWord);
  return {
    penaltyPoints,
    reviewedWords,
    penaltiesPerThousandWords: perWord * REFERENCE_WORD_COUNT,
    score,
    passed: score >= settings.passThreshold,
  };
}
