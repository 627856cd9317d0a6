import type { Token } from '../text/tokenize.ts';
import { MAX_GAP, type PatternStep } from './pattern.ts';

interface TrieNode<T> {
  readonly lemma: Map<string, TrieNode<T>>;
  readonly exact: Map<string, TrieNode<T>>;
  gap: TrieNode<T> | null;
  readonly ends: T[];
}

/** A pattern found in a text: its payload and the tokens it covers (inclusive). */
export interface PatternMatch<T> {
  readonly payload: T;
  readonly firstToken: number;
  readonly lastToken: number;
}

/** Counts the index work of one `match` call, so a test can show it does not grow with the lexicon. */
export interface MatchStats {
  steps: number;
}

function newNode<T>(): TrieNode<T> {
  return { lemma: new Map(), exact: new Map(), gap: null, ends: [] };
}

/**
 * A token trie over compiled patterns. Matching walks the trie from each token, looking up the token's candidate
 * lemmas in the current node's children, so the work per token depends on the text, not on how many patterns
 * the index holds.
 */
export class PatternIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  private size = 0;

  /** Adds every token sequence of a compiled pattern with its payload. */
  add(sequences: readonly (readonly PatternStep[])[], payload: T): void {
    for (const sequence of sequences) {
      let node = this.root;
      for (const step of sequence) {
        if (step.kind === 'gap') {
          node.gap ??= newNode();
          node = node.gap;
          continue;
        }
        const map = step.kind === 'lemma' ? node.lemma : node.exact;
        let child = map.get(step.value);
        if (!child) {
          child = newNode();
          map.set(step.value, child);
        }
        node = child;
      }
      node.ends.push(payload);
    }
    this.size++;
  }

  /** Number of patterns added. */
  get patternCount(): number {
    return this.size;
  }

  /**
   * Finds every pattern in `tokens`. `lemmasOf(i)` gives the candidate lemmas of token i (cached by the caller).
   * One match per payload and first token: the shortest.
   */
  match(
    tokens: readonly Token[],
    lemmasOf: (index: number) => readonly string[],
    stats?: MatchStats,
  ): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    for (let first = 0; first < tokens.length; first++) {
      // Most tokens start no pattern: one step from the root settles that without allocating a search.
      let states: [TrieNode<T>, number][] = [];
      if (stats) stats.steps++;
      this.step(this.root, first, tokens, lemmasOf, states);
      let seen: Set<T> | null = null;
      while (states.length > 0) {
        const next: [TrieNode<T>, number][] = [];
        for (const [node, position] of states) {
          if (stats) stats.steps++;
          for (const payload of node.ends) {
            seen ??= new Set();
            if (seen.has(payload)) continue;
            seen.add(payload);
            found.push({ payload, firstToken: first, lastToken: position - 1 });
          }
          if (node.gap) {
            for (let skip = 0; skip <= MAX_GAP && position + skip < tokens.length; skip++) {
              this.step(node.gap, position + skip, tokens, lemmasOf, next);
            }
          }
          if (position < tokens.length) this.step(node, position, tokens, lemmasOf, next);
        }
        states = next;
      }
    }
    return found;
  }

  private step(
    node: TrieNode<T>,
    position: number,
    tokens: readonly Token[],
    lemmasOf: (index: number) => readonly string[],
    next: [TrieNode<T>, number][],
  ): void {
    const token = tokens[position]!;
    const exact = node.exact.get(token.norm);
    if (exact) next.push([exact, position + 1]);
    if (node.lemma.size === 0) return;
    // Two candidate lemmas rarely lead to one child; a repeated state only repeats work, never a match.
    for (const lemma of lemmasOf(position)) {
      const child = node.lemma.get(lemma);
      if (child) next.push([child, position + 1]);
    }
  }
}
