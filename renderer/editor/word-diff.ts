// Word diff of the machine translation against the current French, rendered like jsdiff's own examples.
import { diffWordsWithSpace } from 'diff';

/** One run of a word diff: kept, inserted or deleted text. */
export interface DiffPart {
  readonly kind: 'same' | 'ins' | 'del';
  readonly text: string;
}

/** Diffs `before` against `after` word by word (spaces count, so a changed no-break space shows). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value,
  }));
}

/** Renders parts as a compact string, `<del>…</del><ins>…</ins>`, for tests and accessible labels. */
export function diffToString(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.kind === 'same' ? part.text : `<${part.kind}>${part.text}</${part.kind}>`)).join('');
}
