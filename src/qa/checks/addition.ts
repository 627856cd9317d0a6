import { type Check, ENGLISH_MODES, englishOf } from '../check.ts';
import {
  cognateKeys,
  englishContentWords,
  englishWordsLost,
  frenchContentWords,
  missingEvidence,
  wordList,
} from '../compare/content-words.ts';
import { flagsFor } from '../flag-builder.ts';

/** Shortest French, in content words, on which an addition is judged. */
const MIN_CONTENT_WORDS = 5;

/**
 * Flags French that says more than the English: a long French with names, numbers and cognates the English
 * lacks; in retranslation mode with a source, retranslation content words the source never had.
 */
export const additionCheck: Check = {
  id: 'addition',
  category: 'accuracy/addition',
  defaultSeverity: 'major',
  needs: ENGLISH_MODES,
  messageKeys: ['addition.words'],
  run(segment, context) {
    const text = segment.target;
    const whole = { start: 0, end: text.trimEnd().length };
    if (context.mode === 'retranslation' && segment.source && segment.retranslation) {
      const added = englishWordsLost(segment.retranslation, segment.source, MIN_CONTENT_WORDS);
      if (added.length === 0) return [];
      return flagsFor(additionCheck, text, [
        {
          ...whole,
          rule: 'words',
          key: 'retranslation',
          messageKey: 'addition.words',
          params: { words: wordList(added) },
        },
      ]);
    }
    const english = englishOf(segment, context.mode);
    if (!english) return [];
    const ratio = text.trim().length / Math.max(1, english.trim().length);
    if (ratio <= 1.8) return [];
    const frenchWords = frenchContentWords(text);
    if (frenchWords.length < MIN_CONTENT_WORDS) return [];
    // French words that would show in the English if they were translated from it: names, numbers, cognates.
    const extra = missingEvidence(frenchWords, cognateKeys(englishContentWords(english)));
    if (extra.length < 2) return [];
    return flagsFor(additionCheck, text, [
      {
        start: extra[0]!.start,
        end: extra.at(-1)!.end,
        rule: 'words',
        key: 'source',
        messageKey: 'addition.words',
        params: { words: wordList(extra) },
      },
    ]);
  },
};
