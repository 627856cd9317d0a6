import type { PlainTextSkeleton } from '../formats/text/plain-text-skeleton.ts';
import type { BilingualDocument, BilingualUnit, UnitNote, UnitProvenance } from '../model/bilingual.ts';
import type { MqmCategory } from '../model/flag.ts';
import type { ReviewDocument, ReviewSegment } from '../model/review.ts';
import { STATE_OF_STATUS } from '../model/status-states.ts';
import { annotationToIssue } from '../review/its-issue-mapping.ts';

/** Bilingual formats a review is exported to through the formats writers. */
export type BilingualExportFormat = 'xliff2' | 'xliff12' | 'tmx' | 'csv' | 'txt';

// XLIFF 1.2 state-qualifier values for a rejection, chosen from the errors the editor marked.
const REJECTION_QUALIFIER: Partial<Record<MqmCategory, string>> = {
  'linguistic/grammar': 'rejected-grammar',
  'linguistic/spelling': 'rejected-spelling',
};

/** The XLIFF 1.2 `state-qualifier` of a rejected segment: grammar or spelling errors if marked, else inaccurate. */
export function rejectionQualifier(segment: ReviewSegment): string {
  for (const annotation of segment.annotations) {
    const qualifier = REJECTION_QUALIFIER[annotation.category];
    if (qualifier !== undefined) return qualifier;
  }
  return 'rejected-inaccurate';
}

function subStateFor(segment: ReviewSegment, format: BilingualExportFormat): string | undefined {
  if (format === 'xliff12') {
    // XLIFF 1.2 has no subState; the writers carry `xlf12:` values as the state-qualifier attribute.
    if (segment.status === 'rejected') return `xlf12:${rejectionQualifier(segment)}`;
    if (segment.status === 'new') return 'xlf12:mt-suggestion';
    return undefined;
  }
  return STATE_OF_STATUS[segment.status].subState;
}

function notesOf(segment: ReviewSegment): UnitNote[] {
  const notes: UnitNote[] = [...segment.notes];
  for (const comment of segment.comments)
    notes.push({ text: `${comment.author}: ${comment.text}`, category: 'comment' });
  const rejection =
    segment.status === 'rejected' ? segment.statusChanges.findLast((c) => c.to === 'rejected') : undefined;
  if (rejection?.reason !== undefined) {
    notes.push({ text: `${rejection.author}: ${rejection.reason}`, category: 'rejection', appliesTo: 'target' });
  }
  return notes;
}

/** Who made the segment and who last changed it (text or status), and when. */
export function provenanceOf(segment: ReviewSegment): UnitProvenance {
  const first = segment.versions[0];
  const stamps = [...segment.versions.slice(1), ...segment.statusChanges].sort((a, b) => a.at.localeCompare(b.at));
  const last = stamps.at(-1) ?? first;
  return {
    ...(first === undefined ? {} : { createdBy: first.author, createdAt: first.at }),
    ...(last === undefined ? {} : { changedBy: last.author, changedAt: last.at }),
  };
}

/**
 * Builds the bilingual document an export writes: one unit per segment with the current French, state and subState
 * from the status (XLIFF 1.2 `state-qualifier` such as `rejected-inaccurate` through `xlf12:` subStates), notes with
 * comments and the rejection reason, annotations as ITS quality issues, and provenance. A fresh TMX keeps only
 * approved pairs; `everySegment` keeps them all (a TMX written back onto the memory it came from).
 */
export function reviewToBilingual(
  review: ReviewDocument,
  format: BilingualExportFormat,
  everySegment = false,
): BilingualDocument {
  const segments =
    format === 'tmx' && !everySegment
      ? review.segments.filter((segment) => segment.status === 'approved' && (segment.source ?? '').length > 0)
      : review.segments;
  const units = segments.map((segment): BilingualUnit => {
    const subState = subStateFor(segment, format);
    const unit: BilingualUnit = {
      id: segment.id,
      source: segment.source ?? '',
      target: segment.target,
      codes: segment.codes,
      state: STATE_OF_STATUS[segment.status].state,
      notes: notesOf(segment),
      issues: segment.annotations.map(annotationToIssue),
      paragraph: segment.paragraph,
      provenance: provenanceOf(segment),
    };
    const withSubState = subState === undefined ? unit : { ...unit, subState };
    return segment.alignmentConfidence === undefined
      ? withSubState
      : { ...withSubState, alignmentConfidence: segment.alignmentConfidence };
  });
  const doc: BilingualDocument = {
    format: format === 'csv' ? 'csv' : format,
    sourceLang: review.sourceLang,
    targetLang: review.targetLang,
    units,
  };
  const layout = format === 'txt' ? textLayoutOf(review) : undefined;
  return layout === undefined ? doc : { ...doc, preserved: layout };
}

/**
 * The layout of the plain text a review was opened from, as the text writer takes it: the spaces and line breaks
 * around every segment. Undefined when the review did not come from a text or predates this record (project files
 * written before it), in which case the writer falls back to one paragraph per blank-line-separated block.
 */
function textLayoutOf(review: ReviewDocument): PlainTextSkeleton | undefined {
  if (review.trailingSpace === undefined) return undefined;
  const gaps: string[] = [];
  const emptyUnits: number[] = [];
  for (const [position, segment] of review.segments.entries()) {
    if (segment.spaceBefore === undefined) return undefined;
    gaps.push(segment.spaceBefore);
    // A sentence the MT left out has no space of its own; the writer keeps French filled in there apart.
    if (segment.mt.length === 0) emptyUnits.push(position);
  }
  gaps.push(review.trailingSpace);
  return { kind: 'plain-text', encoding: 'utf-8', bom: false, gaps, emptyUnits };
}
