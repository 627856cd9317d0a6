import { ALL_MODES, type Check, englishOf } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { ENGLISH_ONLY_FUNCTION_WORDS, ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from '../text/english-words.ts';
import { foldSentence } from '../text/normalize.ts';
import { type Token, tokenizeEnglish, tokenizeFrench } from '../text/tokenize.ts';

// Stretches where English is expected: URLs, paths, code, options, placeholders and quoted literals.
// Each alternative starts at a word boundary so the scan stays linear in the text.
const PROTECTED = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<!\S)\S*?[@/\\_=<>{}[\]`$%#]\S*|--?[\w-]+|"[^"]*"|'[^']*'|“[^”]*”/gu;
const TWO_WORDS = /\p{L}{2,}.*\s.*\p{L}{2,}/su;
const STARTS_UPPER = /^\p{Lu}/u;
const UPPER = /\p{Lu}/u;
const ONE_SPACE = /^ $/;
const ASCII_LOWER_WORD = /^[a-z]+$/;

/**
 * Flags French that is still English: no French at all where there is English, the whole segment equal to the
 * English, or English words left in it.
 */
export const untranslatedCheck: Check = {
  id: 'untranslated',
  category: 'accuracy/untranslated',
  defaultSeverity: 'major',
  needs: ALL_MODES,
  messageKeys: ['untranslated.empty', 'untranslated.segment', 'untranslated.words'],
  run(segment, context) {
    const text = segment.target;
    const english = englishOf(segment, context.mode);
    const drafts: FlagDraft[] = [];
    // A sentence the MT left out (an English sentence aligned with nothing) or a unit the file left without French:
    // the flag sits at the start of the empty text, where the translator types.
    if (text.trim() === '') {
      if (english === null || english.trim() === '') return [];
      drafts.push({ start: 0, end: 0, rule: 'empty', key: english, messageKey: 'untranslated.empty' });
      return flagsFor(untranslatedCheck, text, drafts);
    }
    // Lengths first: folding both texts only pays when they could be equal.
    const sameLength = english !== null && Math.abs(english.trim().length - text.trim().length) <= 3;
    const folded = sameLength ? foldSentence(text) : '';
    if (english && sameLength && folded === foldSentence(english) && TWO_WORDS.test(folded)) {
      drafts.push({
        start: 0,
        end: text.trimEnd().length,
        rule: 'segment',
        key: 'segment',
        messageKey: 'untranslated.segment',
      });
      return flagsFor(untranslatedCheck, text, drafts);
    }
    // Most French has no English function word at all: one scan settles it before any tokenizing.
    if (!tokenizeFrench(text).some((token) => ENGLISH_ONLY_FUNCTION_WORDS.has(token.norm))) {
      return flagsFor(untranslatedCheck, text, drafts);
    }
    const masked = text.replace(PROTECTED, (match) => ' '.repeat(match.length));
    const tokens = tokenizeEnglish(masked);
    for (const run of englishRuns(tokens, masked)) {
      const first = run[0]!;
      const last = run.at(-1)!;
      drafts.push({
        start: first.start,
        end: last.end,
        rule: 'words',
        messageKey: 'untranslated.words',
        params: { words: text.slice(first.start, last.end) },
        severity: run.length >= 3 ? 'major' : 'minor',
      });
    }
    return flagsFor(untranslatedCheck, text, drafts);
  },
};

// Runs of English-looking tokens that hold at least one English-only function word next to another
// English-looking word: "the Microsoft hack", "and its allies". A lone "is" in a French sentence is left alone.
function englishRuns(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    // "The Times", "Bank of America": a function word inside a capitalised name is part of the name.
    const inName =
      STARTS_UPPER.test(token.text) ||
      (previous && next && STARTS_UPPER.test(previous.text) && STARTS_UPPER.test(next.text));
    if (!ENGLISH_ONLY_FUNCTION_WORDS.has(token.norm) || UPPER.test(token.text.slice(1)) || inName) {
      index++;
      continue;
    }
    let from = index;
    let to = index;
    // Extend over neighbours that are English-only words or plain ASCII words joined by single spaces.
    while (from > 0 && joined(text, tokens[from - 1]!, tokens[from]!) && englishLooking(tokens[from - 1]!)) from--;
    while (to + 1 < tokens.length && joined(text, tokens[to]!, tokens[to + 1]!) && englishLooking(tokens[to + 1]!))
      to++;
    const run = tokens.slice(from, to + 1);
    const functionWords = run.filter((word) => ENGLISH_ONLY_FUNCTION_WORDS.has(word.norm)).length;
    if (functionWords >= 2 || run.length >= 3) runs.push(run);
    index = to + 1;
  }
  return runs;
}

function joined(text: string, left: Token, right: Token): boolean {
  return ONE_SPACE.test(text.slice(left.end, right.start));
}

// Lower-case ASCII words that are not French function words; French words can still look English, which is
// why a run also needs an English-only function word to count.
function englishLooking(token: Token): boolean {
  return (
    ASCII_LOWER_WORD.test(token.text) &&
    token.text.length > 1 &&
    (!FRENCH_STOPWORDS.has(token.norm) || ENGLISH_STOPWORDS.has(token.norm))
  );
}
