import { type Check, ENGLISH_MODES, englishOf } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { allMatches, matchesWhere } from '../text/all-matches.ts';
import { boundedMemo } from '../text/bounded-memo.ts';
import { ACRONYMS, ENGLISH_STOPWORDS, EXONYMS, NAME_TITLES } from '../text/english-words.ts';
import { nearSpelling } from '../text/near-spelling.ts';
import { foldWord, stripAccents } from '../text/normalize.ts';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+[^\s<>"«».,;:!?)]/giu;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu;
const ACRONYM = /\b[A-Z][A-Z0-9&]{1,}s?\b/gu;
// Sticky: tried only where a capital stands (see matchesWhere), since every name starts with one.
const NAME = /(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}+(?:[-' ]\p{Lu}\p{Ll}+)*/uy;
const UPPER = /^\p{Lu}$/u;
// Names, acronyms and their French forms come back segment after segment: each is stripped of accents once.
const strippedWord = boundedMemo(stripAccents, 10_000);
const FINAL_S = /s$/;
const STARTS_WITH_DIGIT = /^\d/;
const LONG_CAPITALS = /^[A-Z]{4,}$/;
const CAPITALS_HEADLINE = /\b[A-Z]{4,}\s+[A-Z]{4,}\b/;
const AFTER_FIRST_WORD = /^\S+[ -](.+)$/u;
const NAME_SEPARATOR = /[-' ]/;
const CAPITALS_OR_DIGITS = /^[A-Z0-9]+$/;
const ENDS_SENTENCE = /[.!?:;"“‘'(«—–-]$/;
// Inline-code placeholders (⟨1⟩, ⟨/1⟩, ⟨2/⟩) stand for markup, not words: one before a word leaves it sentence-initial.
const TRAILING_PLACEHOLDERS = /(?:⟨\/?[^⟨⟩\s]*\/?⟩\s*)+$/u;
// The word before a period: a title (Mr.) or an initial (J.) does not end the sentence.
const WORD_BEFORE_PERIOD = /(?:^|[^\p{L}])(\p{L}+)\.$/u;
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.?\s+$/u;

// Every name starts with a capital.
function isCapitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Flags URLs, e-mail addresses, acronyms and proper names of the English that the French lost. */
export const namesAcronymsUrlsCheck: Check = {
  id: 'names-acronyms-urls',
  category: 'accuracy/omission',
  defaultSeverity: 'minor',
  needs: ENGLISH_MODES,
  messageKeys: [
    'names-acronyms-urls.url',
    'names-acronyms-urls.acronym',
    'names-acronyms-urls.name',
    'names-acronyms-urls.near-name',
  ],
  run(segment, context) {
    const english = englishOf(segment, context.mode);
    if (!english) return [];
    const text = segment.target;
    // Folding the French (NFD) is the costly part; only do it when the English has something to look for.
    let folded: string | null = null;
    const wholeSpan = { start: 0, end: text.trimEnd().length };
    const drafts: FlagDraft[] = [];
    const urls = english.includes('://') || english.includes('www.') ? allMatches(english, URL) : [];
    const emails = english.includes('@') ? allMatches(english, EMAIL) : [];
    const links = urls.length + emails.length === 0 ? urls : [...urls, ...emails];
    for (const match of links) {
      if (text.includes(match[0])) continue;
      drafts.push({
        ...wholeSpan,
        rule: 'url',
        key: match[0],
        messageKey: 'names-acronyms-urls.url',
        severity: 'major',
        english: { start: match.index, end: match.index + match[0].length },
        params: { english: match[0] },
      });
    }
    let withoutUrls = english;
    for (const match of links) {
      const blank = ' '.repeat(match[0].length);
      withoutUrls = withoutUrls.slice(0, match.index) + blank + withoutUrls.slice(match.index + match[0].length);
    }
    for (const match of allMatches(withoutUrls, ACRONYM)) {
      const acronym = match[0].replace(FINAL_S, '');
      if (acronym.length < 2 || STARTS_WITH_DIGIT.test(acronym)) continue;
      // Headlines in capitals are not acronyms.
      if (LONG_CAPITALS.test(acronym) && CAPITALS_HEADLINE.test(english)) continue;
      const accepted = [acronym, ...(ACRONYMS[acronym] ?? [])];
      if (text.includes(acronym)) continue;
      folded ??= stripAccents(text);
      const french = folded;
      if (accepted.some((form) => french.includes(strippedWord(form)))) continue;
      drafts.push({
        ...wholeSpan,
        rule: 'acronym',
        key: acronym,
        messageKey: 'names-acronyms-urls.acronym',
        english: { start: match.index, end: match.index + match[0].length },
        params: { english: acronym },
      });
    }
    for (const match of matchesWhere(withoutUrls, NAME, isCapitalAt)) {
      let name = match[0];
      let start = match.index;
      // A sentence-initial capital proves nothing: keep only the words after it ("President Joe Biden").
      if (isSentenceStart(withoutUrls, start)) {
        const rest = AFTER_FIRST_WORD.exec(name);
        if (!rest) continue;
        start += name.length - rest[1]!.length;
        name = rest[1]!;
      }
      const words = name.split(NAME_SEPARATOR);
      if (words.every((word) => isNotName(word))) continue;
      if (text.includes(name)) continue;
      folded ??= stripAccents(text);
      const near = nearMiss(words, withoutUrls.slice(0, start), text, english, folded);
      if (near) {
        drafts.push({
          start: near.french.start,
          end: near.french.end,
          rule: 'near-name',
          key: near.english,
          messageKey: 'names-acronyms-urls.near-name',
          category: 'accuracy/mistranslation',
          severity: near.sure ? 'major' : 'minor',
          english: {
            start: start + name.indexOf(near.english),
            end: start + name.indexOf(near.english) + near.english.length,
          },
          params: { english: near.english, french: near.french.text },
          suggestions: [{ start: near.french.start, end: near.french.end, text: near.english }],
        });
        continue;
      }
      if (nameCarried(name, folded)) continue;
      drafts.push({
        ...wholeSpan,
        rule: 'name',
        key: name,
        messageKey: 'names-acronyms-urls.name',
        english: { start, end: start + name.length },
        params: { english: name },
      });
    }
    return flagsFor(namesAcronymsUrlsCheck, text, drafts);
  },
};

function isSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(TRAILING_PLACEHOLDERS, '').trimEnd();
  if (before === '') return true;
  if (!ENDS_SENTENCE.test(before)) return false;
  const abbreviated = WORD_BEFORE_PERIOD.exec(before)?.[1];
  return abbreviated === undefined || !(NAME_TITLES.has(abbreviated.toLowerCase()) || UPPER.test(abbreviated));
}

// Titles (Mr, Dr), function words and codes in capitals are not names.
function isNotName(word: string): boolean {
  const lower = word.toLowerCase();
  return ENGLISH_STOPWORDS.has(lower) || NAME_TITLES.has(lower) || CAPITALS_OR_DIGITS.test(word);
}

/**
 * A word of the name that the French spells nearly the same (Smith → Smyth), when the word itself is not carried.
 * `sure` when the person is otherwise recognisable (a title before the name, or another word of the name kept):
 * then it is a misspelling; alone it may be the French form of the name (Elizabeth → Élisabeth).
 */
function nearMiss(
  words: readonly string[],
  englishBefore: string,
  french: string,
  english: string,
  foldedFrench: string,
): {
  readonly english: string;
  readonly french: { start: number; end: number; text: string };
  readonly sure: boolean;
} | null {
  for (const word of words) {
    if (isNotName(word) || wordCarried(word, foldedFrench)) continue;
    const found = nearSpelling(word, french, english);
    if (!found) continue;
    const title = TITLE_BEFORE.exec(englishBefore)?.[1]?.toLowerCase();
    const sure =
      (title !== undefined && NAME_TITLES.has(title)) ||
      words.some((other) => other !== word && !isNotName(other) && foldedFrench.includes(strippedWord(other)));
    return { english: word, french: found, sure };
  }
  return null;
}

// A name is carried when one of its words appears in the French, as written, as a known French form, or as a
// cognate sharing its first letters (China/Chine, Australia/Australie); names are often partly translated
// ("Secretary of State Antony Blinken" → "secrétaire d’État Antony Blinken").
function nameCarried(name: string, foldedFrench: string): boolean {
  if (EXONYMS[foldWord(name)]?.some((form) => formPresent(form, foldedFrench))) return true;
  const words = name.split(NAME_SEPARATOR).filter((word) => word.length >= 2 && !isNotName(word));
  return words.length === 0 || words.some((word) => wordCarried(word, foldedFrench));
}

function wordCarried(word: string, foldedFrench: string): boolean {
  const folded = strippedWord(word);
  if (foldedFrench.includes(folded)) return true;
  if (EXONYMS[folded]?.some((form) => formPresent(form, foldedFrench))) return true;
  return folded.length >= 5 && foldedFrench.includes(folded.slice(0, 4));
}

// True when a French form of a name is in the folded French, whole or, for a long form, by its first six letters.
function formPresent(form: string, foldedFrench: string): boolean {
  const folded = strippedWord(form);
  return foldedFrench.includes(folded) || (folded.length >= 7 && foldedFrench.includes(folded.slice(0, 6)));
}
