/** Largest character n-gram chrF looks at (the standard chrF uses 6). */
const MAX_ORDER = 6;
/** chrF weighs recall β times as much as precision; β = 2 is the standard setting. */
const BETA = 2;

function ngrams(text: string, order: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + order <= text.length; index++) {
    const gram = text.slice(index, index + order);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * chrF similarity of `hypothesis` to `reference`, between 0 and 1: character n-gram (1–6) F-score with β = 2,
 * whitespace ignored, as in Popović (2015). Two empty texts score 1.
 */
export function chrF(hypothesis: string, reference: string): number {
  const a = hypothesis.toLowerCase().replace(/\s+/g, '');
  const b = reference.toLowerCase().replace(/\s+/g, '');
  if (a === '' && b === '') return 1;
  if (a === '' || b === '') return 0;
  let precisionSum = 0;
  let recallSum = 0;
  let orders = 0;
  for (let order = 1; order <= MAX_ORDER; order++) {
    const hypothesisGrams = ngrams(a, order);
    const referenceGrams = ngrams(b, order);
    const hypothesisTotal = Math.max(0, a.length - order + 1);
    const referenceTotal = Math.max(0, b.length - order + 1);
    if (hypothesisTotal === 0 || referenceTotal === 0) break;
    let common = 0;
    for (const [gram, count] of hypothesisGrams) common += Math.min(count, referenceGrams.get(gram) ?? 0);
    precisionSum += common / hypothesisTotal;
    recallSum += common / referenceTotal;
    orders++;
  }
  const precision = precisionSum / orders;
  const recall = recallSum / orders;
  if (precision + recall === 0) return 0;
  const beta2 = BETA * BETA;
  return ((1 + beta2) * precision * recall) / (beta2 * precision + recall);
}
