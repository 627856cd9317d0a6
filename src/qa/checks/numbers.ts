import { ALL_MODES, type Check, englishOf } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { allMatches } from '../text/all-matches.ts';
import { twentyFourHour } from '../text/clock-times.ts';
import { englishNumberWords, frenchNumberWords } from '../text/number-words.ts';
import { englishNumbers, type FoundNumber, formatFrench, frenchNumbers } from '../text/numbers.ts';
import { englishMeasure, frenchMeasure, isConversion } from '../text/unit-conversions.ts';

const HAS_DIGIT = /\d/;
// English-style digit groups in French: 30,000 (reads as thirty in French) and 1.5 (a decimal point).
const ENGLISH_GROUPING = /(?<![\d.,\p{L}])\d{1,3}(?:,\d{3})+(?![\d,])/gu;
const DECIMAL_POINT = /(?<![\d.,\p{L}/:-])\d+\.\d{1,2}(?![\d.]|\.\d|\p{L})/gu;
const LEADING_NUMBER = /^[\d.,]+/;
const LETTER = /\p{L}/u;

/** An English number; a 12-hour time also matches its value as written (5 p.m. is 17, or 5 "de l’après-midi"). */
interface SourceNumber extends FoundNumber {
  readonly alternative?: number;
}

/** Flags numbers lost, added or changed between English and French, and numbers written the English way. */
export const numbersCheck: Check = {
  id: 'numbers',
  category: 'locale/number',
  defaultSeverity: 'major',
  needs: ALL_MODES,
  messageKeys: [
    'numbers.missing',
    'numbers.changed',
    'numbers.extra',
    'numbers.english-grouping',
    'numbers.decimal-point',
  ],
  run(segment, context) {
    const text = segment.target;
    const english = englishOf(segment, context.mode);
    if (!HAS_DIGIT.test(text) && (english === null || !HAS_DIGIT.test(english))) return [];
    const space = context.typography === 'narrow-nbsp' ? '\u202f' : '\u00a0';
    const drafts: FlagDraft[] = [];
    const styled = new Set<number>();
    for (const match of text.includes(',') ? allMatches(text, ENGLISH_GROUPING) : []) {
      const end = match.index + match[0].length;
      styled.add(match.index);
      const value = Number(match[0].replaceAll(',', ''));
      drafts.push({
        start: match.index,
        end,
        rule: 'english-grouping',
        messageKey: 'numbers.english-grouping',
        params: { number: match[0], fixed: formatFrench(value, space, true) },
        suggestions: [{ start: match.index, end, text: formatFrench(value, space, true) }],
      });
    }
    for (const match of text.includes('.') ? allMatches(text, DECIMAL_POINT) : []) {
      const end = match.index + match[0].length;
      styled.add(match.index);
      const fixed = match[0].replace('.', ',');
      drafts.push({
        start: match.index,
        end,
        rule: 'decimal-point',
        messageKey: 'numbers.decimal-point',
        severity: 'minor',
        params: { number: match[0], fixed },
        suggestions: [{ start: match.index, end, text: fixed }],
      });
    }
    if (english) drafts.push(...compare(english, text, styled, space));
    return flagsFor(numbersCheck, text, drafts);
  },
};

// Matches numbers by value; what is left on each side is missing, added or (one for one) changed. Numbers in words
// only confirm the other side's digits; a 12-hour time may match its 24-hour value, and a measure its metric
// conversion.
function compare(english: string, text: string, styled: ReadonlySet<number>, space: string): FlagDraft[] {
  const source: SourceNumber[] = englishNumbers(english).map((number) => {
    const hour = twentyFourHour(english, number.start, number.end, number.value);
    // The 24-hour value first: it is the French norm, and the fix a wrong hour gets.
    return hour === null || hour === number.value ? number : { ...number, value: hour, alternative: number.value };
  });
  // A French number already flagged for its English form is read the English way, so it still matches.
  const target = frenchNumbers(text).filter((number) => !styled.has(number.start));
  for (const start of styled) {
    const raw = LEADING_NUMBER.exec(text.slice(start))?.[0] ?? '';
    target.push({ start, end: start + raw.length, raw, value: Number(raw.replaceAll(',', '')) });
  }
  const unmatchedTarget = [...target];
  const pair = (value: number, candidates: FoundNumber[]): boolean => {
    const found = candidates.findIndex((candidate) => candidate.value === value);
    if (found !== -1) candidates.splice(found, 1);
    return found !== -1;
  };
  let unmatchedSource = source.filter((number) => !pair(number.value, unmatchedTarget));
  unmatchedSource = unmatchedSource.filter(
    (number) => number.alternative === undefined || !pair(number.alternative, unmatchedTarget),
  );
  if (unmatchedSource.length > 0) {
    const frenchWords = frenchNumberWords(text);
    unmatchedSource = unmatchedSource.filter((number) => !pair(number.value, frenchWords));
  }
  if (unmatchedTarget.length > 0) {
    const englishWords = englishNumberWords(english);
    for (const number of [...unmatchedTarget]) {
      if (pair(number.value, englishWords)) unmatchedTarget.splice(unmatchedTarget.indexOf(number), 1);
    }
  }
  // Measures converted to metric: the English and French numbers differ on purpose.
  const converted = new Set<FoundNumber>();
  unmatchedSource = unmatchedSource.filter((number) => {
    const measure = englishMeasure(english, number.end, number.value);
    if (!measure) return true;
    converted.add(number);
    const found = unmatchedTarget.findIndex((candidate) => {
      const french = frenchMeasure(text, candidate.end, candidate.value);
      return french !== null && isConversion(measure, french);
    });
    if (found !== -1) unmatchedTarget.splice(found, 1);
    return found === -1;
  });
  const drafts: FlagDraft[] = [];
  if (unmatchedSource.length === 1 && unmatchedTarget.length === 1) {
    const [from] = unmatchedSource as [SourceNumber];
    const [to] = unmatchedTarget as [FoundNumber];
    const fixed = formatFrench(from.value, space, from.raw.includes(','));
    drafts.push({
      start: to.start,
      end: to.end,
      rule: 'changed',
      key: `${from.raw}>${to.raw}`,
      messageKey: 'numbers.changed',
      category: 'accuracy/mistranslation',
      english: { start: from.start, end: from.end },
      params: { english: from.raw, french: to.raw },
      // A measure in another unit needs converting, not the English value put back.
      suggestions: LETTER.test(from.raw) || converted.has(from) ? [] : [{ start: to.start, end: to.end, text: fixed }],
    });
    return drafts;
  }
  const trimmedEnd = text.trimEnd().length;
  for (const number of unmatchedSource) {
    drafts.push({
      start: 0,
      end: trimmedEnd,
      rule: 'missing',
      key: number.raw,
      messageKey: 'numbers.missing',
      category: 'accuracy/omission',
      english: { start: number.start, end: number.end },
      params: { english: number.raw },
    });
  }
  for (const number of unmatchedTarget) {
    drafts.push({
      start: number.start,
      end: number.end,
      rule: 'extra',
      messageKey: 'numbers.extra',
      category: 'accuracy/addition',
      params: { french: number.raw },
    });
  }
  return drafts;
}
