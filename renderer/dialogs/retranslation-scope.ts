// The Retranslate dialog's choice of segments, pure so it is unit-tested without a page.

/** Which segments to retranslate: the active one, those the filter shows, or the whole document. */
export type RetranslationScope = 'segment' | 'shown' | 'all';

/** What the desk offers to retranslate. */
export interface ScopeChoices {
  /** The active segment: its id and number as the grid shows it, or null. */
  readonly active: { readonly id: string; readonly number: number } | null;
  /** Ids of the segments the filter shows, in display order. */
  readonly shownIds: readonly string[];
  /** How many segments the document has. */
  readonly total: number;
}

/** The `segmentIds` argument of `retranslate` for `scope`, or null when the scope holds no segment. */
export function segmentIdsFor(scope: RetranslationScope, choices: ScopeChoices): readonly string[] | 'all' | null {
  if (scope === 'all') return choices.total > 0 ? 'all' : null;
  if (scope === 'segment') return choices.active ? [choices.active.id] : null;
  return choices.shownIds.length > 0 ? [...choices.shownIds] : null;
}

/** The scope offered first: the filtered segments when a filter hides some, else the whole document. */
export function defaultScope(choices: Pick<ScopeChoices, 'shownIds' | 'total'>): RetranslationScope {
  return choices.shownIds.length > 0 && choices.shownIds.length < choices.total ? 'shown' : 'all';
}
