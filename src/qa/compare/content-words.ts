import { englishLemmaCandidates } from '../lexicon/english-lemmas.ts';
import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from '../text/english-words.ts';
import { stripAccents } from '../text/normalize.ts';
import { type Token, tokenizeEnglish, tokenizeFrench } from '../text/tokenize.ts';

/** Content words of English text: tokens that are not function words and have at least three letters. */
export function englishContentWords(text: string): Token[] {
  return tokenizeEnglish(text).filter((token) => token.norm.length >= 3 && !ENGLISH_STOPWORDS.has(token.norm));
}

/** Content words of French text, as for English. */
export function frenchContentWords(text: string): Token[] {
  return tokenizeFrench(text).filter((token) => token.norm.length >= 3 && !FRENCH_STOPWORDS.has(token.norm));
}

// Loose key for a cognate or a carried name: accents off, first five letters (organisation/organization,
// gouvernement/government share "gove"/"gouv" only at four, so the shorter key is tried too).
function keys(word: string): string[] {
  const bare = stripAccents(word).replace(/[^a-z0-9]/g, '');
  if (/^\d+$/.test(bare)) return [bare];
  return bare.length >= 5 ? [bare.slice(0, 5), bare.slice(0, 4)] : [bare];
}

/** A set of loose keys of `words`, to test English words for a cognate or a carried name in the other text. */
export function cognateKeys(words: readonly Token[]): Set<string> {
  const set = new Set<string>();
  for (const word of words) for (const key of keys(word.text)) set.add(key);
  return set;
}

/**
 * English words that would very likely show in a faithful French rendering and do not: names, numbers and long
 * Latinate words (the kind French keeps as cognates), absent from `frenchKeys`.
 */
export function missingEvidence(english: readonly Token[], frenchKeys: ReadonlySet<string>): Token[] {
  return english.filter((token) => {
    const isName = /^\p{Lu}/u.test(token.text) && token.start > 0;
    const isNumber = /^\d/.test(token.text);
    const isLatinate =
      /(tion|sion|ment|ity|ité|ence|ance|ical|ique|ive|ure|ism|isme|ist|iste|ous|eux)s?$/.test(token.norm) &&
      token.norm.length >= 6;
    if (!isName && !isNumber && !isLatinate) return false;
    const [short, shorter] = keys(token.text);
    return !frenchKeys.has(short!) && (shorter === undefined || !frenchKeys.has(shorter));
  });
}

/**
 * Content words of the English `from` that the English `to` lost, when they weigh enough to mean a whole part of the
 * sentence went missing (at least 3, and half of `from`'s content words, `from` having at least `minWords`); else
 * none. Compares a source with its retranslation, in one direction for omissions and the other for additions.
 */
export function englishWordsLost(from: string, to: string, minWords: number): Token[] {
  const fromWords = englishContentWords(from);
  if (fromWords.length < minWords) return [];
  const lost = missingFrom(fromWords, to);
  return lost.length >= 3 && lost.length / fromWords.length >= 0.5 ? lost : [];
}

/** The words as a short comma-separated list for a message. */
export function wordList(words: readonly { text: string }[]): string {
  const unique = [...new Set(words.map((word) => word.text))];
  return unique.slice(0, 6).join(', ') + (unique.length > 6 ? ', …' : '');
}

function missingFrom(words: readonly Token[], other: string): Token[] {
  const present = new Set<string>();
  for (const token of englishContentWords(other))
    for (const lemma of englishLemmaCandidates(token.norm)) present.add(lemma);
  return words.filter((token) => !englishLemmaCandidates(token.norm).some((lemma) => present.has(lemma)));
}
