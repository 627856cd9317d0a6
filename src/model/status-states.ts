import type { BilingualUnit, TargetState } from './bilingual.ts';
import type { SegmentStatus } from './segment.ts';

// How review statuses travel in bilingual files: an XLIFF 2 state, and a subState that names the status exactly.

/** XLIFF 2 state and subState written for each review status, so other CAT tools see the workflow. */
export const STATE_OF_STATUS: Readonly<Record<SegmentStatus, { state: TargetState; subState: string }>> = {
  new: { state: 'initial', subState: 'relecture:new' },
  draft: { state: 'initial', subState: 'relecture:draft' },
  translated: { state: 'translated', subState: 'relecture:translated' },
  approved: { state: 'final', subState: 'relecture:approved' },
  rejected: { state: 'reviewed', subState: 'relecture:rejected' },
};

/**
 * Maps a unit's XLIFF 2 state and subState to a review status. The subState wins when it names a review status
 * (`relecture:approved`, or any `…:rejected`); otherwise initial → new, translated → translated,
 * reviewed → translated (still awaiting the editor here), final → approved.
 */
export function statusFromState(state: BilingualUnit['state'], subState: string | undefined): SegmentStatus {
  const named = subState?.toLowerCase().split(':').pop();
  if (named === 'approved' || named === 'rejected' || named === 'draft' || named === 'new') return named;
  if (named?.startsWith('rejected')) return 'rejected';
  switch (state) {
    case 'translated':
    case 'reviewed':
      return 'translated';
    case 'final':
      return 'approved';
    default:
      return 'new';
  }
}
