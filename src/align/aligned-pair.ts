/**
 * One group of an alignment: indices of English and French sentences (in text order) that translate each other.
 * A 1:0 or 0:1 pair has an empty array on the side with nothing; `confidence` runs from 0 (doubtful) to 1.
 */
export interface AlignedPair {
  readonly english: readonly number[];
  readonly french: readonly number[];
  readonly confidence: number;
}
