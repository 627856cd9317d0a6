import type { Span } from '../../model/flag.ts';
import type { ReviewMode } from '../../model/segment.ts';
import { type Token, tokenizeEnglish, tokenizeFrench } from '../text/tokenize.ts';
import {
  CONTEXT_WINDOW,
  type CompiledEntry,
  type CompiledLexicon,
  type ContextText,
  contextOccurs,
} from './compiled-lexicon.ts';
import { englishLemmaCandidates } from './english-lemmas.ts';
import { frenchLemmaCandidates } from './french-lemmas.ts';

/** A lexicon entry that applies to a segment: where it matched in the French and, when known, the English. */
export interface LexiconHit {
  readonly entry: CompiledEntry;
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly english?: Span;
}

type Side = ContextText;

// Candidate lemmas that no pattern and no context word names can never match; dropping them once per word form
// leaves most tokens with nothing to look up. Kept per lexicon and language, bounded like the lemma caches.
interface Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly filtered: Map<string, readonly string[]>;
}

const vocabularies = new WeakMap<CompiledLexicon, { fr: Vocabulary; en: Vocabulary }>();
const NOTHING: readonly string[] = [];
// Regex literals live at module level throughout the QA code: a literal inside a function is a new RegExp object
// each time it is evaluated, which per token or per segment is steady garbage.
const DIGITS = /^[0-9]+$/;

function vocabularyOf(lexicon: CompiledLexicon): { fr: Vocabulary; en: Vocabulary } {
  let vocabulary = vocabularies.get(lexicon);
  if (!vocabulary) {
    const fr = lexicon.french.lemmaVocabulary();
    const en = lexicon.english.lemmaVocabulary();
    for (const { wrongWhen, rightWhen } of lexicon.entries) {
      for (const word of [...(wrongWhen?.fr ?? []), ...rightWhen.fr]) fr.add(word);
      for (const word of [...(wrongWhen?.en ?? []), ...rightWhen.en]) en.add(word);
    }
    vocabulary = { fr: { words: fr, filtered: new Map() }, en: { words: en, filtered: new Map() } };
    vocabularies.set(lexicon, vocabulary);
  }
  return vocabulary;
}

function knownLemmas(form: string, language: 'fr' | 'en', vocabulary: Vocabulary): readonly string[] {
  // A number has no other candidate than itself (every suffix rule ends in a letter); numbers would churn the cache.
  if (DIGITS.test(form)) return vocabulary.words.has(form) ? [form] : NOTHING;
  let lemmas = vocabulary.filtered.get(form);
  if (lemmas === undefined) {
    const all = language === 'fr' ? frenchLemmaCandidates(form) : englishLemmaCandidates(form);
    const kept = all.filter((lemma) => vocabulary.words.has(lemma));
    lemmas = kept.length === 0 ? NOTHING : kept;
    if (vocabulary.filtered.size >= 50_000) vocabulary.filtered.clear();
    vocabulary.filtered.set(form, lemmas);
  }
  return lemmas;
}

// One side of a segment: its tokens and their candidate lemmas, looked up once per token.
class TextSide implements Side {
  readonly tokens: readonly Token[];
  private readonly lemmas: (readonly string[] | undefined)[];

  lemmasOf(index: number): readonly string[] {
    let lemmas = this.lemmas[index];
    if (lemmas === undefined) {
      lemmas = knownLemmas(this.tokens[index]!.norm, this.language, this.vocabulary);
      this.lemmas[index] = lemmas;
    }
    return lemmas;
  }

  constructor(
    readonly text: string,
    private readonly language: 'fr' | 'en',
    private readonly vocabulary: Vocabulary,
  ) {
    this.tokens = language === 'fr' ? tokenizeFrench(text) : tokenizeEnglish(text);
    // Sized once: filled one token at a time, an empty array would be copied as it grows.
    this.lemmas = new Array(this.tokens.length);
  }
}

function side(text: string, language: 'fr' | 'en', lexicon: CompiledLexicon): Side {
  return new TextSide(text, language, vocabularyOf(lexicon)[language]);
}

let last: {
  lexicon: CompiledLexicon;
  target: string;
  english: string | null;
  mode: ReviewMode;
  hits: LexiconHit[];
} | null = null;

/**
 * Lexicon entries that fire on `target`, given the English beside it (source or retranslation, per `mode`).
 * Applies each entry's rules: `requires: english`, the English pattern in source mode, wrongWhen and rightWhen
 * context. The four lexicon checks share the last result, so a segment is matched once.
 */
export function matchLexicon(
  lexicon: CompiledLexicon,
  target: string,
  english: string | null,
  mode: ReviewMode,
): LexiconHit[] {
  if (last && last.lexicon === lexicon && last.target === target && last.english === english && last.mode === mode) {
    return last.hits;
  }
  const hits = computeHits(lexicon, target, english, mode);
  last = { lexicon, target, english, mode, hits };
  return hits;
}

// Helpers are module functions rather than closures made per segment: under tsx (esbuild keepNames) each named
// closure costs an Object.defineProperty every time it is created.
function computeHits(lexicon: CompiledLexicon, target: string, english: string | null, mode: ReviewMode): LexiconHit[] {
  const french = side(target, 'fr', lexicon);
  const matches = lexicon.french.match(french.tokens, (index) => french.lemmasOf(index));
  if (matches.length === 0) return [];
  const hasEnglish = mode !== 'target-only' && english !== null && english.trim() !== '';
  // The English side is tokenized and matched only once an entry needs it.
  let englishSide: EnglishSide | null = null;
  const hits: LexiconHit[] = [];
  for (const match of matches) {
    const entry = match.payload;
    let englishSpan: Span | undefined;
    if (hasEnglish) englishSide ??= englishSideOf(english ?? '', lexicon);
    if (hasEnglish && entry.entry.english) englishSpan = englishSide!.spans.get(entry);
    if (entry.entry.requires === 'english' && !englishSpan) continue;
    // With a real source, an entry about a given English word stays silent when the source says something else;
    // a retranslation comes from the French itself, so there it proves nothing either way.
    if (mode === 'source' && hasEnglish && entry.entry.english && !englishSpan) continue;
    const englishContext = hasEnglish ? englishSide!.side : null;
    // Context counts near the match: a word twelve tokens away is usually in another clause. On the English side
    // the window centres on the English match when there is one; otherwise the whole English counts.
    const from = Math.max(0, match.firstToken - CONTEXT_WINDOW);
    const to = Math.min(french.tokens.length - 1, match.lastToken + CONTEXT_WINDOW);
    if (entry.wrongWhen && !occurs(entry.wrongWhen, french, from, to, englishContext, englishSpan)) continue;
    if (occurs(entry.rightWhen, french, from, to, englishContext, englishSpan)) continue;
    const tokens = french.tokens.slice(match.firstToken, match.lastToken + 1);
    const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
    hits.push(englishSpan ? { entry, tokens, span, english: englishSpan } : { entry, tokens, span });
  }
  return hits;
}

/** The English of a segment: its tokens and where each entry's English pattern first matched. */
interface EnglishSide {
  readonly side: Side;
  readonly spans: ReadonlyMap<CompiledEntry, Span>;
}

function englishSideOf(english: string, lexicon: CompiledLexicon): EnglishSide {
  const englishSide = side(english, 'en', lexicon);
  const spans = new Map<CompiledEntry, Span>();
  for (const match of lexicon.english.match(englishSide.tokens, (index) => englishSide.lemmasOf(index))) {
    if (spans.has(match.payload)) continue;
    spans.set(match.payload, {
      start: englishSide.tokens[match.firstToken]!.start,
      end: englishSide.tokens[match.lastToken]!.end,
    });
  }
  return { side: englishSide, spans };
}

// True when a context word occurs near the match: in the French tokens `from`…`to`, or in the English around its
// match (the whole English when the entry has no English match).
function occurs(
  words: { readonly fr: readonly string[]; readonly en: readonly string[] },
  french: Side,
  from: number,
  to: number,
  english: Side | null,
  englishSpan: Span | undefined,
): boolean {
  if (contextOccurs(words.fr, french, from, to)) return true;
  if (english === null) return false;
  if (!englishSpan) return contextOccurs(words.en, english, 0, english.tokens.length - 1);
  const first = english.tokens.findIndex((token) => token.start === englishSpan.start);
  const last = english.tokens.findIndex((token) => token.end === englishSpan.end);
  return contextOccurs(
    words.en,
    english,
    Math.max(0, first - CONTEXT_WINDOW),
    Math.min(english.tokens.length - 1, last + CONTEXT_WINDOW),
  );
}
