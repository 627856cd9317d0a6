import { foldWord } from '../text/normalize.ts';

/** One position of a compiled pattern: a lemma (matched with inflection), an exact form, or a gap of 0–4 words. */
export type PatternStep =
  | { readonly kind: 'lemma'; readonly value: string }
  | { readonly kind: 'exact'; readonly value: string }
  | { readonly kind: 'gap' };

/** Widest gap `…` allows, in tokens. */
export const MAX_GAP = 4;

/** Most token sequences one pattern may expand to; past it the pattern is refused as too broad. */
const MAX_EXPANSIONS = 2000;

/** A pattern that cannot be compiled; the loader names the entry. */
export class PatternError extends Error {}

/**
 * Compiles a lexicon pattern (`faire … sens`, `de|d’ =le|la`, `cette|cet année|mois =a|=avait vu`) into the token
 * sequences it stands for: `|` separates alternatives of one token, `=` asks for an exact form, `…` is a gap.
 */
export function compilePattern(pattern: string): PatternStep[][] {
  const raw = pattern.trim().split(/\s+/).filter(Boolean);
  if (raw.length === 0) throw new PatternError('empty pattern');
  const sequences = expand(raw.map(compileToken));
  for (const sequence of sequences) {
    if (sequence[0]?.kind === 'gap' || sequence.at(-1)?.kind === 'gap') {
      throw new PatternError('a pattern cannot start or end with a gap');
    }
  }
  return sequences;
}

// Every sequence a list of per-token alternatives stands for.
function expand(tokens: readonly PatternStep[][]): PatternStep[][] {
  let sequences: PatternStep[][] = [[]];
  for (const alternatives of tokens) {
    sequences = sequences.flatMap((prefix) => alternatives.map((step) => [...prefix, step]));
    if (sequences.length > MAX_EXPANSIONS)
      throw new PatternError(`pattern expands to more than ${MAX_EXPANSIONS} forms`);
  }
  return sequences;
}

// The alternatives one pattern token allows.
function compileToken(token: string): PatternStep[] {
  if (token === '…' || token === '...') return [{ kind: 'gap' }];
  return token.split('|').map((alternative): PatternStep => {
    if (alternative === '') throw new PatternError(`empty alternative in "${token}"`);
    if (!alternative.startsWith('=')) return { kind: 'lemma', value: foldWord(alternative) };
    const form = foldWord(alternative.slice(1));
    if (form === '') throw new PatternError(`empty exact form in "${token}"`);
    return { kind: 'exact', value: form };
  });
}
