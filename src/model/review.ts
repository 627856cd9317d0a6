import type { InlineCode, UnitNote } from './bilingual.ts';
import type { MqmCategory, Severity } from './flag.ts';
import type { ReviewMode, Role, SegmentStatus } from './segment.ts';

/** Who did something and when (ISO 8601 UTC). */
export interface Stamp {
  readonly author: string;
  readonly at: string;
}

/** A saved version of a segment's French. The first version is the machine translation. */
export interface TargetVersion extends Stamp {
  readonly text: string;
}

/** One change of status, with the editor's reason for a rejection. */
export interface StatusChange extends Stamp {
  readonly from: SegmentStatus;
  readonly to: SegmentStatus;
  readonly reason?: string;
}

/** A comment in a segment's thread. */
export interface SegmentComment extends Stamp {
  readonly id: string;
  readonly text: string;
}

/** An MQM error marked by a reviewer on a span of the current French. */
export interface Annotation extends Stamp {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly category: MqmCategory;
  readonly severity: Severity;
  readonly comment: string;
  /** The automatic flag this annotation was made from, if any (its check id). */
  readonly fromCheck?: string;
  /**
   * For a quality issue the file under review already carried (an earlier review's), its ITS issue type, kept so
   * that exports give it back as it was rather than as the nearest MQM category.
   */
  readonly fromFile?: string;
}

/** An automatic flag a reviewer judged a false alarm; kept for the detector's precision statistics. */
export interface DismissedFlag extends Stamp {
  readonly flagId: string;
  readonly check: string;
}

/** A segment under review: its English, the original MT, the current French and everything done to it. */
export interface ReviewSegment {
  readonly id: string;
  /** Position in the document, from 0. */
  readonly index: number;
  /** Paragraph the segment belongs to, so exports can rebuild the text. */
  readonly paragraph: number;
  /** English the French was translated from, when there is one. */
  readonly source: string | null;
  /** English translated back from the French, when there is one. */
  readonly retranslation: string | null;
  /** The machine translation as it was opened. */
  readonly mt: string;
  /** The current French. */
  readonly target: string;
  readonly status: SegmentStatus;
  readonly versions: readonly TargetVersion[];
  /** Index into `versions` of the text shown; below the last one after an undo. */
  readonly versionCursor: number;
  readonly statusChanges: readonly StatusChange[];
  readonly comments: readonly SegmentComment[];
  readonly annotations: readonly Annotation[];
  readonly dismissed: readonly DismissedFlag[];
  /** Confidence of the sentence alignment that paired the English with the French (0–1). */
  readonly alignmentConfidence?: number;
  readonly codes: readonly InlineCode[];
  readonly notes: readonly UnitNote[];
  /**
   * What stood between the previous segment and this one in a plain-text file (spaces, line breaks, blank lines):
   * with the review's `trailingSpace`, it lets the text export give the corrected French the file's own layout.
   */
  readonly spaceBefore?: string;
}

/** Where a review's texts came from. */
export interface ReviewOrigin {
  /** The French (or bilingual) file opened. */
  readonly file: string;
  readonly format: string;
  /** The separate English file, if one was opened beside the French. */
  readonly englishFile?: string;
}

/** A whole review: the document's segments in order and how they were obtained. */
export interface ReviewDocument {
  readonly id: string;
  readonly name: string;
  readonly mode: ReviewMode;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly origin: ReviewOrigin;
  readonly segments: readonly ReviewSegment[];
  /** What followed the last segment in a plain-text file (usually its last line break); see `spaceBefore`. */
  readonly trailingSpace?: string;
}

/** The person acting, as set in the settings. */
export interface Actor {
  readonly user: string;
  readonly role: Role;
}

/** Everything a user can do to a review; the journal stores these, one per line. */
export type ReviewAction =
  | { readonly type: 'edit'; readonly segmentId: string; readonly text: string }
  | { readonly type: 'confirm'; readonly segmentId: string }
  | { readonly type: 'approve'; readonly segmentId: string }
  | { readonly type: 'reject'; readonly segmentId: string; readonly reason: string }
  | { readonly type: 'reopen'; readonly segmentId: string }
  | { readonly type: 'undo'; readonly segmentId: string }
  | { readonly type: 'redo'; readonly segmentId: string }
  | { readonly type: 'comment'; readonly segmentId: string; readonly text: string }
  | {
      readonly type: 'annotate';
      readonly segmentId: string;
      readonly start: number;
      readonly end: number;
      readonly category: MqmCategory;
      readonly severity: Severity;
      readonly comment: string;
      readonly fromCheck?: string;
    }
  | { readonly type: 'removeAnnotation'; readonly segmentId: string; readonly annotationId: string }
  | { readonly type: 'dismissFlag'; readonly segmentId: string; readonly flagId: string; readonly check: string }
  | { readonly type: 'setRetranslation'; readonly segmentId: string; readonly text: string };

/** An action with who did it and when; what the journal records. */
export type StampedAction = ReviewAction & { readonly actor: Actor; readonly at: string; readonly seq: number };
