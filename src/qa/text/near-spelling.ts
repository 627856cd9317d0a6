import { editDistance } from './edit-distance.ts';
import { stripAccents } from './normalize.ts';

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu;

/** A word of the French with its offsets. */
export interface FoundWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The capitalised word of `french` that looks like a misspelling of the English name `name` (Smith → Smyth), or
 * null. A typo keeps the first letter and, in a short name, the length (one letter changed or two swapped); a name of
 * seven letters or more may differ by two edits. A word the English also has is another name, not a misspelling.
 */
export function nearSpelling(name: string, french: string, english: string): FoundWord | null {
  if (name.length < 4) return null;
  const folded = stripAccents(name);
  const limit = folded.length >= 7 ? 2 : 1;
  for (const match of french.matchAll(CAPITALISED_WORD)) {
    const word = match[0];
    const candidate = stripAccents(word);
    if (candidate === folded || candidate[0] !== folded[0]) continue;
    if (limit === 1 && candidate.length !== folded.length) continue;
    if (editDistance(folded, candidate, limit) > limit) continue;
    if (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(english)) continue;
    return { start: match.index, end: match.index + word.length, text: word };
  }
  return null;
}
