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
  // Words repeat: classify each distinct word once (folding accents is slow).
  const words = new Map<string, WordAnchor | null>();
  const classify = (word: string): WordAnchor | null => {
    let anchor = words.get(word);
    if (anchor === undefined) {
      const upper = word.toUpperCase();
      if (word.length >= 2 && word.length <= 6 && word === upper && word !== word.toLowerCase()) {
        anchor = { id: intern(`A${word}`), acronym: true, capitalised: true, long: true };
      } else if (word.length >= 3) {
        anchor = {
          id: intern(`w${foldAccents(word).toLowerCase().slice(0, 4)}`),
          acronym: false,
          capitalised: word[0] === upper[0] && word[0] !== word[0]!.toLowerCase(),
          long: word.length >= 5,
        };
      } else {
        anchor = null;
      }
      words.set(word, anchor);
    }
    return anchor;
  };
  return (sentence) => {
    const found = new Map<number, number>();
    const add = (id: number, weight: number): void => {
      const before = found.get(id);
      if (before === undefined || before < weight) found.set(id, weight);
    };
    for (const match of sentence.matchAll(NUMBER)) add(intern(`#${normaliseNumber(match[0])}`), NUMBER_WEIGHT);
    if (QUOTE.test(sentence)) add(intern('"'), QUOTE_WEIGHT);
    // The first word is capitalised because it starts the sentence, not because it is a name.
    let first = true;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(sentence); match !== null; match = WORD.exec(sentence)) {
      const anchor = classify(match[0]);
      if (anchor?.acronym) add(anchor.id, ACRONYM_WEIGHT);
      else if (anchor?.capitalised && !first) add(anchor.id, NAME_WEIGHT);
      else if (anchor?.long) add(anchor.id, COGNATE_WEIGHT);
      first = false;
    }
    return toSentenceAnchors(found);
  };
}

/** What a word contributes: its interned id and which kind of anchor it can be. */
interface WordAnchor {
  readonly id: number;
  readonly acronym: boolean;
  readonly capitalised: boolean;
  readonly long: boolean;
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

/** Anchors of several sentences taken together (a paragraph): each anchor once, at its highest weight. */
export function unionAnchors(sentences: readonly SentenceAnchors[]): SentenceAnchors {
  const found = new Map<number, number>();
  for (const anchors of sentences) {
    for (let k = 0; k < anchors.ids.length; k++) {
      const id = anchors.ids[k]!;
      found.set(id, Math.max(found.get(id) ?? 0, anchors.weights[k]!));
    }
  }
  return toSentenceAnchors(found);
}

/** Anchors from a map of anchor id to weight: ids in ascending order, as `sharedAnchorWeight` walks them. */
function toSentenceAnchors(found: ReadonlyMap<number, number>): SentenceAnchors {
  const ids = Int32Array.from(found.keys()).sort();
  const weights = new Float32Array(ids.length);
  let total = 0;
  for (let k = 0; k < ids.length; k++) {
    weights[k] = found.get(ids[k]!)!;
    total += weights[k]!;
  }
  return { ids, weights, total };
}
