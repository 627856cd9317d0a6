/** Anchors of one sentence: interned ids in ascending order, the weight of each, and their total weight. */
export interface SentenceAnchors {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
  readonly total: number;
}

/** Turns sentences into anchors; ids are shared by every sentence passed to the same extractor. */
export type AnchorExtractor = (sentence: string) => SentenceAnchors;

// Weights say how much a shared anchor proves that two sentences translate each other.
const NUMBER_WEIGHT = 3;
const ACRONYM_WEIGHT = 2;
const NAME_WEIGHT = 1.5;
const QUOTE_WEIGHT = 1;
const COGNATE_WEIGHT = 0.5;

// Digit groups with thousands separators (30 000, 30,000, 1.500) or a plain number with an optional decimal part.
const NUMBER = /\d{1,3}(?:[,. \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?/gu;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const QUOTE = /[«»“”"]/u;
const SENTENCE_INITIAL = /^[\s«“"'‘(\-–—]*$/u;

/**
 * Creates an anchor extractor: numbers (normalised so 30,000 ↔ 30 000 and 1.5 ↔ 1,5), acronyms, capitalised names,
 * the presence of quoted material and cognates (shared 4-letter prefixes after accent folding).
 */
export function createAnchorExtractor(): AnchorExtractor {
  const ids = new Map<string, number>();
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  // Folding accents is slow and words repeat: remember each word's 4-letter key.
  const keys = new Map<string, string>();
  const keyOf = (word: string): string => {
    let key = keys.get(word);
    if (key === undefined) {
      key = `w${foldAccents(word).toLowerCase().slice(0, 4)}`;
      keys.set(word, key);
    }
    return key;
  };
  return (sentence) => {
    const found = new Map<number, number>();
    const add = (key: string, weight: number): void => {
      const id = intern(key);
      found.set(id, Math.max(found.get(id) ?? 0, weight));
    };
    for (const match of sentence.matchAll(NUMBER)) add(`#${normaliseNumber(match[0])}`, NUMBER_WEIGHT);
    if (QUOTE.test(sentence)) add('"', QUOTE_WEIGHT);
    for (const match of sentence.matchAll(WORD)) {
      const word = match[0];
      if (word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase()) {
        add(`A${word}`, ACRONYM_WEIGHT);
        continue;
      }
      const capitalised = word[0] !== word[0]!.toLowerCase();
      if (capitalised && word.length >= 3 && !SENTENCE_INITIAL.test(sentence.slice(0, match.index))) {
        add(keyOf(word), NAME_WEIGHT);
      } else if (word.length >= 5) {
        add(keyOf(word), COGNATE_WEIGHT);
      }
    }
    const sorted = [...found.entries()].sort((a, b) => a[0] - b[0]);
    let total = 0;
    for (const [, weight] of sorted) total += weight;
    return {
      ids: Int32Array.from(sorted, ([id]) => id),
      weights: Float32Array.from(sorted, ([, weight]) => weight),
      total,
    };
  };
}

/** Weight of the anchors two sentences share (the smaller weight of each shared anchor). */
export function sharedAnchorWeight(a: SentenceAnchors, b: SentenceAnchors): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  const aIds = a.ids;
  const bIds = b.ids;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!;
    const y = bIds[j]!;
    if (x === y) {
      shared += Math.min(a.weights[i]!, b.weights[j]!);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Canonical form of a written number: `30,000`, `30 000` → `30000`; `1.5`, `1,5` → `1.5`. */
export function normaliseNumber(written: string): string {
  const compact = written.replace(/[ \u00a0\u202f]/gu, '');
  const lastSeparator = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (lastSeparator < 0) return stripZeros(compact);
  const tail = compact.slice(lastSeparator + 1);
  const mixed = compact.includes('.') && compact.includes(',');
  const repeated = compact.indexOf(compact[lastSeparator]!) !== lastSeparator;
  // One separator followed by three digits is read as thousands (30,000 in English, 1.500 in French).
  if (!mixed && (tail.length === 3 || repeated)) {
    return stripZeros(compact.replace(/[.,]/gu, ''));
  }
  const whole = compact.slice(0, lastSeparator).replace(/[.,]/gu, '');
  return `${stripZeros(whole)}.${tail}`;
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/u, '');
}

/** Lowercase-insensitive comparison key without accents: `États` → `Etats`. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
