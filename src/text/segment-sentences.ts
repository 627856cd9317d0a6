import abbreviations from './data/abbreviations.json' with { type: 'json' };
import { findListItemStarts, isListNumberOnly } from './find-list-items.ts';
import { findParagraphs } from './find-paragraphs.ts';
import { icuSentenceBoundaries } from './icu-sentence-boundaries.ts';

/** Languages the segmenter knows the conventions of. */
export type TextLang = 'fr' | 'en';

/** One sentence: `text === input.slice(start, end)`, without surrounding whitespace. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface AbbreviationSets {
  readonly always: ReadonlySet<string>;
  readonly unlessCapital: ReadonlySet<string>;
  readonly beforeNames: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
}

const ABBREVIATIONS: Record<TextLang, AbbreviationSets> = {
  fr: abbreviationSets(abbreviations.fr),
  en: abbreviationSets(abbreviations.en),
};

function abbreviationSets(lists: Record<'always' | 'unlessCapital' | 'beforeNames' | 'sentenceStarters', string[]>) {
  return {
    always: new Set(lists.always),
    unlessCapital: new Set(lists.unlessCapital),
    beforeNames: new Set(lists.beforeNames),
    sentenceStarters: new Set(lists.sentenceStarters),
  };
}

// Closing marks ICU leaves at the start of the next sentence when a space precedes them (`. »`).
const LEADING_CLOSERS = /^(?:\s*[»”)\]])+/u;
const TERMINAL_END = /[.!?…][»”"’)\]\s]*$/u;
const ELLIPSIS_IN_BRACKETS = /[([](?:\.{3}|…)[)\]]\s*$/u;
// ICU never ends a sentence at `…`: the candidates are placed here, and kept only before a capital.
const AFTER_ELLIPSIS = /…(?=[\s»”"’)\]]|$)\s*/gu;
const ENDS_WITH_ELLIPSIS = /…[»”"’)\]\s]*$/u;
const STARTS_LOWERCASE = /^[\s«“"'‘(]*\p{Ll}/u;
const STARTS_DIGIT = /^[\s«“"'‘(]*\p{Nd}/u;
const STARTS_CAPITAL = /^[\s«“"'‘(]*\p{Lu}/u;
// Word before a final period: letters, inner periods, hyphens, apostrophes and the degree sign of `n°`. The
// look-behind lets a match start only where a word starts: without it a long run of letters is rescanned from each
// of its characters, time growing with the square of its length.
const WORD_BEFORE_PERIOD = /(?<![\p{L}\p{M}°])([\p{L}\p{M}°][\p{L}\p{M}.°’'-]*)\.\s*$/u;
// First word after a boundary, and the apostrophe of an elided `L’` or `Qu’` if there is one.
const FIRST_WORD = /^[\s«“"'‘(]*(\p{L}+)(['’]?)/u;
// Initials before a name: `E`, `J. R. R`, `J.-M`.
const INITIAL = /^(?:\p{Lu}\.-?)*\p{Lu}$/u;
// Acronyms written with periods, `S.N.C.F` or `U.S.S.R`: they can close a sentence.
const DOTTED_ACRONYM = /^\p{Lu}(?:\.\p{Lu})+$/u;
// URLs and e-mail addresses: their inner `.`, `?` and `!` never end a sentence. An address is tried only where a
// run of the characters it may begin with starts (same reason as above: a long word without "@" was rescanned from
// each of its characters).
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>«»"]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * Splits `text` into sentences with the conventions of `lang`: Intl.Segmenter plus rules for French and English
 * press text (closing « » and quotes, abbreviations, initials, acronyms, ellipses, URLs, list items). Blank lines
 * always end a sentence; a single line break does not, unless the next line is a list item. Offsets are exact into
 * `text`; nothing is normalised.
 */
export function segmentSentences(text: string, lang: TextLang): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of findParagraphs(text)) {
    // One by one: spread as arguments, a paragraph of some 100,000 sentences overflowed the call stack.
    for (const sentence of segmentRange(text, paragraph.start, paragraph.end, lang)) sentences.push(sentence);
  }
  return sentences;
}

/** Sentences of `text.slice(start, end)` (one paragraph), with offsets into the whole `text`. */
export function segmentRange(text: string, start: number, end: number, lang: TextLang): Sentence[] {
  const slice = text.slice(start, end);
  // Same length as the slice, so ICU's offsets are ours: line breaks inside a paragraph become spaces.
  const masked = slice.replace(/[\r\n]/g, ' ');
  const protectedSpans = findProtectedSpans(masked);
  const listItems = new Set(findListItemStarts(slice));
  const candidates = new Set<number>(listItems);
  for (const boundary of icuSentenceBoundaries(masked, lang)) candidates.add(boundary);
  for (const match of masked.matchAll(AFTER_ELLIPSIS)) candidates.add(match.index + match[0].length);
  candidates.delete(0);
  candidates.add(masked.length);
  const boundaries = [...candidates].sort((a, b) => a - b);

  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < boundaries.length; i++) {
    let boundary = boundaries[i]!;
    if (boundary < masked.length && !listItems.has(boundary)) {
      const nextBoundary = boundaries[i + 1] ?? masked.length;
      boundary = keepClosersWithSentence(masked, sentenceStart, boundary, nextBoundary);
      if (boundary >= nextBoundary || isListNumberOnly(slice, sentenceStart, boundary)) continue;
      if (!isSentenceEnd(masked, sentenceStart, boundary, lang, protectedSpans)) continue;
    }
    pushTrimmed(sentences, text, start + sentenceStart, start + boundary);
    sentenceStart = boundary;
  }
  return sentences;
}

/** A boundary before `»` (after `. `) moves past the closing marks so they stay with the sentence they close. */
function keepClosersWithSentence(text: string, from: number, boundary: number, nextBoundary: number): number {
  const before = text.slice(from, boundary);
  if (!TERMINAL_END.test(before)) return boundary;
  const closers = LEADING_CLOSERS.exec(text.slice(boundary, nextBoundary));
  if (!closers) return boundary;
  let moved = boundary + closers[0].length;
  // Whitespace after the closers belongs between sentences; if nothing else follows, the fragment merges whole.
  while (moved < nextBoundary && /\s/u.test(text[moved]!)) moved++;
  return moved;
}

function isSentenceEnd(
  text: string,
  from: number,
  boundary: number,
  lang: TextLang,
  protectedSpans: readonly [number, number][],
): boolean {
  const before = text.slice(from, boundary);
  const after = text.slice(boundary, Math.min(text.length, boundary + 40));
  // A quoted sentence followed by `dit-il` or a lowercase continuation is one sentence.
  if (STARTS_LOWERCASE.test(after)) return false;
  if (ELLIPSIS_IN_BRACKETS.test(before)) return false;
  if (ENDS_WITH_ELLIPSIS.test(before) && !STARTS_CAPITAL.test(after)) return false;
  const probe = boundary - (before.length - before.trimEnd().length) - 1;
  for (const [spanStart, spanEnd] of protectedSpans) {
    if (probe >= spanStart && probe < spanEnd - 1) return false;
  }
  const word = WORD_BEFORE_PERIOD.exec(before)?.[1];
  if (word === undefined) return true;
  const bare = word.replace(/^.*['’]/u, '');
  const sets = ABBREVIATIONS[lang];
  if (sets.always.has(bare)) return false;
  if (sets.unlessCapital.has(bare)) return !STARTS_DIGIT.test(after) && STARTS_CAPITAL.test(after);
  // `U.S. officials said` goes on; `in the U.S. The talks` ends: only a typical first word starts a sentence.
  if (sets.beforeNames.has(bare)) return startsWithSentenceStarter(after, sets.sentenceStarters);
  if (DOTTED_ACRONYM.test(bare) && STARTS_CAPITAL.test(after)) {
    return startsWithSentenceStarter(after, sets.sentenceStarters);
  }
  // Initials before a name (`E. Macron`, `J. R. R. Tolkien`, `J.-M. Le Pen`).
  if (INITIAL.test(bare) && STARTS_CAPITAL.test(after)) return false;
  return true;
}

/** True when `after` opens with a word that typically starts a sentence (`The`, `Ensuite`, `L’`). */
function startsWithSentenceStarter(after: string, starters: ReadonlySet<string>): boolean {
  const first = FIRST_WORD.exec(after);
  if (!first) return false;
  return starters.has(first[1]!) || (first[2] !== '' && starters.has(`${first[1]}’`));
}

function findProtectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(URL_OR_EMAIL)) {
    // A period right after an address ends the sentence, so it is not part of the span.
    const length = match[0].replace(/[.!?,;:)]+$/u, '').length;
    spans.push([match.index, match.index + length]);
  }
  return spans;
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to) });
}
