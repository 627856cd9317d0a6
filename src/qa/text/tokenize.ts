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
const WORD = /[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*(?:['’][\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*)*['’]?/gu;
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
  for (const match of text.matchAll(WORD)) {
    let start = match.index;
    const word = match[0];
    if (!word.includes("'") && !word.includes('’')) {
      pushToken(tokens, text, start, word.length, false);
      continue;
    }
    // Split every elided head: "qu’aujourd’hui" → "qu’" + "aujourd’hui".
    const parts = word.split(/(?<=['’])/);
    for (const part of parts) {
      const bare = part.replace(/['’]$/, '');
      const isElision = /['’]$/.test(part) && ELIDED.has(foldWord(bare));
      if (isElision || parts.length === 1) {
        pushToken(tokens, text, start, part.length, isElision);
        start += part.length;
      } else {
        // A non-elided apostrophe inside a word (aujourd’hui): keep the rest of the word whole.
        const rest = word.slice(start - match.index);
        pushToken(tokens, text, start, rest.length, false);
        break;
      }
    }
  }
  return tokens;
}

function pushToken(tokens: Token[], text: string, start: number, length: number, elision: boolean): void {
  let end = start + length;
  // A trailing apostrophe that is not an elision is a closing quote, not part of the word.
  if (!elision && /['’]$/.test(text.slice(start, end))) end -= 1;
  if (end <= start) return;
  const raw = text.slice(start, end);
  tokens.push({ text: raw, norm: foldWord(raw), start, end });
}

const EN_WORD = /[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu;

/** Splits English text into word tokens with offsets; possessive and contracted endings are separate words. */
export function tokenizeEnglish(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(EN_WORD)) {
    tokens.push({ text: match[0], norm: foldWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
