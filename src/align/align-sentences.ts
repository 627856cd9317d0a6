import { alignUnits } from './align-units.ts';
import type { AlignedPair } from './aligned-pair.ts';
import { createAnchorExtractor } from './anchors.ts';
import { raiseSandwichedConfidence } from './sandwich-confidence.ts';

export type { AlignedPair } from './aligned-pair.ts';

/**
 * Aligns English sentences with French sentences (Gale–Church over lengths, strengthened by anchors: numbers, names,
 * acronyms, quotes, cognates). Returns pairs of indices in text order; every sentence of both sides is in exactly
 * one pair, a sentence with no partner in a 1:0 or 0:1 pair.
 */
export function alignSentences(english: readonly string[], french: readonly string[]): AlignedPair[] {
  const extract = createAnchorExtractor();
  const toUnit = (sentence: string) => ({ length: sentence.length, anchors: extract(sentence) });
  return raiseSandwichedConfidence(alignUnits(english.map(toUnit), french.map(toUnit)));
}
