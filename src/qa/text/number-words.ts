import type { FoundNumber } from './numbers.ts';

// Numbers written in words. They only ever confirm a number of the other language ("Three people" → "3
// personnes"); one left unmatched is not reported, since "one", "un" or "neuf" are as often not numbers at all.

const ENGLISH: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
  noon: 12,
  midnight: 0,
};

const FRENCH: Readonly<Record<string, number>> = {
  zéro: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  douzaine: 12,
  midi: 12,
  minuit: 0,
};

/**
 * A joining word inside a number: "and" after hundred or a larger scale ("two hundred and five"), "et" between
 * tens and one or eleven ("vingt et un", "soixante et onze"); elsewhere it joins two numbers ("two and three").
 */
interface Join {
  readonly word: string;
  readonly after: (value: number) => boolean;
  readonly before: (part: string) => boolean;
}
const ENGLISH_JOIN: Join = { word: 'and', after: (value) => value >= 100, before: () => true };
const FRENCH_JOIN: Join = {
  word: 'et',
  after: (value) => value >= 20 && value < 100 && value % 10 === 0,
  before: (part) => part === 'un' || part === 'une' || part === 'onze',
};
/** Words after which "cent" is not a number (pour cent = per cent). */
const FRENCH_NOT_AFTER: ReadonlySet<string> = new Set(['pour']);
const NONE: ReadonlySet<string> = new Set();
const SPACES = /^[\s\u00a0\u202f]+$/;

const ENGLISH_WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
const FRENCH_WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** Numbers spelled out in English: "three" → 3, "twenty-five" → 25, "two hundred" → 200, "noon" → 12. */
export function englishNumberWords(text: string): FoundNumber[] {
  return numberWords(text, ENGLISH_WORD, ENGLISH, ENGLISH_JOIN, NONE);
}

/** Numbers spelled out in French: "trois" → 3, "quatre-vingts" → 80, "deux cents" → 200, "midi" → 12. */
export function frenchNumberWords(text: string): FoundNumber[] {
  return numberWords(text, FRENCH_WORD, FRENCH, FRENCH_JOIN, FRENCH_NOT_AFTER);
}

interface Group {
  readonly start: number;
  end: number;
  readonly parts: string[];
  /** Where a joining word was seen right after the group, or -1. */
  joinedAt: number;
}

function numberWords(
  text: string,
  pattern: RegExp,
  values: Readonly<Record<string, number>>,
  join: Join,
  notAfter: ReadonlySet<string>,
): FoundNumber[] {
  const found: FoundNumber[] = [];
  let group: Group | null = null;
  let previous = '';
  const close = () => {
    if (group) {
      const value = spelledValue(group.parts, values);
      const { start, end } = group;
      if (value !== null) found.push({ start, end, raw: text.slice(start, end), value });
    }
    group = null;
  };
  for (const match of text.matchAll(pattern)) {
    const word = match[0].toLowerCase();
    const parts = word.split('-').filter((part) => part !== join.word);
    const isNumber = parts.length > 0 && parts.every((part) => part in values) && !notAfter.has(previous);
    previous = word;
    const start = match.index;
    const end = start + match[0].length;
    const open = group as Group | null;
    if (!isNumber) {
      const last = open?.parts[open.parts.length - 1];
      if (
        open &&
        word === join.word &&
        open.joinedAt === -1 &&
        SPACES.test(text.slice(open.end, start)) &&
        join.after(values[last!]!)
      ) {
        open.joinedAt = end;
      } else close();
      continue;
    }
    const from = open ? (open.joinedAt === -1 ? open.end : open.joinedAt) : -1;
    const follows =
      open !== null && SPACES.test(text.slice(from, start)) && (open.joinedAt === -1 || join.before(parts[0]!));
    if (open && follows) {
      open.parts.push(...parts);
      open.end = end;
      open.joinedAt = -1;
    } else {
      close();
      group = { start, end, parts, joinedAt: -1 };
    }
  }
  close();
  return found;
}

// The value of the words of one number, or null for a scale word alone ("millions" after digits is read with them).
function spelledValue(parts: readonly string[], values: Readonly<Record<string, number>>): number | null {
  let total = 0;
  let current = 0;
  let counted = false;
  for (const part of parts) {
    const value = values[part]!;
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      if (!counted) return null;
      total += (current || 1) * value;
      current = 0;
    } else if (value === 20 && current % 100 === 4 && part.startsWith('vingt'))
      current += 76; // quatre-vingts
    else current += value;
    counted = true;
  }
  return total + current;
}
