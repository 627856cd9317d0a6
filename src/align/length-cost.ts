/** Variance of the French length per English character, as Gale and Church measured it on parallel text. */
export const LENGTH_VARIANCE = 6.8;

/**
 * Gale–Church length cost of pairing `englishLength` with `frenchLength` characters when French runs `ratio` times
 * as long as English: −log of the two-sided probability of so large a deviation (0 for a perfect match).
 */
export function lengthCost(englishLength: number, frenchLength: number, ratio: number): number {
  const z = Math.abs(lengthDeviation(englishLength, frenchLength, ratio)) / Math.SQRT2;
  return -logErfc(z);
}

/** Probability (0–1) of a length deviation at least this large between translations: 1 when lengths agree. */
export function lengthProbability(englishLength: number, frenchLength: number, ratio: number): number {
  return Math.exp(-lengthCost(englishLength, frenchLength, ratio));
}

/** Normalised deviation of the French length from the length the English predicts. */
export function lengthDeviation(englishLength: number, frenchLength: number, ratio: number): number {
  const mean = Math.max(1, (englishLength + frenchLength / ratio) / 2);
  return (frenchLength - englishLength * ratio) / Math.sqrt(mean * LENGTH_VARIANCE);
}

// log(erfc(x)) for x ≥ 0 (Abramowitz & Stegun 7.1.26), written in log form so it never underflows to log(0).
function logErfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.log(poly) - x * x;
}
