/** Variance of the French length per English character, as Gale and Church measured it on parallel text. */
export const LENGTH_VARIANCE = 6.8;

/**
 * Gale–Church length cost of pairing `englishLength` with `frenchLength` characters when French runs `ratio` times
 * as long as English: −log of the two-sided probability of so large a deviation (0 for a perfect match).
 */
export function lengthCost(englishLength: number, frenchLength: number, ratio: number): number {
  const mean = (englishLength + frenchLength / ratio) / 2;
  const deviation = (frenchLength - englishLength * ratio) / Math.sqrt(Math.max(mean, 1) * LENGTH_VARIANCE);
  const z = Math.abs(deviation) / Math.SQRT2;
  // The aligner calls this millions of times: read a table instead of computing logarithms.
  if (z >= TABLE_LIMIT) return -logErfc(z);
  const position = z * TABLE_STEPS_PER_UNIT;
  const index = position | 0;
  const fraction = position - index;
  return COST_TABLE[index]! * (1 - fraction) + COST_TABLE[index + 1]! * fraction;
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

const TABLE_LIMIT = 8;
const TABLE_STEPS_PER_UNIT = 256;
const COST_TABLE = Float64Array.from(
  { length: TABLE_LIMIT * TABLE_STEPS_PER_UNIT + 2 },
  (_, index) => -logErfc(index / TABLE_STEPS_PER_UNIT),
);

// log(erfc(x)) for x ≥ 0 (Abramowitz & Stegun 7.1.26), written in log form so it never underflows to log(0).
function logErfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.log(poly) - x * x;
}
