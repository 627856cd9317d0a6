import { matchesWhere } from './all-matches.ts';

/** A number found in a text, with its offsets and its value (scale words such as "million" applied). */
export interface FoundNumber {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly value: number;
}

const EN_SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  trillion: 1e12,
};
const FR_SCALE: Readonly<Record<string, number>> = {
  mille: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e12,
  billions: 1e12,
};

const GROUP_SPACE = /[ \u00a0\u202f]/g;
// Sticky: tried only where a digit stands (see matchesWhere), since every number starts with one.
const EN_NUMBER =
  /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ \u00a0-]?(thousand|millions?|billions?|trillion|bn|m)\b)?/iuy;
// The minutes of "17h30" follow a letter, but the hour before it says what they are.
const FR_NUMBER =
  /(?:(?<![\p{L}\d.,])|(?<=\dh))(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:[ \u00a0\u202f](mille|millions?|milliards?|billions?)\b)?/iuy;

// Every number starts with an ASCII digit.
function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/** Numbers in English text: 30,000 → 30000, 1.5 → 1.5, "10 million" → 10000000. */
export function englishNumbers(text: string): FoundNumber[] {
  return matchesWhere(text, EN_NUMBER, isDigitAt).map((match) => {
    const base = Number(match[1]!.replaceAll(',', ''));
    const scale = match[2] ? (EN_SCALE[match[2].toLowerCase()] ?? 1) : 1;
    return { start: match.index, end: match.index + match[0].length, raw: match[0], value: round(base * scale) };
  });
}

/** Numbers in French text: 30 000 → 30000, 1,5 → 1.5, "10 millions" → 10000000. */
export function frenchNumbers(text: string): FoundNumber[] {
  return matchesWhere(text, FR_NUMBER, isDigitAt).map((match) => {
    const base = Number(match[1]!.replace(GROUP_SPACE, '').replace(',', '.'));
    const scale = match[2] ? (FR_SCALE[match[2].toLowerCase()] ?? 1) : 1;
    return { start: match.index, end: match.index + match[0].length, raw: match[0], value: round(base * scale) };
  });
}

// Float noise from 1.5 × 1e9 and the like must not make equal numbers differ.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Writes a value the French way: 30000 → "30 000" (with `space`), 1.5 → "1,5". Four-digit numbers are grouped
 * only when `groupFour` (1,500 → 1 500, but a year 2018 stays whole).
 */
export function formatFrench(value: number, space = '\u00a0', groupFour = false): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped =
    whole.length > 4 || (groupFour && whole.length === 4) ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, space) : whole;
  return fraction ? `${grouped},${fraction}` : grouped;
}
