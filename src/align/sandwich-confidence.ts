/** The parts of an aligned pair that the sandwich rule reads. */
interface PairShape {
  readonly english: readonly unknown[];
  readonly french: readonly unknown[];
  readonly confidence: number;
}

// A neighbour must be at least this sure to vouch for the pair between them.
const TRUSTED_NEIGHBOUR = 0.7;

/**
 * Raises the confidence of a 1:1 pair held between two trusted 1:1 pairs (or a trusted pair and the edge of the
 * text): a short heading with no shared anchor is then not shown as doubtful when everything around it lines up.
 * Returns new pairs in the same order; other pairs are returned unchanged.
 */
export function raiseSandwichedConfidence<Pair extends PairShape>(pairs: readonly Pair[]): Pair[] {
  const isOneToOne = (pair: Pair | undefined) =>
    pair !== undefined && pair.english.length === 1 && pair.french.length === 1;
  return pairs.map((pair, index) => {
    if (!isOneToOne(pair)) return pair;
    const before = pairs[index - 1];
    const after = pairs[index + 1];
    if ((before && !isOneToOne(before)) || (after && !isOneToOne(after)) || (!before && !after)) return pair;
    const neighbours = Math.min(before?.confidence ?? 1, after?.confidence ?? 1);
    if (neighbours < TRUSTED_NEIGHBOUR) return pair;
    const raised = Math.round(((pair.confidence + neighbours) / 2) * 1000) / 1000;
    return raised > pair.confidence ? { ...pair, confidence: raised } : pair;
  });
}
