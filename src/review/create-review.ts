import { isPlainTextSkeleton } from '../formats/text/plain-text-skeleton.ts';
import type { BilingualDocument, BilingualUnit } from '../model/bilingual.ts';
import type { Annotation, ReviewDocument, ReviewOrigin, ReviewSegment } from '../model/review.ts';
import type { EnglishRole, ReviewMode } from '../model/segment.ts';
import { statusFromState } from '../model/status-states.ts';
import { issueToAnnotation } from './its-issue-mapping.ts';

/** Who authored the first version of every segment: the machine translation. */
export const MT_AUTHOR = 'MT';

/** What `createReview` needs besides the document: identity, mode, what the English is and when. */
export interface CreateReviewOptions {
  readonly id: string;
  readonly name: string;
  readonly mode: ReviewMode;
  readonly englishRole: EnglishRole | null;
  readonly origin: ReviewOrigin;
  /** ISO 8601 time stamped on the MT versions. */
  readonly at: string;
}

/** The annotations for the quality issues a unit's French carried in the file (ITS issues of an earlier review). */
function importedAnnotations(unit: BilingualUnit, author: string, at: string): Annotation[] {
  if (unit.issues.length === 0 || unit.target === null) return [];
  const annotations: Annotation[] = [];
  unit.issues.forEach((issue, index) => {
    const annotation = issueToAnnotation(issue, index, author, at);
    if (annotation !== null) annotations.push(annotation);
  });
  return annotations;
}

/**
 * Builds a review from a bilingual document: one segment per unit, `mt` and `target` both the unit's French, the
 * status from its state, and a first version authored "MT". The unit's English goes to `source` or `retranslation`
 * according to `englishRole`.
 */
export function createReview(doc: BilingualDocument, options: CreateReviewOptions): ReviewDocument {
  const taken = new Set<string>();
  // Quality issues the file carries are shown as annotations made by the file.
  const fileName = options.origin.file.split(/[\\/]/).pop() ?? options.origin.file;
  // A plain text keeps the spaces and line breaks around its sentences, for a text export in the same layout.
  const gaps =
    isPlainTextSkeleton(doc.preserved) && doc.preserved.gaps.length === doc.units.length + 1
      ? doc.preserved.gaps
      : undefined;
  const segments = doc.units.map((unit, index): ReviewSegment => {
    const french = unit.target ?? '';
    // Actions name segments by id, so ids must be unique; a file that repeats one gets `-2`, `-3`… on the repeats.
    let id = unit.id.length > 0 ? unit.id : String(index + 1);
    for (let n = 2; taken.has(id); n++) id = `${unit.id}-${n}`;
    taken.add(id);
    const english = unit.source.length > 0 ? unit.source : null;
    const segment: ReviewSegment = {
      id,
      index,
      paragraph: unit.paragraph ?? index,
      source: options.englishRole === 'source' ? english : null,
      retranslation: options.englishRole === 'retranslation' ? english : null,
      mt: french,
      target: french,
      status: statusFromState(unit.state, unit.subState),
      versions: [{ text: french, author: MT_AUTHOR, at: options.at }],
      versionCursor: 0,
      statusChanges: [],
      comments: [],
      annotations: importedAnnotations(unit, fileName, options.at),
      dismissed: [],
      codes: unit.codes,
      notes: unit.notes,
    };
    const aligned =
      unit.alignmentConfidence === undefined ? segment : { ...segment, alignmentConfidence: unit.alignmentConfidence };
    return gaps === undefined ? aligned : { ...aligned, spaceBefore: gaps[index]! };
  });
  return {
    id: options.id,
    name: options.name,
    mode: options.mode,
    sourceLang: doc.sourceLang,
    targetLang: doc.targetLang,
    origin: options.origin,
    segments,
    ...(gaps === undefined ? {} : { trailingSpace: gaps.at(-1)! }),
  };
}
