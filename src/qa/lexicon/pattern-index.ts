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
  private readonly lemmas = new Set<string>();

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
        if (step.kind === 'lemma') this.lemmas.add(step.value);
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

  /** Every lemma some pattern step asks for: a candidate outside it can never match, so callers drop it early. */
  lemmaVocabulary(): Set<string> {
    return new Set(this.lemmas);
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
    // Search states as two parallel stacks (node, position), reused across tokens: no allocation per step.
    const nodes = this.nodes;
    const positions = this.positions;
    for (let first = 0; first < tokens.length; first++) {
      if (stats) stats.steps++;
      // Most tokens start no pattern: one step from the root settles that without starting a search.
      let current = this.step(this.root, first, tokens, lemmasOf, nodes, positions, 0);
      if (current === 0) continue;
      let seen: Set<T> | null = null;
      let from = 0;
      while (from < current) {
        const end = current;
        for (let at = from; at < end; at++) {
          const node = nodes[at]!;
          const position = positions[at]!;
          if (stats) stats.steps++;
          for (const payload of node.ends) {
            seen ??= new Set();
            if (seen.has(payload)) continue;
            seen.add(payload);
            found.push({ payload, firstToken: first, lastToken: position - 1 });
          }
          if (node.gap) {
            for (let skip = 0; skip <= MAX_GAP && position + skip < tokens.length; skip++) {
              current = this.step(node.gap, position + skip, tokens, lemmasOf, nodes, positions, current);
            }
          }
          if (position < tokens.length)
            current = this.step(node, position, tokens, lemmasOf, nodes, positions, current);
        }
        from = end;
      }
    }
    nodes.length = 0;
    positions.length = 0;
    return found;
  }

  private readonly nodes: TrieNode<T>[] = [];
  private readonly positions: number[] = [];

  // Pushes the children of `node` that token `position` leads to; returns the new stack height.
  private step(
    node: TrieNode<T>,
    position: number,
    tokens: readonly Token[],
    lemmasOf: (index: number) => readonly string[],
    nodes: TrieNode<T>[],
    positions: number[],
    height: number,
  ): number {
    const token = tokens[position]!;
    if (node.exact.size > 0) {
      const exact = node.exact.get(token.norm);
      if (exact) {
        nodes[height] = exact;
        positions[height++] = position + 1;
      }
    }
    if (node.lemma.size === 0) return height;
    // Two candidate lemmas rarely lead to one child; a repeated state only repeats work, never a match.
    const lemmas = lemmasOf(position);
    for (let index = 0; index < lemmas.length; index++) {
      const child = node.lemma.get(lemmas[index]!);
      if (child) {
        nodes[height] = child;
        positions[height++] = position + 1;
      }
    }
    return height;
  }
}
