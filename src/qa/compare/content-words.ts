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

/** English content words of `a` whose lemma appears nowhere in `b` (both English): what `b` dropped. */
export function englishWordsMissing(a: string, b: string): Token[] {
  const present = new Set<string>();
  for (const token of englishContentWords(b))
    for (const lemma of englishLemmaCandidates(token.norm)) present.add(lemma);
  return englishContentWords(a).filter(
    (token) => !englishLemmaCandidates(token.norm).some((lemma) => present.has(lemma)),
  );
}
