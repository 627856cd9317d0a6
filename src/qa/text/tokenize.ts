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
const AFTER_APOSTROPHE = /(?<=['’])/;
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
    const word = text.slice(matchStart, matchEnd);
    if (!word.includes("'") && !word.includes('’')) {
      // No apostrophe, so none at the end to drop: the word is the token as it stands.
      tokens.push({ text: word, norm: foldWord(word), start: matchStart, end: matchEnd });
      continue;
    }
    // Split every elided head: "qu’aujourd’hui" → "qu’" + "aujourd’hui".
    let start = matchStart;
    const parts = word.split(AFTER_APOSTROPHE);
    for (const part of parts) {
      const endsWithApostrophe = isApostrophe(part.charCodeAt(part.length - 1));
      const isElision = endsWithApostrophe && ELIDED.has(foldWord(part.slice(0, -1)));
      if (isElision || parts.length === 1) {
        pushToken(tokens, text, start, part.length, isElision);
        start += part.length;
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
