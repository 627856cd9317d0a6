import { foldSentence } from './normalize.ts';

const WORD = /[\p{L}\p{N}'-]+/gu;

/** Word-set Jaccard similarity of two texts after folding (case, apostrophes): 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const first = new Set(foldSentence(a).match(WORD) ?? []);
  const second = new Set(foldSentence(b).match(WORD) ?? []);
  if (first.size === 0 && second.size === 0) return 1;
  let common = 0;
  for (const word of first) if (second.has(word)) common++;
  return common / (first.size + second.size - common);
}
