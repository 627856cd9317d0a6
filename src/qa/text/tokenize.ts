import { foldWord } from './normalize.ts';

/** A word of a text with its offsets: `text` as written, `norm` folded for matching. */
export interface Token {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

// Words are letter/digit runs joined by hyphens or inner apostrophes (aujourd’hui); a French elided article
// or pronoun keeps its apostrophe and stands alone (l’, d’, qu’), as the lexicon patterns write it.
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

let lastText: string | null = null;
let lastTokens: readonly Token[] = [];

/**
 * Splits French text into tokens with offsets; elisions (l’, d’, qu’) become their own tokens. Several checks
 * tokenize the same segment in a row, so the last result is kept.
 */
export function tokenizeFrench(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  lastTokens = splitFrench(text);
  lastText = text;
  return lastTokens;
}

function splitFrench(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isWordCharAt(text, at)) {
      at++;
      continue;
    }
    const matchStart = at;
    const matchEnd = scanWord(text, at, true);
    at = matchEnd;
    const firstApostrophe = apostropheIn(text, matchStart, matchEnd);
    if (firstApostrophe === -1) {
      // No apostrophe, so none at the end to drop: the word is the token as it stands.
      const word = text.slice(matchStart, matchEnd);
      tokens.push({ text: word, norm: foldWord(word), start: matchStart, end: matchEnd });
      continue;
    }
    // Split every elided head: "qu’aujourd’hui" → "qu’" + "aujourd’hui". The parts end after each apostrophe but a
    // final one (what splitting the word after its apostrophes gives), found by offset without cutting the word.
    const single = firstApostrophe >= matchEnd - 1;
    let start = matchStart;
    while (start < matchEnd) {
      const cut = start === matchStart ? firstApostrophe : apostropheIn(text, start, matchEnd);
      const end = cut !== -1 && cut < matchEnd - 1 ? cut + 1 : matchEnd;
      const isElision = isApostrophe(text.charCodeAt(end - 1)) && ELIDED.has(foldWord(text.slice(start, end - 1)));
      if (isElision || single) {
        pushToken(tokens, text, start, end - start, isElision);
        start = end;
      } else {
        // A non-elided apostrophe inside a word (aujourd’hui): keep the rest of the word whole.
        pushToken(tokens, text, start, matchEnd - start, false);
        break;
      }
    }
  }
  return tokens;
}

// The scanner below is the word pattern `[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*` (French: also `(?:['’]…)*['’]?`)
// written out by hand: a Unicode-property regex run over every segment was the tokenizer's main cost.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// True when the code point at `at` is a letter or a digit (astral letters included, as the regex had them).
function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
  return LETTER_OR_DIGIT.test(text[at]!);
}

function wordCharLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

// Offset of the first apostrophe in text[from, to), or -1.
function apostropheIn(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) if (isApostrophe(text.charCodeAt(at))) return at;
  return -1;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2011;
}

// End of the letter/digit run starting at `at`.
function scanRun(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordCharAt(text, end)) end += wordCharLength(text, end);
  return end;
}

// End of the run at `at` and the hyphenated runs that follow it.
function scanHyphenated(text: string, at: number): number {
  let end = scanRun(text, at);
  while (end + 1 < text.length && isHyphen(text.charCodeAt(end)) && isWordCharAt(text, end + 1)) {
    end = scanRun(text, end + 1);
  }
  return end;
}

// End of the word starting at `at`; French words may hold inner apostrophes and end on one (l’, aujourd’hui).
function scanWord(text: string, at: number, french: boolean): number {
  let end = scanHyphenated(text, at);
  if (!french) return end;
  while (end + 1 < text.length && isApostrophe(text.charCodeAt(end)) && isWordCharAt(text, end + 1)) {
    end = scanHyphenated(text, end + 1);
  }
  if (end < text.length && isApostrophe(text.charCodeAt(end))) end++;
  return end;
}

function pushToken(tokens: Token[], text: string, start: number, length: number, elision: boolean): void {
  let end = start + length;
  // A trailing apostrophe that is not an elision is a closing quote, not part of the word.
  if (!elision && end > start && isApostrophe(text.charCodeAt(end - 1))) end -= 1;
  if (end <= start) return;
  const raw = text.slice(start, end);
  tokens.push({ text: raw, norm: foldWord(raw), start, end });
}

let lastEnglish: string | null = null;
let lastEnglishTokens: readonly Token[] = [];

/** Splits English text into word tokens with offsets; possessive and contracted endings are separate words. */
export function tokenizeEnglish(text: string): readonly Token[] {
  if (text === lastEnglish) return lastEnglishTokens;
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isWordCharAt(text, at)) {
      at++;
      continue;
    }
    const end = scanWord(text, at, false);
    const word = text.slice(at, end);
    tokens.push({ text: word, norm: foldWord(word), start: at, end });
    at = end;
  }
  lastEnglish = text;
  lastEnglishTokens = tokens;
  return tokens;
}
