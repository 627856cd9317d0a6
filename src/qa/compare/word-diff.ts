import { diffWords } from 'diff';

/** One stretch of a word diff: kept in both, only in `a` (removed) or only in `b` (added). */
export interface WordDiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Word-level diff of two texts (case-insensitive): what `b` drops from `a` and what it adds. */
export function wordDiff(a: string, b: string): WordDiffPart[] {
  return diffWords(a, b, { ignoreCase: true }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** A diff rendered compactly: `<del>…</del>` for removed words, `<ins>…</ins>` for added ones. */
export function renderWordDiff(parts: readonly WordDiffPart[]): string {
  return parts
    .map((part) =>
      part.kind === 'same'
        ? part.text
        : part.kind === 'removed'
          ? `<del>${part.text}</del>`
          : `<ins>${part.text}</ins>`,
    )
    .join('');
}
