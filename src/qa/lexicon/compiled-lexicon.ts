import { foldWord } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';
import type { LexiconEntry, LexiconKind } from './lexicon-entry.ts';
import type { PatternIndex } from './pattern-index.ts';

/** A lexicon entry ready for matching: its kind and its compiled English pattern index when it has one. */
export interface CompiledEntry {
  readonly kind: LexiconKind;
  readonly entry: LexiconEntry;
  /** Context words, folded; a trailing `*` means "starts with". */
  readonly wrongWhen: ContextWords | null;
  readonly rightWhen: ContextWords;
}

/** Context words of one entry, split by language. */
export interface ContextWords {
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

/** The loaded lexicon: entries by id and one token-trie index per language over all patterns. */
export interface CompiledLexicon {
  readonly entries: readonly CompiledEntry[];
  readonly byId: ReadonlyMap<string, CompiledEntry>;
  /** Index over every entry's `french` pattern; payload is the entry. */
  readonly french: PatternIndex<CompiledEntry>;
  /** Index over every entry's `english` pattern; payload is the entry. */
  readonly english: PatternIndex<CompiledEntry>;
}

/** Folds context words so they compare with folded tokens. */
export function foldContext(words: readonly string[] | undefined): string[] {
  return (words ?? []).map((word) => foldWord(word.trim()));
}

/** A tokenized text that context words are looked for in: the text, its tokens and their candidate lemmas. */
export interface ContextText {
  readonly text: string;
  readonly tokens: readonly Token[];
  lemmasOf(index: number): readonly string[];
}

/** Tokens on each side of a match within which a context word counts: about a clause, not the whole segment. */
export const CONTEXT_WINDOW = 12;

/**
 * True when one of `words` occurs among the tokens `from`…`to` (inclusive) of `side`: `cyber*` matches any token
 * starting with `cyber`, a plain word matches its inflected forms, a word with spaces matches as a phrase.
 */
export function contextOccurs(
  words: readonly string[],
  side: ContextText,
  from = 0,
  to = side.tokens.length - 1,
): boolean {
  const { tokens } = side;
  let phraseText: string | null = null;
  for (const word of words) {
    if (word.includes(' ')) {
      if (to < from) continue;
      phraseText ??= foldWord(side.text.slice(tokens[from]!.start, tokens[to]!.end));
      if (phraseText.includes(word)) return true;
      continue;
    }
    if (word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      for (let index = from; index <= to; index++) if (tokens[index]!.norm.startsWith(prefix)) return true;
      continue;
    }
    for (let index = from; index <= to; index++) {
      if (tokens[index]!.norm === word || side.lemmasOf(index).includes(word)) return true;
    }
  }
  return false;
}
