import { diffWordsWithSpace } from 'diff';

/** One piece of a word diff: text kept, removed from the first version or added in the second. */
export interface WordChange {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Diffs two versions of a segment word by word, whitespace included, for history views and reports. */
export function diffWords(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/**
 * Renders a diff as compact markup, `<del>…</del>` for removed and `<ins>…</ins>` for added text; `escape` is
 * applied to every piece of text (pass an HTML escaper for reports, identity for tests and logs).
 */
export function renderWordDiff(
  changes: readonly WordChange[],
  escapeText: (text: string) => string = (t) => t,
): string {
  return changes
    .map((change) => {
      const text = escapeText(change.text);
      if (change.kind === 'removed') return `<del>${text}</del>`;
      if (change.kind === 'added') return `<ins>${text}</ins>`;
      return text;
    })
    .join('');
}
