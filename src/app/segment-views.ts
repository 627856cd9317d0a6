import type { ProjectView, ReviewSummary, SaveState, SegmentView } from '../api/views.ts';
import type { Flag } from '../model/flag.ts';
import type { ReviewDocument, ReviewSegment } from '../model/review.ts';
import type { EnglishRole } from '../model/segment.ts';

/** The flags of a segment that the reviewer has not dismissed as false alarms. */
export function activeFlags(segment: ReviewSegment, flags: readonly Flag[]): Flag[] {
  if (segment.dismissed.length === 0) return [...flags];
  const dismissed = new Set(segment.dismissed.map((entry) => entry.flagId));
  return flags.filter((flag) => !dismissed.has(flag.id));
}

/** A grid row for one segment: its texts, status and active flags. */
export function toSegmentView(
  segment: ReviewSegment,
  flags: readonly Flag[],
  englishRole: EnglishRole | null,
): SegmentView {
  const english =
    englishRole === 'retranslation'
      ? (segment.retranslation ?? segment.source)
      : (segment.source ?? segment.retranslation);
  return {
    id: segment.id,
    index: segment.index,
    paragraph: segment.paragraph,
    english,
    source: segment.source,
    retranslation: segment.retranslation,
    mt: segment.mt,
    target: segment.target,
    status: segment.status,
    flags: activeFlags(segment, flags),
    annotations: segment.annotations,
    commentCount: segment.comments.length,
    canUndo: segment.versionCursor > 0,
    canRedo: segment.versionCursor < segment.versions.length - 1,
    ...(segment.alignmentConfidence === undefined ? {} : { alignmentConfidence: segment.alignmentConfidence }),
  };
}

/** The whole project as the UI receives it when it opens. */
export function toProjectView(options: {
  review: ReviewDocument;
  flags: readonly (readonly Flag[])[];
  englishRole: EnglishRole | null;
  projectPath: string;
  summary: ReviewSummary;
  warnings: readonly string[];
  save: SaveState;
}): ProjectView {
  const { review, flags, englishRole } = options;
  return {
    id: review.id,
    name: review.name,
    projectPath: options.projectPath,
    // A French-only review that has been retranslated is reviewed as one with a retranslation.
    mode: review.mode === 'target-only' && englishRole === 'retranslation' ? 'retranslation' : review.mode,
    englishRole,
    segments: review.segments.map((segment, index) => toSegmentView(segment, flags[index] ?? [], englishRole)),
    summary: options.summary,
    warnings: options.warnings,
    save: options.save,
  };
}
