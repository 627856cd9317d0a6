/** Review status of a segment: translators move it to `translated`, editors to `approved` or `rejected`. */
export type SegmentStatus = 'new' | 'draft' | 'translated' | 'approved' | 'rejected';

/** Every status, in workflow order. */
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['new', 'draft', 'translated', 'approved', 'rejected'];

/** What the English beside the French is: the text translated, or a translation back from the French. */
export type EnglishRole = 'source' | 'retranslation';

/** Which texts a review has, which decides the checks that can run. */
export type ReviewMode = 'source' | 'retranslation' | 'target-only';

/** Who is working: translators edit and confirm, editors also approve, reject and reopen. */
export type Role = 'translator' | 'editor';
