import type { BilingualUnit, TargetState } from '../../model/bilingual.ts';
import type { SegmentStatus } from '../../model/segment.ts';
import { STATE_OF_STATUS } from '../../model/status-states.ts';

/** What a status cell stands for: an XLIFF 2 state and, for a review status, the subState that names it. */
export interface DelimitedStatus {
  readonly state: TargetState;
  readonly subState?: string;
}

// The review statuses in the words the UI shows ("translated" is shown as Confirmed), read as the project file
// writes them (state + relecture: subState), so that a CSV round trip gives back Draft as Draft, not as New (both
// are state initial).
const STATUS_OF_WORD: Readonly<Record<string, SegmentStatus>> = {
  new: 'new',
  draft: 'draft',
  confirmed: 'translated',
  approved: 'approved',
  rejected: 'rejected',
};

const XLIFF_STATES: readonly TargetState[] = ['initial', 'translated', 'reviewed', 'final'];

/** What a status cell accepts, for error messages. */
export const STATUS_WORDS_EXPECTED =
  'new, draft, confirmed, approved or rejected, or an XLIFF 2 state: initial, translated, reviewed or final';

/**
 * Reads a status cell: a review status as the UI names it (new, draft, confirmed, approved, rejected) or an XLIFF 2
 * state, in any case and with spaces around. Undefined for anything else.
 */
export function readStatusWord(cell: string): DelimitedStatus | undefined {
  const word = cell.trim().toLowerCase();
  if (Object.hasOwn(STATUS_OF_WORD, word)) return STATE_OF_STATUS[STATUS_OF_WORD[word]!];
  const state = XLIFF_STATES.find((known) => known === word);
  return state === undefined ? undefined : { state };
}

/**
 * The status cell of a unit, the word readStatusWord gives back as the same review status: the UI's word when the
 * subState names a review status (as the review exports and project file set it, `relecture:draft`, or an XLIFF 1.2
 * `…:rejected-inaccurate`), else the XLIFF 2 state as it stands; '' for a unit with neither.
 */
export function statusWordOf(unit: Pick<BilingualUnit, 'state' | 'subState'>): string {
  const named = unit.subState?.toLowerCase().split(':').pop();
  if (named === 'new' || named === 'draft' || named === 'approved' || named === 'rejected') return named;
  if (named?.startsWith('rejected')) return 'rejected';
  if (named === 'translated' && unit.state === 'translated') return 'confirmed';
  return unit.state ?? '';
}
