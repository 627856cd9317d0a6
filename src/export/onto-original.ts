import type { BilingualDocument, BilingualFormat, BilingualUnit } from '../model/bilingual.ts';
import type { ReviewDocument, ReviewSegment } from '../model/review.ts';
import { statusFromState } from '../model/status-states.ts';
import { importedAnnotationId } from '../review/its-issue-mapping.ts';

/** Formats whose export is written back onto the file the review was opened from, when it is kept. */
export const WRITTEN_BACK_FORMATS: ReadonlySet<BilingualFormat> = new Set(['xliff2', 'xliff12', 'tmx']);

/** Whether two lists of notes say the same (the project file may have stored their fields in another order). */
function sameNotes(a: BilingualUnit['notes'], b: BilingualUnit['notes']): boolean {
  return (
    a.length === b.length &&
    a.every((note, index) => {
      const other = b[index]!;
      return (
        note.text === other.text &&
        note.category === other.category &&
        note.appliesTo === other.appliesTo &&
        note.id === other.id
      );
    })
  );
}

/** A unit as the file had it, with what the review changed in `segment` taken from `exported`. */
function mergeUnit(read: BilingualUnit, exported: BilingualUnit, segment: ReviewSegment): BilingualUnit {
  const edited = segment.target !== segment.mt;
  const restated = segment.status !== statusFromState(read.state, read.subState);
  // The file's own issues came in as annotations (`fromFile`): while the French is the file's, each goes back as the
  // file wrote it unless the reviewer removed it; the review's own annotations are added after them.
  const fromFile = new Set(
    segment.annotations.filter((annotation) => annotation.fromFile !== undefined).map((annotation) => annotation.id),
  );
  const ownIssues = exported.issues.filter((issue) => issue.id === undefined || !fromFile.has(issue.id));
  const fileIssues = read.issues.filter(
    (issue, index) => !issue.enabled || fromFile.has(importedAnnotationId(issue, index)),
  );
  const issues = edited ? exported.issues : [...fileIssues, ...ownIssues];
  const annotated = ownIssues.length > 0 || fileIssues.length !== read.issues.length;
  const noted = !sameNotes(exported.notes, read.notes);
  if (!edited && !restated && !annotated && !noted) return read;
  const { state, subState, ...rest } = read;
  const status = restated
    ? {
        ...(exported.state === undefined ? {} : { state: exported.state }),
        ...(exported.subState === undefined ? {} : { subState: exported.subState }),
      }
    : {
        ...(state === undefined ? {} : { state }),
        ...(subState === undefined ? {} : { subState }),
      };
  return {
    ...rest,
    ...status,
    target: edited ? exported.target : read.target,
    codes: edited ? exported.codes : read.codes,
    notes: noted ? exported.notes : read.notes,
    issues,
    ...(exported.provenance === undefined ? {} : { provenance: exported.provenance }),
  };
}

/**
 * The export of a review written onto the file it was opened from (`original`, read again): every unit the review
 * left alone exactly as the file had it, so the writer changes nothing there, and the review's French, status,
 * notes, comments and annotations where it did change something. Everything else in the file (original data,
 * unknown elements and attributes, file-level notes) stays. Null when the file's units no longer match the
 * review's segments one to one, in which case the export is written fresh.
 */
export function ontoOriginal(
  exported: BilingualDocument,
  original: BilingualDocument,
  review: ReviewDocument,
): BilingualDocument | null {
  const { segments } = review;
  if (original.units.length !== segments.length || exported.units.length !== segments.length) return null;
  if (original.preserved === undefined) return null;
  const units = original.units.map((read, index) => mergeUnit(read, exported.units[index]!, segments[index]!));
  return { ...original, units };
}
