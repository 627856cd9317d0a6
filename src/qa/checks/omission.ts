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

/** Shortest English, in content words, on which an omission is judged. */
const MIN_CONTENT_WORDS = 5;

/**
 * Flags French that leaves out part of the English: a short French with English names, numbers and cognates
 * missing from it; in retranslation mode with a source, source content words the retranslation lost.
 */
export const omissionCheck: Check = {
  id: 'omission',
  category: 'accuracy/omission',
  defaultSeverity: 'major',
  needs: ENGLISH_MODES,
  messageKeys: ['omission.words'],
  run(segment, context) {
    const text = segment.target;
    const whole = { start: 0, end: text.trimEnd().length };
    if (context.mode === 'retranslation' && segment.source && segment.retranslation) {
      const lost = englishWordsLost(segment.source, segment.retranslation, MIN_CONTENT_WORDS);
      if (lost.length === 0) return [];
      return flagsFor(omissionCheck, text, [
        {
          ...whole,
          rule: 'words',
          key: 'retranslation',
          messageKey: 'omission.words',
          params: { words: wordList(lost) },
        },
      ]);
    }
    const english = englishOf(segment, context.mode);
    if (!english) return [];
    // Both signals: French much shorter than usual (it runs 10–20 % longer) and concrete words gone.
    // The length ratio is free, so it goes first.
    const ratio = text.trim().length / Math.max(1, english.trim().length);
    if (ratio >= 0.7) return [];
    const englishWords = englishContentWords(english);
    if (englishWords.length < MIN_CONTENT_WORDS) return [];
    const missing = missingEvidence(englishWords, cognateKeys(frenchContentWords(text)));
    if (missing.length < 2) return [];
    return flagsFor(omissionCheck, text, [
      {
        ...whole,
        rule: 'words',
        key: 'source',
        messageKey: 'omission.words',
        params: { words: wordList(missing) },
        english: { start: missing[0]!.start, end: missing.at(-1)!.end },
      },
    ]);
  },
};
